// Heavy-atom formulas read from SMILES text must equal RDKit's (InChI formula layer, heavy-atom count):
// the exact-match pre-filter skips InChI when the formula is not one of the reference list's.
import { describe, expect, it } from 'vitest';
import { buildReferenceIndex } from './referenceIndex';
import { structureKey } from './derive';
import { loadRDKit, parseMol, withMol } from './rdkit';
import { heavyAtomFormula } from './smilesFormula';
import { structureCorpus } from './structureCorpus';
import { bundledReference } from './testing';

const rd = await loadRDKit();

/** Heavy-atom part of the InChI formula layer ("C11H16N2" → "C11N2"), for single-component structures. */
function inchiHeavyFormula(inchi: string): string | null {
  const layer = inchi.split('/')[1];
  if (!inchi.startsWith('InChI=') || layer === undefined || layer.includes('.')) return null;
  return [...layer.matchAll(/([A-Z][a-z]?)(\d*)/g)]
    .filter(([, element]) => element !== 'H')
    .map(([, element, n]) => `${element}${n || '1'}`)
    .sort()
    .join('');
}

describe('heavyAtomFormula', () => {
  it('reads organic-subset, aromatic, bracket, isotope and two-letter atoms', () => {
    expect(heavyAtomFormula('CCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1')).toBe('C22N2O1');
    expect(heavyAtomFormula('[2H]C([2H])Cl.[Na+].Br[13CH2]c1cc[se]c1')).toBe('Br1C6Cl1Na1Se1');
    expect(heavyAtomFormula('[H]OC')).toBe('C1O1');
    expect(heavyAtomFormula('O=[N+]([O-])c1ccncc1')).toBe('C5N2O2');
  });

  it('equals the heavy atoms of the InChI formula and RDKit’s heavy-atom count on the test corpus', () => {
    let compared = 0;
    for (const smiles of structureCorpus(8, 4)) {
      withMol(rd, smiles, (mol) => {
        const canonical = mol.get_smiles();
        const mine = heavyAtomFormula(canonical);
        const total = [...mine.matchAll(/\d+/g)].reduce((n, [d]) => n + Number(d), 0);
        expect(total, canonical).toBe(mol.get_num_atoms(true));
        const fromInchi = inchiHeavyFormula(mol.get_inchi());
        if (fromInchi === null) return;
        const sorted = [...mine.matchAll(/[A-Z][a-z]?\d+/g)]
          .map(([x]) => x)
          .sort()
          .join('');
        expect(sorted, canonical).toBe(fromInchi);
        compared += 1;
      });
    }
    expect(compared).toBeGreaterThan(1500);
  });

  it('never rules out a structure whose InChIKey matches a reference (salts, charges, isotopes, stereo)', () => {
    const index = buildReferenceIndex(rd, bundledReference());
    let matched = 0;
    for (const smiles of structureCorpus(8, 4)) {
      for (const part of smiles.split('.')) {
        const mol = parseMol(rd, part);
        if (!mol) continue;
        try {
          const k = structureKey(rd, mol);
          const hits = index.byKey(k.key).length + (k.skeleton ? index.bySkeleton(k.skeleton).length : 0);
          if (hits === 0) continue;
          matched += 1;
          expect(index.heavyFormulas.has(heavyAtomFormula(mol.get_smiles())), part).toBe(true);
        } finally {
          mol.delete();
        }
      }
    }
    expect(matched).toBeGreaterThan(30);
  });
});
