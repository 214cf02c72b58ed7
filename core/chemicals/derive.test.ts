// The derivation search's fast path (first match only, rule gates, edits on RDKit JSON) against the reference
// implementation (every match, every edit through a molblock): the same derived structures, steps and order.
import { describe, expect, it } from 'vitest';
import { createDeriver } from './derive';
import { loadRDKit, parseMol } from './rdkit';
import { EDGE_CASES, structureCorpus } from './structureCorpus';

const rd = await loadRDKit();

describe('createDeriver fast path', () => {
  it('derives exactly what the reference implementation derives, structure by structure', () => {
    const edits = { smiles: 0, json: 0, molblock: 0 };
    const fast = createDeriver(rd, { onEdit: (path) => (edits[path] += 1) });
    const reference = createDeriver(rd, { reference: true });
    let structures = 0;
    let derived = 0;
    try {
      for (const smiles of structureCorpus(16, 2)) {
        const mol = parseMol(rd, smiles);
        if (!mol) continue;
        try {
          const expected = reference.derive(mol);
          // Every other structure with the text it was parsed from, so both the SMILES and the JSON edits run.
          const text = structures % 2 === 0 ? smiles : undefined;
          expect(fast.derive(mol, mol.get_smiles(), text), smiles).toEqual(expected);
          structures += 1;
          derived += expected.length;
        } finally {
          mol.delete();
        }
      }
    } finally {
      fast.dispose();
      reference.dispose();
    }
    // Not vacuous: thousands of structures, and many of them lead somewhere.
    expect(structures).toBeGreaterThan(2000);
    expect(derived).toBeGreaterThan(1000);
    expect(edits.smiles).toBeGreaterThan(500);
    expect(edits.json).toBeGreaterThan(500);
  });

  it('derives the same from the edge cases in any order (the step memo never changes an answer)', () => {
    const forward = createDeriver(rd);
    const backward = createDeriver(rd);
    const results = (deriver: typeof forward, list: readonly string[]) =>
      new Map(
        list.map((smiles) => {
          const mol = parseMol(rd, smiles);
          if (!mol) throw new Error(`bad test SMILES ${smiles}`);
          try {
            return [smiles, deriver.derive(mol)] as const;
          } finally {
            mol.delete();
          }
        }),
      );
    const a = results(forward, EDGE_CASES);
    const b = results(backward, [...EDGE_CASES].reverse());
    for (const smiles of EDGE_CASES) expect(b.get(smiles), smiles).toEqual(a.get(smiles));
    forward.dispose();
    backward.dispose();
  });
});
