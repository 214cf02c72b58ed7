// Common medicines (many with a piperidine) and solvents must not be flagged as fentanyl precursors.
import { describe, expect, it } from 'vitest';
import { asResult, screenerForTests } from './testing';

const screener = await screenerForTests();

const CLEAR: [string, string][] = [
  ['paroxetine', 'Fc1ccc(cc1)[C@@H]1CCNC[C@H]1COc1ccc2OCOc2c1'],
  ['haloperidol', 'OC1(CCN(CCCC(=O)c2ccc(F)cc2)CC1)c1ccc(Cl)cc1'],
  ['methylphenidate', 'COC(=O)C(c1ccccc1)C1CCCCN1'],
  ['donepezil', 'COc1cc2CC(CC3CCN(Cc4ccccc4)CC3)C(=O)c2cc1OC'],
  ['loratadine (ethyl carbamate on a piperidin-4-ylidene)', 'CCOC(=O)N1CCC(=C2c3ccc(Cl)cc3CCc3cccnc23)CC1'],
  ['risperidone', 'Cc1nc2CCCCn2c(=O)c1CCN1CCC(CC1)c1noc2cc(F)ccc12'],
  ['fexofenadine', 'CC(C)(C(=O)O)c1ccc(cc1)C(O)CCCN1CCC(CC1)C(O)(c1ccccc1)c1ccccc1'],
  ['piperine', 'O=C(/C=C/C=C/c1ccc2OCOc2c1)N1CCCCC1'],
  ['pimozide (aryl–N–piperidinyl inside a ring)', 'O=C1Nc2ccccc2N1C1CCN(CCCC(c2ccc(F)cc2)c2ccc(F)cc2)CC1'],
  ['astemizole (N-heteroaryl piperidin-4-amine)', 'COc1ccc(CCN2CCC(Nc3nc4ccccc4n3Cc3ccc(F)cc3)CC2)cc1'],
  ['loperamide', 'CN(C)C(=O)C(CCN1CCC(O)(CC1)c1ccc(Cl)cc1)(c1ccccc1)c1ccccc1'],
  ['domperidone', 'Clc1ccc2N(C3CCN(CCCN4C(=O)Nc5ccccc45)CC3)C(=O)Nc2c1'],
  ['tropinone (bridged piperidin-4-one)', 'CN1C2CCC1CC(=O)C2'],
  ['paracetamol', 'CC(=O)Nc1ccc(O)cc1'],
  ['ibuprofen', 'CC(C)Cc1ccc(cc1)C(C)C(=O)O'],
  ['aspirin', 'CC(=O)Oc1ccccc1C(=O)O'],
  ['caffeine', 'Cn1cnc2c1c(=O)n(C)c(=O)n2C'],
  ['metformin', 'CN(C)C(=N)N=C(N)N'],
  ['acetone', 'CC(C)=O'],
  ['ethanol', 'CCO'],
  ['toluene', 'Cc1ccccc1'],
  ['DMSO', 'CS(C)=O'],
  ['ethyl acetate', 'CCOC(C)=O'],
  ['propionic acid (food preservative)', 'CCC(=O)O'],
  ['water', 'O'],
  ['sodium chloride', '[Na+].[Cl-]'],
  ['donepezil hydrochloride', 'Cl.COc1cc2CC(CC3CCN(Cc4ccccc4)CC3)C(=O)c2cc1OC'],
  [
    'paroxetine hydrochloride hemihydrate',
    'O.Cl.Cl.Fc1ccc(cc1)[C@@H]1CCNC[C@H]1COc1ccc2OCOc2c1.Fc1ccc(cc1)[C@@H]1CCNC[C@H]1COc1ccc2OCOc2c1',
  ],
];

describe('medicines and solvents', () => {
  it.each(CLEAR)('%s screens clear', (_name, smiles) => {
    const r = asResult(screener.screen({ smiles }));
    expect(r.findings.map((f) => `${f.ruleId}→${f.parentId}`)).toEqual([]);
    expect(r.status).toBe('clear');
  });

  it('still lists the nearest reference structures for review, below the finding threshold', () => {
    const r = asResult(screener.screen({ smiles: 'COc1cc2CC(CC3CCN(Cc4ccccc4)CC3)C(=O)c2cc1OC' }));
    expect(r.similar[0]?.parentId).toBe('benzylfentanyl');
    expect(r.similar[0]?.score).toBeLessThan(0.55);
  });
});
