// Edits on SMILES text: the written structure must be the one RDKit builds from the text (atoms numbered as
// written), the edits must equal the molblock edit's, and anything the text cannot carry exactly is declined.
import { describe, expect, it } from 'vitest';
import { editMolblock } from './molEdit';
import type { MolEdit } from './molEdit';
import { loadRDKit, parseMol, withMol } from './rdkit';
import { editSmiles, readSmilesGraph } from './smilesEdit';
import { structureCorpus } from './structureCorpus';

const rd = await loadRDKit();
const canonical = (text: string) => withMol(rd, text, (m) => m.get_smiles());

/** The molblock path's result for the same edit on the molecule parsed from `text` (the oracle). */
function byMolblock(text: string, edit: MolEdit): string | null {
  const mol = parseMol(rd, text);
  if (!mol) throw new Error(`bad test SMILES ${text}`);
  try {
    return canonical(editMolblock(mol.get_molblock(), edit));
  } finally {
    mol.delete();
  }
}

describe('readSmilesGraph', () => {
  it('numbers atoms as RDKit does and reads ring closures, branches and bond symbols', () => {
    const graph = readSmilesGraph('C1CC=1N(C)[C+]%10CC%10Cl');
    expect(graph?.atoms).toEqual(['C', 'C', 'C', 'N', 'C', '[C+]', 'C', 'C', 'Cl']);
    expect(graph?.bonds).toContainEqual({ a: 0, b: 2, symbol: '=' });
    expect(graph?.bonds).toContainEqual({ a: 5, b: 7, symbol: '' });
    expect(graph?.bonds).toContainEqual({ a: 3, b: 5, symbol: '' });
    const mol = parseMol(rd, 'C1CC=1N(C)[C+]%10CC%10Cl');
    expect(mol?.get_num_atoms()).toBe(graph?.atoms.length);
    mol?.delete();
  });

  it('declines what it does not read: stereo, explicit H atoms, several components, broken text', () => {
    for (const text of ['C[C@H](N)O', 'F/C=C/F', '[H]OC', 'CC.O', 'C1CC', 'CC(C', 'CC)C', 'C C', ''])
      expect(readSmilesGraph(text), text).toBeNull();
  });
});

describe('editSmiles', () => {
  it('writes back the same structure when nothing is cut, for every structure of a corpus sample', () => {
    let compared = 0;
    for (const smiles of structureCorpus(24, 12)) {
      const graph = readSmilesGraph(smiles);
      if (graph === null) continue;
      const written = editSmiles(smiles, { cut: [], keepWith: 0 });
      expect(written, smiles).not.toBeNull();
      expect(canonical(written ?? ''), smiles).toBe(canonical(smiles));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(500);
  });

  it('removes a Boc group, an anilide acyl, a ring halogen and a ketal as the molblock edit does', () => {
    const cases: [string, MolEdit][] = [
      // Boc off the ring nitrogen (atom 0), keeping the ring side.
      ['N1(C(=O)OC(C)(C)C)CCC(Nc2ccccc2)CC1', { cut: [[0, 1]], keepWith: 0 }],
      // Propanoyl off the anilide nitrogen, ring closure written with "%10".
      ['CCC(=O)N(c%10ccccc%10)C1CCN(CCc2ccccc2)CC1', { cut: [[4, 2]], keepWith: 4 }],
      // Fluorine off an aromatic carbon.
      ['O=C1CCN(CCc2ccc(F)cc2)CC1', { cut: [[10, 11]], keepWith: 0 }],
      // Ethylene ketal to ketone: both C–O bonds cut, a C=O added.
      [
        'C1CN(Cc2ccccc2)CCC13OCCO3',
        {
          cut: [
            [12, 13],
            [12, 16],
          ],
          addOxo: [12],
          keepWith: 12,
        },
      ],
    ];
    for (const [text, edit] of cases) {
      const edited = editSmiles(text, edit);
      expect(edited, text).not.toBeNull();
      expect(canonical(edited ?? ''), text).toBe(byMolblock(text, edit));
    }
  });

  it('declines edits it cannot carry exactly', () => {
    // A double bond cut; a bracketed (charged) atom at the cut; a nitrogen at valence 5; an aromatic n.
    expect(editSmiles('C=CC', { cut: [[0, 1]], keepWith: 1 })).toBeNull();
    expect(editSmiles('C[NH+](C)C(=O)C', { cut: [[1, 3]], keepWith: 1 })).toBeNull();
    expect(editSmiles('CN(=O)=O', { cut: [[0, 1]], keepWith: 1 })).toBeNull();
    expect(editSmiles('Cn1cccc1', { cut: [[0, 1]], keepWith: 1 })).toBeNull();
    // The removed side may be anything: only kept atoms have their hydrogens recomputed.
    expect(editSmiles('[NH3+]CC(=O)N1CCCCC1', { cut: [[3, 5]], keepWith: 5 })).not.toBeNull();
  });
});
