// Molecular formulas as element counts: "C13H17NO" and "C5H9NO·HCl·H2O" are compared by what they contain, never as strings.

export type ElementCounts = ReadonlyMap<string, number>;

export type FormulaParseResult =
  { readonly ok: true; readonly counts: ElementCounts } | { readonly ok: false; readonly error: string };

// Element symbols that can appear in precursor, salt and solvent formulas; an unknown symbol is an error,
// not a silent miscount (e.g. "CO" vs "Co").
const ELEMENTS = new Set(
  (
    'H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr ' +
    'Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pt Au Hg Tl Pb Bi D T'
  ).split(' '),
);

function add(target: Map<string, number>, element: string, n: number): void {
  const next = (target.get(element) ?? 0) + n;
  if (next === 0) target.delete(element);
  else target.set(element, next);
}

/**
 * Parses formulas such as "C19H24N2", "(CH3)3COH", "C11H16N2.2HCl" or "C5H9NO·HCl·H2O".
 * Dots (".", "·", "•") separate components; a leading integer multiplies its component.
 */
export function parseFormula(input: string): FormulaParseResult {
  const text = input.replace(/\s+/g, '');
  if (text === '') return { ok: false, error: 'empty formula' };
  const total = new Map<string, number>();
  for (const component of text.split(/[.·•*]/)) {
    const lead = /^(\d+)(.*)$/.exec(component);
    const multiplier = lead ? Number(lead[1]) : 1;
    const body = lead ? (lead[2] ?? '') : component;
    if (body === '') return { ok: false, error: `empty component in "${input}"` };
    const parsed = parseGroup(body);
    if (!parsed.ok) return parsed;
    for (const [el, n] of parsed.counts) add(total, el, n * multiplier);
  }
  return { ok: true, counts: total };
}

function parseGroup(body: string): FormulaParseResult {
  // A stack of maps handles nested parentheses/brackets: "(CH3)3C", "[Cu(NH3)4]".
  const stack: Map<string, number>[] = [new Map()];
  const token = /([A-Z][a-z]?)(\d*)|([([])|([)\]])(\d*)/y;
  let pos = 0;
  while (pos < body.length) {
    token.lastIndex = pos;
    const m = token.exec(body);
    if (!m) return { ok: false, error: `unexpected "${body.slice(pos)}"` };
    pos = token.lastIndex;
    const top = stack[stack.length - 1];
    if (!top) return { ok: false, error: 'unbalanced parentheses' };
    if (m[1] !== undefined) {
      if (!ELEMENTS.has(m[1])) return { ok: false, error: `unknown element "${m[1]}"` };
      add(top, m[1], m[2] ? Number(m[2]) : 1);
    } else if (m[3] !== undefined) {
      stack.push(new Map());
    } else {
      const group = stack.pop();
      const parent = stack[stack.length - 1];
      if (!group || !parent) return { ok: false, error: 'unbalanced parentheses' };
      const n = m[5] ? Number(m[5]) : 1;
      for (const [el, c] of group) add(parent, el, c * n);
    }
  }
  const [only, ...rest] = stack;
  if (!only || rest.length > 0) return { ok: false, error: 'unbalanced parentheses' };
  return { ok: true, counts: only };
}

/** Same elements with the same counts (order, grouping and component splits do not matter). */
export function sameFormula(a: ElementCounts, b: ElementCounts): boolean {
  if (a.size !== b.size) return false;
  for (const [el, n] of a) if (b.get(el) !== n) return false;
  return true;
}

/** Compares two formula strings by counts; false if either does not parse. */
export function formulasEqual(a: string, b: string): boolean {
  const pa = parseFormula(a);
  const pb = parseFormula(b);
  return pa.ok && pb.ok && sameFormula(pa.counts, pb.counts);
}

/** Hill notation (C, H, then alphabetical; alphabetical if no carbon), for display and stable keys. */
export function formatHill(counts: ElementCounts): string {
  const els = [...counts.keys()];
  const hasC = counts.has('C');
  els.sort((x, y) => {
    const rank = (e: string) => (hasC ? (e === 'C' ? 0 : e === 'H' ? 1 : 2) : 2);
    return rank(x) - rank(y) || x.localeCompare(y);
  });
  return els.map((e) => `${e}${counts.get(e) === 1 ? '' : String(counts.get(e))}`).join('');
}

/** The formula layer of a standard InChI ("InChI=1S/C13H17NO.ClH/c…" → "C13H17NO.ClH"). */
export function formulaFromInchi(inchi: string): string | undefined {
  const layer = /^InChI=1S?\/([^/]+)/.exec(inchi)?.[1];
  return layer === undefined ? undefined : layer;
}
