// Tests for molblock editing against RDKit itself: the edited block must read back as the expected molecule.
import { describe, expect, it } from 'vitest';
import { editMolblock } from './molEdit';
import { loadRDKit, parseMol, withMol } from './rdkit';

const rd = await loadRDKit();
const canonical = (smiles: string) => withMol(rd, smiles, (m) => m.get_smiles());

function edit(smiles: string, e: Parameters<typeof editMolblock>[1]): string | null {
  const block = withMol(rd, smiles, (m) => m.get_molblock());
  if (block === null) throw new Error('bad test SMILES');
  return withMol(rd, editMolblock(block, e), (m) => m.get_smiles());
}

describe('editMolblock', () => {
  it('cuts a bond and keeps the anchor fragment, restoring hydrogens', () => {
    // atoms: 0 C,1 C,2 (C methyl),3 (C methyl),4 O,5 C(=O),6 O,7 N ...
    expect(edit('CC(C)(C)OC(=O)N1CCC(=O)CC1', { cut: [[5, 7]], keepWith: 7 })).toBe(canonical('O=C1CCNCC1'));
  });

  it('turns a ketal carbon into a ketone', () => {
    // C1COC2(O1)CCNCC2: atoms 0 C, 1 C, 2 O, 3 C(spiro), 4 O, ...
    expect(
      edit('C1COC2(O1)CCNCC2', {
        cut: [
          [3, 2],
          [3, 4],
        ],
        addOxo: [3],
        keepWith: 3,
      }),
    ).toBe(canonical('O=C1CCNCC1'));
  });

  it('keeps charges on the atoms that stay and renumbers them', () => {
    expect(edit('[O-]C(=O)CC[NH3+]', { cut: [[1, 3]], keepWith: 4 })).toBe(canonical('CC[NH3+]'));
  });

  it('refuses V3000 blocks', () => {
    expect(() =>
      editMolblock('\n\n\n  0  0  0     0  0            999 V3000\n', { cut: [], keepWith: 0 }),
    ).toThrow(/V2000/);
  });
});

describe('RDKit helpers', () => {
  it('parses valid SMILES and rejects invalid ones, including impossible aromatic rings', () => {
    expect(canonical('OCC')).toBe('CCO');
    for (const bad of ['C1CC', 'c1cccc1', 'Cc1cc(C1CC1)sc1']) expect(parseMol(rd, bad), bad).toBeNull();
  });

  it('frees the molecule even when the callback throws', () => {
    let seen: { isDeleted(): boolean } | undefined;
    expect(() =>
      withMol(rd, 'CCO', (m) => {
        seen = m;
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(seen?.isDeleted()).toBe(true);
  });
});
