// Edits on RDKit JSON must read back as the same molecule as the molblock edits (molEdit.ts), or decline.
import { describe, expect, it } from 'vitest';
import { editMolblock } from './molEdit';
import type { MolEdit } from './molEdit';
import { editMolJson } from './molJsonEdit';
import { compileQuery, loadRDKit, parseMol, substructMatches, withMol } from './rdkit';
import { TRANSFORMS } from './rules';
import { structureCorpus } from './structureCorpus';

const rd = await loadRDKit();
const canonical = (smiles: string) => withMol(rd, smiles, (m) => m.get_smiles());

function viaJson(smiles: string, edit: MolEdit): string | null {
  const json = withMol(rd, smiles, (m) => m.get_json());
  if (json === null) throw new Error('bad test SMILES');
  const edited = editMolJson(json, edit);
  return edited === null ? null : withMol(rd, edited, (m) => m.get_smiles());
}

function viaMolblock(smiles: string, edit: MolEdit): string | null {
  const block = withMol(rd, smiles, (m) => m.get_molblock());
  if (block === null) throw new Error('bad test SMILES');
  return withMol(rd, editMolblock(block, edit), (m) => m.get_smiles());
}

describe('editMolJson', () => {
  it('cuts a bond, keeps the anchor fragment and gives the cut atom its hydrogen back', () => {
    expect(viaJson('CC(C)(C)OC(=O)N1CCC(=O)CC1', { cut: [[5, 7]], keepWith: 7 })).toBe(
      canonical('O=C1CCNCC1'),
    );
  });

  it('turns a ketal carbon into a ketone', () => {
    const edit = { cut: [[3, 2] as const, [3, 4] as const], addOxo: [3], keepWith: 3 };
    expect(viaJson('C1COC2(O1)CCNCC2', edit)).toBe(canonical('O=C1CCNCC1'));
  });

  it('keeps charges and stereocentres on atoms the edit does not touch', () => {
    expect(viaJson('[O-]C(=O)CC[NH3+]', { cut: [[1, 3]], keepWith: 4 })).toBe(canonical('CC[NH3+]'));
    // atoms: 0 C(methyl), 1 C@@H, ..., 4 N, 5 C(=O): Boc off the ring N, the stereocentres stay.
    const smiles = 'C[C@@H]1CN(C(=O)OC(C)(C)C)CC[C@@H]1Nc1ccccc1';
    expect(viaJson(smiles, { cut: [[3, 4]], keepWith: 3 })).toBe(canonical('C[C@@H]1CNCC[C@@H]1Nc1ccccc1'));
  });

  it('declines what only the molblock path reproduces: double-bond stereo, charged or unusual touched atoms', () => {
    const json = (smiles: string) => withMol(rd, smiles, (m) => m.get_json()) ?? '';
    // E/Z is lost by this RDKit's JSON reader.
    expect(editMolJson(json('C/C=C/C(=O)N1CCC(Nc2ccccc2)CC1'), { cut: [[3, 5]], keepWith: 5 })).toBeNull();
    // A quaternary ammonium losing a substituent: RDKit recomputes its hydrogens on the molblock path.
    expect(editMolJson(json('O=C1CC[N+](C)(Cc2ccccc2)CC1'), { cut: [[4, 6]], keepWith: 4 })).toBeNull();
  });

  it('gives the molblock result for every transformation match on the test corpus, or declines', () => {
    const queries = TRANSFORMS.map((t) => ({ t, q: compileQuery(rd, t.smarts) }));
    let compared = 0;
    let declined = 0;
    try {
      for (const smiles of structureCorpus(32, 4)) {
        const mol = parseMol(rd, smiles);
        if (!mol) continue;
        try {
          for (const { t, q } of queries) {
            const matches = substructMatches(mol, q);
            const first = matches[0];
            if (!first) continue;
            const at = (m: number[], i: number) => m[i] as number;
            const edit: MolEdit = {
              cut: (t.all ? matches : [first]).flatMap((m) =>
                t.cut.map(([a, b]) => [at(m, a), at(m, b)] as const),
              ),
              addOxo: t.addOxo === undefined ? [] : [at(first, t.addOxo)],
              keepWith: at(first, t.anchor),
            };
            const edited = editMolJson(mol.get_json(), edit);
            if (edited === null) {
              declined += 1;
              continue;
            }
            const expected = withMol(rd, editMolblock(mol.get_molblock(), edit), (m) => m.get_smiles());
            expect(
              withMol(rd, edited, (m) => m.get_smiles()),
              `${t.id} on ${smiles}`,
            ).toBe(expected);
            compared += 1;
          }
        } finally {
          mol.delete();
        }
      }
    } finally {
      for (const { q } of queries) q.delete();
    }
    expect(compared).toBeGreaterThan(500);
    expect(declined).toBeGreaterThan(0);
  });

  it('agrees with the molblock path on the examples of molEdit.test.ts', () => {
    const edit = { cut: [[5, 7] as const], keepWith: 7 };
    expect(viaJson('CC(C)(C)OC(=O)N1CCC(=O)CC1', edit)).toBe(viaMolblock('CC(C)(C)OC(=O)N1CCC(=O)CC1', edit));
  });
});
