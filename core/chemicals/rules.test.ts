// The rule gates (rules.ts) are pre-filters: a structure that matches a gated rule must match its gate, or the
// fast path would skip a rule the full search fires. Checked on the test corpus and on every structure the
// derivation search reaches from it (transformation gates are tested on derived states).
import { describe, expect, it } from 'vitest';
import { createDeriver } from './derive';
import { compileQuery, hasMatch, loadRDKit, parseMol } from './rdkit';
import { CORE_GATES, CORE_RULES, TRANSFORM_GATES, TRANSFORMS } from './rules';
import type { RuleGate } from './rules';
import { structureCorpus } from './structureCorpus';

const rd = await loadRDKit();

function corpusWithDerivedStates(): string[] {
  const deriver = createDeriver(rd, { reference: true });
  const out = new Set<string>();
  for (const smiles of structureCorpus(16, 2)) {
    const mol = parseMol(rd, smiles);
    if (!mol) continue;
    try {
      out.add(mol.get_smiles());
      for (const d of deriver.derive(mol)) out.add(d.smiles);
    } finally {
      mol.delete();
    }
  }
  deriver.dispose();
  return [...out];
}

const structures = corpusWithDerivedStates();

function checkGates<Id extends string>(
  gates: readonly RuleGate<Id>[],
  rules: readonly { id: Id; smarts: string }[],
): { ruleMatches: number; closedGates: number } {
  const gateQueries = gates.map((g) => ({ g, q: compileQuery(rd, g.smarts) }));
  const ruleQueries = new Map(rules.map((r) => [r.id, compileQuery(rd, r.smarts)]));
  let ruleMatches = 0;
  let closedGates = 0;
  try {
    for (const smiles of structures) {
      const mol = parseMol(rd, smiles);
      if (!mol) continue;
      try {
        for (const { g, q } of gateQueries) {
          const open = hasMatch(mol, q);
          if (!open) closedGates += 1;
          for (const id of g.rules) {
            const rule = ruleQueries.get(id);
            if (!rule) throw new Error(`gate names unknown rule ${id}`);
            if (!hasMatch(mol, rule)) continue;
            ruleMatches += 1;
            expect(open, `${id} matches ${smiles} but its gate ${g.smarts} does not`).toBe(true);
          }
        }
      } finally {
        mol.delete();
      }
    }
  } finally {
    for (const { q } of gateQueries) q.delete();
    for (const q of ruleQueries.values()) q.delete();
  }
  return { ruleMatches, closedGates };
}

describe('rule gates', () => {
  it('let through every structure a gated core rule matches', () => {
    const { ruleMatches, closedGates } = checkGates(CORE_GATES, CORE_RULES);
    expect(ruleMatches).toBeGreaterThan(1000); // the implication was tested, not vacuously true
    expect(closedGates).toBeGreaterThan(500); // and the gates do rule structures out
  });

  it('let through every structure (or derived state) a gated transformation matches', () => {
    const { ruleMatches, closedGates } = checkGates(TRANSFORM_GATES, TRANSFORMS);
    expect(ruleMatches).toBeGreaterThan(500);
    expect(closedGates).toBeGreaterThan(500);
  });

  it('name each rule at most once, and only rules that exist', () => {
    for (const [gates, ids] of [
      [CORE_GATES, CORE_RULES.map((r) => r.id)],
      [TRANSFORM_GATES, TRANSFORMS.map((t) => t.id)],
    ] as const) {
      const named: string[] = gates.flatMap((g: RuleGate<string>) => [...g.rules]);
      expect(new Set(named).size).toBe(named.length);
      for (const id of named) expect(ids as readonly string[]).toContain(id);
    }
  });
});
