// The same edits as molEdit.ts (cut bonds, add a C=O, keep one fragment) on the SMILES text a molecule was parsed
// from: RDKit numbers atoms in the order the text writes them, so the edit's atom indices are the text's atoms.
// Fetching RDKit's JSON and reading it back costs ~2× parsing SMILES, so the derivation search tries this first
// and falls back to the JSON edit whenever the text cannot carry the edit exactly.

import type { MolEdit } from './molEdit';

interface Bond {
  readonly a: number;
  readonly b: number;
  /** The bond character as written ('' for an implied bond). */
  readonly symbol: string;
}

interface SmilesGraph {
  readonly atoms: string[];
  readonly bonds: Bond[];
}

const TOKEN = /\[[^\]]*\]|Cl|Br|[BCNOPSFI]|[bcnops]|\*|%\d\d|\d|[-=#$:]|\(|\)|./gy;
const ORGANIC_ATOM = /^(?:\[|Cl|Br|[BCNOPSFI*bcnops])/;

/**
 * Atoms and bonds of a single-component SMILES without stereo marks or explicit hydrogen atoms; null for anything
 * else (several components, `/` `\` `@`, `[H]`, an unclosed ring or branch, a character this reader does not know).
 */
export function readSmilesGraph(text: string): SmilesGraph | null {
  if (/[@/\\.]|\[H/.test(text)) return null;
  const atoms: string[] = [];
  const bonds: Bond[] = [];
  const open = new Map<string, { atom: number; symbol: string }>();
  const branches: number[] = [];
  let previous = -1;
  let symbol = '';
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const t = m[0];
    if (ORGANIC_ATOM.test(t)) {
      const atom = atoms.length;
      atoms.push(t);
      if (previous >= 0) bonds.push({ a: previous, b: atom, symbol });
      previous = atom;
      symbol = '';
    } else if (/^(?:%\d\d|\d)$/.test(t)) {
      if (previous < 0) return null;
      const ring = open.get(t);
      if (ring === undefined) open.set(t, { atom: previous, symbol });
      else {
        if (ring.symbol !== '' && symbol !== '' && ring.symbol !== symbol) return null;
        bonds.push({ a: ring.atom, b: previous, symbol: ring.symbol || symbol });
        open.delete(t);
      }
      symbol = '';
    } else if (/^[-=#$:]$/.test(t)) symbol = t;
    else if (t === '(') branches.push(previous);
    else if (t === ')') {
      const back = branches.pop();
      if (back === undefined) return null;
      previous = back;
    } else return null;
  }
  if (open.size > 0 || branches.length > 0 || atoms.length === 0) return null;
  return { atoms, bonds };
}

const aromatic = (token: string) => /^[bcnops]$/.test(token);

/** Order of a bond as RDKit reads it: implied bonds between two aromatic atoms are aromatic (1.5). */
function order(graph: SmilesGraph, bond: Bond): number {
  switch (bond.symbol) {
    case '=':
      return 2;
    case '#':
      return 3;
    case '$':
      return 4;
    case ':':
      return 1.5;
    case '-':
      return 1;
    default:
      return aromatic(graph.atoms[bond.a] ?? '') && aromatic(graph.atoms[bond.b] ?? '') ? 1.5 : 1;
  }
}

// Atoms whose hydrogens RDKit recomputes from the token when bonds change, with the valence that holds only while
// the bond orders do not exceed it (an "N" with five bonds is at valence 5, not 3).
const RECOMPUTED_VALENCE: Readonly<Record<string, number>> = { C: 4, N: 3, O: 2, c: 4 };

/**
 * Applies an edit to the SMILES a molecule was parsed from and returns new SMILES for the result, or null when this
 * path cannot guarantee the molblock path's result: a cut bond that is not single, or a kept atom at a cut (or
 * getting the C=O) that is bracketed, charged, or not plain C, N, O or aromatic c at its default valence.
 */
export function editSmiles(text: string, edit: MolEdit): string | null {
  const graph = readSmilesGraph(text);
  if (graph === null) return null;
  const n = graph.atoms.length;
  const key = (a: number, b: number) => (a < b ? a * n + b : b * n + a);
  const cut = new Set(edit.cut.map(([a, b]) => key(a, b)));
  const touched = new Set<number>([...edit.cut.flat(), ...(edit.addOxo ?? [])]);
  const bondSum = new Float64Array(n);
  const kept: Bond[] = [];
  for (const bond of graph.bonds) {
    const bo = order(graph, bond);
    bondSum[bond.a] = (bondSum[bond.a] ?? 0) + bo;
    bondSum[bond.b] = (bondSum[bond.b] ?? 0) + bo;
    if (!cut.has(key(bond.a, bond.b))) kept.push(bond);
    else if (bo !== 1) return null;
  }
  const atoms = [...graph.atoms];
  for (const oxo of edit.addOxo ?? []) {
    atoms.push('O');
    kept.push({ a: oxo, b: atoms.length - 1, symbol: '=' });
  }
  const adjacent = Array.from({ length: atoms.length }, (): { to: number; symbol: string }[] => []);
  for (const { a, b, symbol } of kept) {
    adjacent[a]?.push({ to: b, symbol });
    adjacent[b]?.push({ to: a, symbol });
  }
  const keep = new Uint8Array(atoms.length);
  keep[edit.keepWith] = 1;
  const queue = [edit.keepWith];
  while (queue.length > 0)
    for (const { to } of adjacent[queue.pop() as number] ?? [])
      if (!keep[to]) {
        keep[to] = 1;
        queue.push(to);
      }
  for (const atom of touched) {
    if (!keep[atom]) continue;
    const valence = RECOMPUTED_VALENCE[graph.atoms[atom] ?? ''];
    if (valence === undefined || (bondSum[atom] ?? 0) > valence) return null;
  }
  return writeSmiles(atoms, adjacent, edit.keepWith);
}

/** SMILES of the component containing `start`: a depth-first walk, ring closures for the edges it does not take. */
function writeSmiles(
  atoms: readonly string[],
  adjacent: readonly { to: number; symbol: string }[][],
  start: number,
): string {
  const visitOrder = new Int32Array(atoms.length).fill(-1);
  const children: number[][] = atoms.map(() => []);
  const childSymbol = new Map<number, string>();
  // Ring closures per atom, as [other atom, bond symbol], split into those opened and those closed there.
  const opens: { to: number; symbol: string }[][] = atoms.map(() => []);
  const closes: number[][] = atoms.map(() => []);
  let visited = 0;
  const visit = (atom: number, parent: number) => {
    visitOrder[atom] = visited++;
    for (const { to, symbol } of adjacent[atom] ?? []) {
      if (to === parent) continue; // the tree edge it came by (two atoms share at most one bond)
      if ((visitOrder[to] ?? -1) < 0) {
        children[atom]?.push(to);
        childSymbol.set(to, symbol);
        visit(to, atom);
      } else if ((visitOrder[to] ?? 0) < (visitOrder[atom] ?? 0)) {
        opens[to]?.push({ to: atom, symbol });
        closes[atom]?.push(to);
      }
    }
  };
  visit(start, -1);
  const digits = new Map<string, number>(); // "from>to" → ring number
  const inUse = new Set<number>();
  const ringLabel = (d: number) => (d < 10 ? String(d) : `%${d}`);
  const write = (atom: number): string => {
    let out = atoms[atom] ?? '';
    const freed: number[] = [];
    for (const from of closes[atom] ?? []) {
      const d = digits.get(`${from}>${atom}`) as number;
      out += ringLabel(d);
      freed.push(d);
    }
    for (const { to, symbol } of opens[atom] ?? []) {
      let d = 1;
      while (inUse.has(d)) d += 1;
      inUse.add(d);
      digits.set(`${atom}>${to}`, d);
      out += symbol + ringLabel(d);
    }
    // Freed only now, so one atom never closes and reopens the same number ("C11").
    for (const d of freed) inUse.delete(d);
    const list = children[atom] ?? [];
    list.forEach((child, i) => {
      const branch = (childSymbol.get(child) ?? '') + write(child);
      out += i < list.length - 1 ? `(${branch})` : branch;
    });
    return out;
  };
  return write(start);
}
