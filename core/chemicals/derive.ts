// Derivation search: applies the family transformations (rules.ts) step by step to reach every structure a
// designer precursor can be turned back into; the caller looks each one up among the listed parents.

import { LruCache } from './lru';
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
const STEP_CACHE_SIZE = 20_000;

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

  // One transformation step of one structure, remembered: designer precursors of one family share their
  // intermediates (the same de-acylated or de-halogenated core), so later inputs skip the RDKit work for them.
  type Step = { smiles: string; key: string | null; id: TransformId } | null;
  const steps = new LruCache<string, Step>(STEP_CACHE_SIZE);

  return {
    derive(start) {
      const out: Derivation[] = [];
      const startSmiles = start.get_smiles();
      const seen = new Set<string>([startSmiles]);
      // A state's molecule is parsed only when one of its steps is not remembered.
      type State = { smiles: string; mol: Mol | null; steps: TransformId[]; groups: Set<Transform['group']> };
      const queue: State[] = [{ smiles: startSmiles, mol: null, steps: [], groups: new Set() }];
      const owned: Mol[] = [];
      const molOf = (state: State): Mol => {
        if (state.steps.length === 0) return start;
        if (state.mol === null) {
          const parsed = parseMol(rd, state.smiles);
          if (!parsed) throw new Error(`derive: canonical SMILES did not parse: ${state.smiles}`);
          owned.push(parsed);
          state.mol = parsed;
        }
        return state.mol;
      };
      try {
        while (queue.length > 0 && seen.size < MAX_STATES) {
          const state = queue.shift() as State;
          for (const group of groups) {
            if (state.groups.has(group)) continue;
            const cacheKey = `${group}|${state.smiles}`;
            let step = steps.get(cacheKey);
            let nextMol: Mol | null = null;
            if (step === undefined) {
              const applied = apply(molOf(state), group);
              if (applied !== null) {
                nextMol = applied.mol;
                owned.push(nextMol);
                const smiles = nextMol.get_smiles();
                step = {
                  smiles,
                  key: needsInchi(smiles) ? structureKey(rd, nextMol).key : null,
                  id: applied.id,
                };
              } else step = null;
              steps.set(cacheKey, step);
            }
            if (step === null || seen.has(step.smiles)) continue;
            seen.add(step.smiles);
            const path = [...state.steps, step.id];
            out.push({ smiles: step.smiles, key: step.key, steps: path });
            queue.push({
              smiles: step.smiles,
              mol: nextMol,
              steps: path,
              groups: new Set([...state.groups, group]),
            });
          }
        }
      } finally {
        for (const m of owned) m.delete();
      }
      return out;
    },
    dispose() {
      for (const { q } of compiled) q.delete();
    },
  };
}
