// Derivation search: applies the family transformations (rules.ts) step by step to reach every structure a
// designer precursor can be turned back into; the caller looks each one up among the listed parents.

import { editMolblock } from './molEdit';
import { compileQuery, inchiKeyOf, parseMol, substructMatches } from './rdkit';
import type { Mol, RDKit } from './rdkit';
import { TRANSFORMS } from './rules';
import type { Transform, TransformId } from './rules';

export interface Derivation {
  /** Canonical SMILES of the derived structure. */
  readonly smiles: string;
  /** InChIKey without protonation flag; computed only when canonical SMILES alone cannot decide (see needsInchi). */
  readonly key: string | null;
  readonly steps: readonly TransformId[];
}

/**
 * Canonical SMILES identify a neutral, stereo-free structure on their own; charges, isotopes and stereo marks
 * are where InChI normalisation is needed to compare with the reference.
 */
export function needsInchi(smiles: string): boolean {
  return /[@/\\]|\[\d|\[[^\]]*[+-][^\]]*\]/.test(smiles);
}

export interface Deriver {
  /** All structures reachable from `mol` in 1..maxDepth transformations (the start itself excluded). */
  derive(mol: Mol): Derivation[];
  dispose(): void;
}

/** Matching key that ignores the protonation flag (last InChIKey character): a salt and its base compare equal. */
export function structureKey(
  rd: RDKit,
  mol: Mol,
): { key: string; fullKey: string | null; skeleton: string | null } {
  const k = inchiKeyOf(rd, mol);
  if (!k) return { key: `smiles:${mol.get_smiles()}`, fullKey: null, skeleton: null };
  return { key: k.key.slice(0, 25), fullKey: k.key, skeleton: k.key.slice(0, 14) };
}

// Each site is changed once per path; four groups bound the depth, and this caps pathological inputs.
const MAX_STATES = 48;

export function createDeriver(rd: RDKit): Deriver {
  const compiled = TRANSFORMS.map((t) => ({ t, q: compileQuery(rd, t.smarts) }));
  const groups = [...new Set(TRANSFORMS.map((t) => t.group))];

  function apply(mol: Mol, group: Transform['group']): { mol: Mol; id: TransformId } | null {
    for (const { t, q } of compiled) {
      if (t.group !== group) continue;
      const matches = substructMatches(mol, q);
      const first = matches[0];
      if (!first) continue;
      const used = t.all ? matches : [first];
      const at = (m: number[], i: number) => {
        const v = m[i];
        if (v === undefined) throw new Error(`transform ${t.id}: pattern atom ${i} missing`);
        return v;
      };
      const cut = used.flatMap((m) => t.cut.map(([a, b]) => [at(m, a), at(m, b)] as const));
      const edited = editMolblock(mol.get_molblock(), {
        cut,
        addOxo: t.addOxo === undefined ? [] : [at(first, t.addOxo)],
        keepWith: at(first, t.anchor),
      });
      const next = parseMol(rd, edited);
      return next ? { mol: next, id: t.id } : null;
    }
    return null;
  }

  return {
    derive(start) {
      const out: Derivation[] = [];
      const seen = new Set<string>([start.get_smiles()]);
      type State = { mol: Mol; steps: TransformId[]; groups: Set<Transform['group']>; owned: boolean };
      const queue: State[] = [{ mol: start, steps: [], groups: new Set(), owned: false }];
      try {
        while (queue.length > 0 && seen.size < MAX_STATES) {
          const state = queue.shift() as State;
          try {
            for (const group of groups) {
              if (state.groups.has(group)) continue;
              const applied = apply(state.mol, group);
              if (applied === null) continue;
              const { mol: next, id } = applied;
              const smiles = next.get_smiles();
              if (seen.has(smiles)) {
                next.delete();
                continue;
              }
              seen.add(smiles);
              const steps = [...state.steps, id];
              out.push({ smiles, key: needsInchi(smiles) ? structureKey(rd, next).key : null, steps });
              queue.push({ mol: next, steps, groups: new Set([...state.groups, group]), owned: true });
            }
          } finally {
            if (state.owned) state.mol.delete();
          }
        }
      } finally {
        for (const s of queue) if (s.owned) s.mol.delete();
      }
      return out;
    },
    dispose() {
      for (const { q } of compiled) q.delete();
    },
  };
}
