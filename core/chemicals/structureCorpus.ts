// Test support: structures for the differential and property tests of the screening fast paths — the
// benchmark's enumerated scaffolds, the family variants the screening tests name, the reference list with salts,
// and edge cases the fast paths must hand back to the slow ones (stereo, charges, isotopes, ketals, bridges).

import { isFentanylFamily, uniqueStructure, uniqueStructureCount } from '../../bench/manifestData';
import { bundledReference } from './testing';

const N_SUBSTITUENTS = [
  '',
  'C',
  'CCc1ccccc1',
  'Cc1ccccc1',
  'C(=O)OC(C)(C)C',
  'C(=O)OCc1ccccc1',
  'C(=O)C',
  'C(=O)OC',
  'C=O',
  'S(=O)(=O)C',
  'S(=O)(=O)c1ccc(C)cc1',
  'C(c1ccccc1)(c1ccccc1)c1ccccc1',
  'C(=O)CC',
  'CCc1ccc(F)cc1',
];
const ARYL_X = ['', 'F', 'Cl', 'Br', 'I', 'C'];

/** Piperidone, ketal, imine, 4-AP and anilide forms under every N-substituent and aryl halogen above. */
function familyEnumeration(): string[] {
  const out: string[] = [];
  for (const n of N_SUBSTITUENTS)
    for (const x of ARYL_X) {
      // The substituent as a branch on the ring nitrogen (written first, it would bond through its last atom);
      // ring label 9 so that it cannot clash with the substituents' own ring labels.
      const N = n ? `N9(${n})` : 'N9';
      const NH = n ? `[NH+]9(${n})` : '[NH2+]9';
      const ar = x ? `c2ccc(${x})cc2` : 'c2ccccc2';
      const ar2 = x ? `c2cc(${x})cc(${x})c2` : 'c2ccccc2';
      out.push(
        `${N}CCC(=O)CC9`,
        `${N}CCC(OC)(OC)CC9`,
        `${N}CCC3(CC9)OCCO3`,
        `${N}CCC(O)(O)CC9`,
        `${N}CCC(=N${ar})CC9`,
        `${N}CCC(N${ar})CC9`,
        `${N}CCC(N${ar2})CC9`,
        `${N}CCC(N(C(=O)OC(C)(C)C)${ar})CC9`,
        `${N}CCC(N(C(=O)CC)${ar})CC9`,
        `${N}CCC(N${ar})CC9.Cl`,
        `${N}CC([2H])C(N${ar})CC9`,
        `${N}C[C@H](C)C(N${ar})CC9`,
        `${NH}CCC(N${ar})CC9`,
      );
    }
  return out;
}

/** Cases where a fast path must defer to the slow one: E/Z stereo, stereocentres, charges, isotopes, bridges. */
export const EDGE_CASES: readonly string[] = [
  'C/C=C/CN1CCC(Nc2ccc(F)cc2)CC1',
  'F/C=C/c1ccc(NC2CCN(C(=O)OC(C)(C)C)CC2)cc1',
  'C/C=C/C(=O)N1CCC(Nc2ccccc2)CC1',
  'C[C@@H]1CN(C(=O)OC(C)(C)C)CC[C@@H]1Nc1ccc(F)cc1',
  '[NH3+]C1CCN(C(=O)OC(C)(C)C)CC1',
  'O=C1CC[N+](C)(Cc2ccccc2)CC1',
  '[13CH3]CC(=O)N(c1ccccc1)C1CCN(C(=O)OC(C)(C)C)CC1',
  'Clc1ccc(N(C(=O)OC)C2CCN(C(=O)OCc3ccccc3)CC2)cc1Cl',
  'OC1(O)CCN(S(=O)(=O)c2ccccc2)CC1',
  'C[Si](C)(C)CCOC(=O)N1CCC(=O)CC1',
  'O=C1CCN(C(=O)OC(C)(C)C)CC1.OC(=O)CC(O)(CC(=O)O)C(=O)O',
  'CN1C2CCC1CC(=O)C2',
  'O=C1CC2CCC(C1)N2C(=O)OC(C)(C)C',
  'Ic1ccc(NC2CCNCC2)cc1',
  '[O-]C(=O)CC[NH3+]',
  'CCC(=O)Cl',
  'CCC(=O)OC(=O)CC',
  'CC(C)C(=O)Cl',
];

/** Structures named in the screening tests (variants, medicines, reference rows with salt and water). */
export const NAMED_STRUCTURES: readonly string[] = [
  'Fc1ccc(NC2CCN(CCc3ccccc3)CC2)cc1',
  'O=C1CCN(C(=O)OCc2ccccc2)CC1',
  'C1COC2(O1)CCNCC2',
  'CC(=O)N1CCC(Nc2ccccc2)CC1',
  'CCC(=O)N(c1ccccc1)C1CCN(C(=O)OC(C)(C)C)CC1',
  'Cl.O=C1CCN(CCc2ccccc2)CC1',
  'CCC(=O)N(c1ccccc1F)C1CCNCC1',
  'O=C1CCN(Cc2ccccc2)CC1',
  'CC(C)(C)OC(=O)N1CCC(Nc2ccc(F)cc2)CC1',
  'COC1(OC)CCN(CCc2ccccc2)CC1',
  'OC1(O)CCNCC1.Cl',
  'CC(C)(C)OC(=O)N1CCC2(CC1)OCCO2',
  'CC(C)(C)OC(=O)N(c1ccccc1)C1CCNCC1',
  'Fc1ccc(N=C2CCN(CCc3ccccc3)CC2)cc1',
  'Fc1ccc(CCN2CCC(Nc3ccccc3)CC2)cc1',
  'Cc1ccc(cc1)S(=O)(=O)N1CCC(=O)CC1',
  'Clc1ccc(NC2CCN(CCc3ccccc3)CC2)c(Cl)c1',
  '[NH2+]1CCC(=O)CC1',
  'COc1ccc(NC2CCNCC2)cc1',
  'CCCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1',
  'CC1CN(CCc2ccccc2)CCC1=O',
  'CCC(=O)Br',
  'CCC(=O)OC(C)=O',
  'Fc1ccc(cc1)[C@@H]1CCNC[C@H]1COc1ccc2OCOc2c1',
  'OC1(CCN(CCCC(=O)c2ccc(F)cc2)CC1)c1ccc(Cl)cc1',
  'COc1cc2CC(CC3CCN(Cc4ccccc4)CC3)C(=O)c2cc1OC',
  'CCOC(=O)N1CCC(=C2c3ccc(Cl)cc3CCc3cccnc23)CC1',
  'O=C(/C=C/C=C/c1ccc2OCOc2c1)N1CCCCC1',
  'Clc1ccc2N(C3CCN(CCCN4C(=O)Nc5ccccc45)CC3)C(=O)Nc2c1',
  'CN(C)C(=O)C(CCN1CCC(O)(CC1)c1ccc(Cl)cc1)(c1ccccc1)c1ccccc1',
  'CC(=O)Nc1ccc(O)cc1',
  'Cn1cnc2c1c(=O)n(C)c(=O)n2C',
];

/**
 * The corpus: every `stride`-th benchmark structure (every `familyStride`-th of its fentanyl family), the family
 * enumeration, the named structures and edge cases, the reference list with salt and water.
 */
export function structureCorpus(stride = 1, familyStride = 1): string[] {
  const out: string[] = [];
  for (let i = 0; i < uniqueStructureCount; i += 1) {
    if (i % (isFentanylFamily(i) ? familyStride : stride) === 0) out.push(uniqueStructure(i));
  }
  out.push(...familyEnumeration(), ...NAMED_STRUCTURES, ...EDGE_CASES);
  for (const c of bundledReference().chemicals)
    if (c.smiles) out.push(c.smiles, `${c.smiles}.Cl`, `${c.smiles}.O`);
  return out;
}
