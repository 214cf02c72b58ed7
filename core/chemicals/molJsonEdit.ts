// The same edits as molEdit.ts (cut bonds, add a C=O, keep one fragment) on RDKit's JSON form of a molecule.
// Mol.get_json() is ~3× cheaper than get_molblock() (which lays out 2D coordinates first), so the derivation
// search uses this path and falls back to the molblock when the JSON cannot carry the edit exactly.

import type { MolEdit } from './molEdit';

interface AtomJson {
  z: number;
  impHs: number;
  chg: number;
  nRad: number;
  isotope: number;
  stereo: string;
}

interface BondJson {
  bo: number;
  stereo: string;
  atoms: [number, number];
  stereoAtoms?: number[];
}

interface MolJson {
  atoms: Partial<AtomJson>[];
  bonds: (Partial<BondJson> & { atoms: [number, number] })[];
  conformers?: unknown[];
}

interface RdkitJson {
  rdkitjson: unknown;
  defaults: { atom: AtomJson; bond: Omit<BondJson, 'atoms'> };
  molecules: MolJson[];
}

// Valence of neutral, radical-free C, N and O: the only atoms an edit may touch on this path.
const DEFAULT_VALENCE: Readonly<Record<number, number>> = { 6: 4, 7: 3, 8: 2 };

/**
 * Applies an edit to RDKit JSON and returns the new JSON, or null when this path cannot guarantee the molblock
 * path's result: double-bond stereo (lost by this RDKit build's JSON reader), coordinates, unusual bond orders,
 * or a touched atom that is charged, a radical, a stereocentre or not at its default valence (the molblock path
 * lets RDKit recompute such an atom's hydrogens, which only equals "hydrogens + bonds removed" at default valence).
 */
export function editMolJson(json: string, edit: MolEdit): string | null {
  const doc = JSON.parse(json) as RdkitJson;
  const mol = doc.molecules[0];
  if (doc.molecules.length !== 1 || !mol || mol.conformers !== undefined) return null;
  const atomDefaults = doc.defaults.atom;
  const bondDefaults = doc.defaults.bond;
  // Atoms and bonds stay as RDKit wrote them (fields left out take the document's defaults); only touched atoms
  // are copied, to change their hydrogens.
  const n = mol.atoms.length;
  const pair = (a: number, b: number) => (a < b ? a * n + b : b * n + a);
  const cut = new Set(edit.cut.map(([a, b]) => pair(a, b)));
  const hChange = new Map<number, number>(); // the touched atoms: hydrogens gained (+) or lost (−)
  const change = (atom: number, by: number) => hChange.set(atom, (hChange.get(atom) ?? 0) + by);
  const kept: { bo: number; atoms: [number, number] }[] = [];
  for (const b of mol.bonds) {
    const bo = b.bo ?? bondDefaults.bo;
    if ((b.stereo ?? bondDefaults.stereo) !== 'unspecified' || bo < 1 || bo > 3) return null;
    const [a1, a2] = b.atoms;
    if (cut.has(pair(a1, a2))) {
      change(a1, bo);
      change(a2, bo);
    } else kept.push({ bo, atoms: [a1, a2] });
  }
  const added: Partial<AtomJson>[] = [];
  for (const c of edit.addOxo ?? []) {
    added.push({ z: 8, impHs: 0, chg: 0, nRad: 0, isotope: 0, stereo: 'unspecified' });
    kept.push({ bo: 2, atoms: [c, n + added.length - 1] });
    change(c, -2);
  }
  const total = n + added.length;

  const adj = Array.from({ length: total }, (): number[] => []);
  for (const {
    atoms: [a1, a2],
  } of kept) {
    adj[a1]?.push(a2);
    adj[a2]?.push(a1);
  }
  const keep = new Uint8Array(total);
  keep[edit.keepWith] = 1;
  const queue = [edit.keepWith];
  while (queue.length > 0) {
    for (const next of adj[queue.pop() as number] ?? []) {
      if (keep[next]) continue;
      keep[next] = 1;
      queue.push(next);
    }
  }

  // Valence before the edit of each touched atom, from all its original bonds (kekulé orders) and hydrogens.
  const valence = new Map<number, number>();
  for (const b of mol.bonds)
    for (const a of b.atoms)
      if (hChange.has(a)) valence.set(a, (valence.get(a) ?? 0) + (b.bo ?? bondDefaults.bo));
  const newIndex = new Int32Array(total).fill(-1);
  const outAtoms: Partial<AtomJson>[] = [];
  for (let i = 0; i < total; i += 1) {
    if (!keep[i]) continue;
    const atom = (i < n ? mol.atoms[i] : added[i - n]) as Partial<AtomJson>;
    const by = hChange.get(i);
    newIndex[i] = outAtoms.length;
    if (by === undefined) {
      outAtoms.push(atom);
      continue;
    }
    const impHs = (atom.impHs ?? atomDefaults.impHs) + by;
    if (i < n) {
      const z = atom.z ?? atomDefaults.z;
      const before = (valence.get(i) ?? 0) + (atom.impHs ?? atomDefaults.impHs);
      if (
        (atom.chg ?? atomDefaults.chg) !== 0 ||
        (atom.nRad ?? atomDefaults.nRad) !== 0 ||
        (atom.stereo ?? atomDefaults.stereo) !== 'unspecified' ||
        before !== DEFAULT_VALENCE[z]
      )
        return null;
    }
    if (impHs < 0) return null;
    outAtoms.push({ ...atom, impHs });
  }
  const outBonds: { bo: number; atoms: [number, number] }[] = [];
  for (const {
    bo,
    atoms: [a1, a2],
  } of kept) {
    const i1 = newIndex[a1] ?? -1;
    const i2 = newIndex[a2] ?? -1;
    if (i1 >= 0 && i2 >= 0) outBonds.push({ bo, atoms: [i1, i2] });
  }
  // No rdkitRepresentation extension: its aromaticity and ring data refer to the old atoms; RDKit re-perceives.
  return JSON.stringify({
    rdkitjson: doc.rdkitjson,
    defaults: doc.defaults,
    molecules: [{ atoms: outAtoms, bonds: outBonds }],
  });
}
