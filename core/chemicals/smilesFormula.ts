// Heavy-atom element counts read straight from SMILES text, without RDKit: a cheap necessary condition for an
// InChIKey match (two structures with different heavy-atom formulas never share an InChI main layer).

// A bracket atom (isotope, element, the rest up to "]") or an organic-subset atom outside brackets.
const ATOM = /\[(\d*)([A-Z][a-z]?|se|as|te|[bcnops]|\*)[^\]]*\]|(Cl|Br|[BCNOPSFI]|[bcnops]|\*)/g;

/** Canonical text of the heavy-atom formula, e.g. "C11N2" (hydrogen and its isotopes left out). */
export function heavyAtomFormula(smiles: string): string {
  const counts = new Map<string, number>();
  for (const m of smiles.matchAll(ATOM)) {
    const symbol = m[2] ?? m[3] ?? '';
    if (symbol === 'H') continue;
    const element = symbol.charAt(0).toUpperCase() + symbol.slice(1);
    counts.set(element, (counts.get(element) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([e, n]) => `${e}${n}`)
    .join('');
}
