// Minimal edits of V2000 molblocks (cut bonds, add a C=O, keep one fragment): how protecting groups, ring halogens
// and ketals are taken off a structure to reveal its listed parent. MinimalLib has no ReplaceSubstructs, and
// editing the connection table directly is both exact and fast.

export interface MolEdit {
  /** Bonds to remove, as pairs of 0-based atom indices. */
  readonly cut: readonly (readonly [number, number])[];
  /** Atoms that receive a new double-bonded oxygen (ketal carbon → ketone). */
  readonly addOxo?: readonly number[];
  /** Keep only the fragment containing this atom afterwards. */
  readonly keepWith: number;
}

const pad = (n: number, width = 3) => String(n).padStart(width, ' ');

/** Applies an edit to a V2000 molblock and returns the new molblock; throws on a block it cannot read. */
export function editMolblock(molblock: string, edit: MolEdit): string {
  const lines = molblock.split('\n');
  const counts = lines[3] ?? '';
  if (!counts.includes('V2000')) throw new Error('molEdit: only V2000 molblocks are supported');
  const nAtoms = Number(counts.slice(0, 3));
  const nBonds = Number(counts.slice(3, 6));
  const atomLines = lines.slice(4, 4 + nAtoms);
  const bondLines = lines.slice(4 + nAtoms, 4 + nAtoms + nBonds);
  const props = lines.slice(4 + nAtoms + nBonds).filter((l) => /^M {2}(CHG|ISO|RAD)/.test(l));

  const cutKey = new Set(edit.cut.map(([a, b]) => (a < b ? `${a}-${b}` : `${b}-${a}`)));
  const touched = new Set(edit.cut.flat());
  type Bond = { a: number; b: number; line: string };
  const bonds: Bond[] = [];
  for (const line of bondLines) {
    const a = Number(line.slice(0, 3)) - 1;
    const b = Number(line.slice(3, 6)) - 1;
    if (!cutKey.has(a < b ? `${a}-${b}` : `${b}-${a}`)) bonds.push({ a, b, line });
  }
  const atoms = [...atomLines];
  for (const c of edit.addOxo ?? []) {
    atoms.push('    0.0000    0.0000    0.0000 O   0  0  0  0  0  0  0  0  0  0  0  0');
    bonds.push({ a: c, b: atoms.length - 1, line: `${pad(c + 1)}${pad(atoms.length)}  2  0` });
    touched.add(c);
  }

  // Connected component of the anchor atom.
  const adj = atoms.map((): number[] => []);
  for (const { a, b } of bonds) {
    adj[a]?.push(b);
    adj[b]?.push(a);
  }
  const keep = new Set<number>([edit.keepWith]);
  const queue = [edit.keepWith];
  while (queue.length > 0) {
    const at = queue.pop() as number;
    for (const n of adj[at] ?? []) {
      if (keep.has(n)) continue;
      keep.add(n);
      queue.push(n);
    }
  }
  const newIndex = new Map<number, number>();
  const outAtoms: string[] = [];
  atoms.forEach((line, i) => {
    if (!keep.has(i)) return;
    newIndex.set(i, outAtoms.length + 1);
    // Clear the valence field of atoms that lost or gained bonds, so RDKit recomputes their hydrogens.
    outAtoms.push(touched.has(i) && line.length >= 51 ? `${line.slice(0, 48)}  0${line.slice(51)}` : line);
  });
  const outBonds = bonds
    .filter(({ a, b }) => keep.has(a) && keep.has(b))
    .map(({ a, b, line }) => `${pad(newIndex.get(a) ?? 0)}${pad(newIndex.get(b) ?? 0)}${line.slice(6)}`);
  const outProps: string[] = [];
  for (const line of props) {
    const tag = line.slice(0, 6);
    const fields = line.slice(9).trim().split(/\s+/).map(Number);
    const pairs: [number, number][] = [];
    for (let i = 0; i + 1 < fields.length; i += 2) {
      const at = newIndex.get((fields[i] ?? 0) - 1);
      if (at !== undefined) pairs.push([at, fields[i + 1] ?? 0]);
    }
    if (pairs.length)
      outProps.push(`${tag}${pad(pairs.length)}${pairs.map(([a, v]) => ` ${pad(a)} ${pad(v)}`).join('')}`);
  }
  const outCounts = `${pad(outAtoms.length)}${pad(outBonds.length)}${counts.slice(6)}`;
  return [...lines.slice(0, 3), outCounts, ...outAtoms, ...outBonds, ...outProps, 'M  END', ''].join('\n');
}
