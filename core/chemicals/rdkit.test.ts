// parseMol skips stereo perception for text without stereo marks: the molecule must be the same as a full parse
// (canonical SMILES, InChI, fingerprint), and text with stereo marks must keep them.
import { describe, expect, it } from 'vitest';
import { loadRDKit, parseMol, withoutStereoMarks } from './rdkit';
import { structureCorpus } from './structureCorpus';

const rd = await loadRDKit();
const FULL_PARSE = JSON.stringify({ removeHs: false });

function facts(text: string, parse: (t: string) => ReturnType<typeof parseMol>, inchi = true) {
  const mol = parse(text);
  if (mol === null) return null;
  try {
    return { smiles: mol.get_smiles(), inchi: inchi ? mol.get_inchi() : null, fp: mol.get_morgan_fp() };
  } finally {
    mol.delete();
  }
}

describe('withoutStereoMarks', () => {
  it('tells SMILES and RDKit JSON with stereo from those without', () => {
    expect(withoutStereoMarks('CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1')).toBe(true);
    expect(withoutStereoMarks('C[C@H](N)C(=O)O')).toBe(false);
    expect(withoutStereoMarks('F/C=C/F')).toBe(false);
    expect(withoutStereoMarks('F\\C=C/F')).toBe(false);
    expect(withoutStereoMarks('\n  RDKit 2D\n\n  0  0  0  0  0  0  0  0  0  0999 V2000\nM  END\n')).toBe(
      false,
    );
    const plain = rd.get_mol('CC(N)C(=O)O')!;
    const chiral = rd.get_mol('C[C@H](N)C(=O)O')!;
    try {
      expect(withoutStereoMarks(plain.get_json())).toBe(true);
      expect(withoutStereoMarks(chiral.get_json())).toBe(false);
    } finally {
      plain.delete();
      chiral.delete();
    }
  });
});

describe('parseMol', () => {
  it('gives the molecule a full parse gives, for every structure of the test corpus and its RDKit JSON', () => {
    let compared = 0;
    for (const smiles of structureCorpus(120, 60)) {
      const full = facts(smiles, (t) => rd.get_mol(t, FULL_PARSE));
      expect(
        facts(smiles, (t) => parseMol(rd, t)),
        smiles,
      ).toEqual(full);
      const json = rd.get_mol(smiles, FULL_PARSE);
      if (json === null) continue;
      const text = json.get_json();
      json.delete();
      expect(
        facts(text, (t) => parseMol(rd, t), false),
        smiles,
      ).toEqual(facts(text, (t) => rd.get_mol(t, FULL_PARSE), false));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(250);
  });

  it('keeps chirality and double-bond geometry written in the input', () => {
    for (const smiles of ['C[C@H](N)C(=O)O', 'C[C@@H](N)C(=O)O', 'F/C=C/F', 'F/C=C\\F']) {
      const parsed = facts(smiles, (t) => parseMol(rd, t));
      expect(parsed?.smiles, smiles).toMatch(/[@/\\]/);
      expect(parsed?.inchi, smiles).toMatch(/\/[tb]/);
    }
  });
});
