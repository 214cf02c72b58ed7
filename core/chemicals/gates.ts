// Compiled rule gates (rules.ts RuleGate): each gate is searched at most once per molecule, and only when one of
// its rules is about to be tested.

import { compileQuery, hasMatch } from './rdkit';
import type { Mol, RDKit } from './rdkit';
import type { RuleGate } from './rules';

export interface CompiledGates<Id extends string> {
  /** A per-molecule check: false means `rule` cannot match this molecule. */
  forMolecule(mol: Mol): (rule: Id) => boolean;
  dispose(): void;
}

export function compileGates<Id extends string>(
  rd: RDKit,
  gates: readonly RuleGate<Id>[],
): CompiledGates<Id> {
  const compiled = gates.map((g) => ({ q: compileQuery(rd, g.smarts), rules: new Set<Id>(g.rules) }));
  return {
    forMolecule(mol) {
      const answers = new Map<number, boolean>();
      return (rule) => {
        for (let i = 0; i < compiled.length; i += 1) {
          const gate = compiled[i];
          if (!gate?.rules.has(rule)) continue;
          let open = answers.get(i);
          if (open === undefined) {
            open = hasMatch(mol, gate.q);
            answers.set(i, open);
          }
          if (!open) return false;
        }
        return true;
      };
    },
    dispose() {
      for (const g of compiled) g.q.delete();
    },
  };
}
