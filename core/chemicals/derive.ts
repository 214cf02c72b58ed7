// Derivation search: applies the family transformations (rules.ts) step by step to reach every structure a
// designer precursor can be turned back into; the caller looks each one up among the listed parents.

import { LruCache } from './lru';
import { editMolblock } from './molEdit';
import { editMolJson } from './molJsonEdit';
import { editSmiles } from './smilesEdit';
import { compileGates } from './gates';
import { compileQuery, firstMatch, inchiKeyOf, parseMol, substructMatches } from './rdkit';
import type { Mol, RDKit } from './rdkit';
import { TRANSFORM_GATES, TRANSFORMS } from './rules';
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
  /**
   * All structures reachable from `mol` in 1..maxDepth transformations (the start itself excluded).
   * `smiles`: the start's canonical SMILES when the caller already has it (saves computing it again).
   * `text`: the SMILES `mol` was parsed from, when known: edits then work on the text (smilesEdit.ts).
   */
  derive(mol: Mol, smiles?: string, text?: string): Derivation[];
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

export interface DeriverOptions {
  /**
   * The original, slower implementation (every match listed, every edit through a molblock): kept as the oracle
   * that tests compare the fast path with.
   */
  readonly reference?: boolean;
  /** Told which edit produced each new structure (tests check that the fast paths are really taken). */
  readonly onEdit?: (path: 'smiles' | 'json' | 'molblock') => void;
}

export function createDeriver(rd: RDKit, options: DeriverOptions = {}): Deriver {
  const compiled = TRANSFORMS.map((t) => ({ t, q: compileQuery(rd, t.smarts) }));
  const groups = [...new Set(TRANSFORMS.map((t) => t.group))];
  const reference = options.reference === true;
  // Plain searches that rule out several transformations at once (rules.ts TRANSFORM_GATES).
  const gates = compileGates(rd, TRANSFORM_GATES);

  // `graph.text`: the SMILES the state's molecule was parsed from (atom indices are its atoms), if known;
  // `graph.json` holds the state's RDKit JSON once fetched: several groups of one state may edit it.
  function apply(
    mol: Mol,
    group: Transform['group'],
    graph: { text: string | null; json: string | null },
  ): { mol: Mol; id: TransformId; text: string | null } | null {
    const open = reference ? () => true : gates.forMolecule(mol);
    for (const { t, q } of compiled) {
      if (t.group !== group || !open(t.id)) continue;
      // Only the first match is used unless the transformation applies to all of them.
      const matches = reference || t.all ? substructMatches(mol, q) : firstMatch(mol, q);
      const first = matches[0];
      if (!first) continue;
      const used = t.all ? matches : [first];
      const at = (m: number[], i: number) => {
        const v = m[i];
        if (v === undefined) throw new Error(`transform ${t.id}: pattern atom ${i} missing`);
        return v;
      };
      const edit = {
        cut: used.flatMap((m) => t.cut.map(([a, b]) => [at(m, a), at(m, b)] as const)),
        addOxo: t.addOxo === undefined ? [] : [at(first, t.addOxo)],
        keepWith: at(first, t.anchor),
      };
      const editedText = reference || graph.text === null ? null : editSmiles(graph.text, edit);
      const fromText = editedText === null ? null : parseMol(rd, editedText);
      if (fromText !== null) {
        options.onEdit?.('smiles');
        return { mol: fromText, id: t.id, text: editedText };
      }
      const edited = reference ? null : editMolJson((graph.json ??= mol.get_json()), edit);
      const fromJson = edited === null ? null : parseMol(rd, edited);
      if (fromJson !== null) {
        options.onEdit?.('json');
        return { mol: fromJson, id: t.id, text: null };
      }
      // The molblock edit also when RDKit does not read the edited JSON back: the fast path never loses a step.
      const next = parseMol(rd, editMolblock(mol.get_molblock(), edit));
      if (next !== null) options.onEdit?.('molblock');
      return next ? { mol: next, id: t.id, text: null } : null;
    }
    return null;
  }

  // One transformation step of one structure, remembered: designer precursors of one family share their
  // intermediates (the same de-acylated or de-halogenated core), so later inputs skip the RDKit work for them.
  type Step = { smiles: string; key: string | null; id: TransformId } | null;
  const steps = new LruCache<string, Step>(STEP_CACHE_SIZE);

  return {
    derive(start, knownSmiles, startText) {
      const out: Derivation[] = [];
      const startSmiles = knownSmiles ?? start.get_smiles();
      const seen = new Set<string>([startSmiles]);
      // A state's molecule is parsed only when one of its steps is not remembered.
      type State = {
        smiles: string;
        mol: Mol | null;
        graph: { text: string | null; json: string | null };
        steps: TransformId[];
        groups: Set<Transform['group']>;
      };
      const queue: State[] = [
        {
          smiles: startSmiles,
          mol: null,
          graph: { text: startText ?? null, json: null },
          steps: [],
          groups: new Set(),
        },
      ];
      const owned: Mol[] = [];
      const molOf = (state: State): Mol => {
        if (state.steps.length === 0) return start;
        if (state.mol === null) {
          const parsed = parseMol(rd, state.smiles);
          if (!parsed) throw new Error(`derive: canonical SMILES did not parse: ${state.smiles}`);
          owned.push(parsed);
          state.mol = parsed;
          state.graph.text = state.smiles;
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
            let nextText: string | null = null;
            if (step === undefined) {
              const applied = apply(molOf(state), group, state.graph);
              if (applied !== null) {
                nextMol = applied.mol;
                nextText = applied.text;
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
              graph: { text: nextText, json: null },
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
      gates.dispose();
    },
  };
}
