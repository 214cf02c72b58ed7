// Designer precursors not in the reference list — protected, halogenated, salt and acetal forms — screen as
// suspected designer precursors pointing at the right listed parent, with the rule that fired.
import { describe, expect, it } from 'vitest';
import { asResult, screenerForTests } from './testing';
import type { RuleId } from './types';

const screener = await screenerForTests();

// [name, SMILES, expected parent id, rule that must point at it, variant kinds on that finding]
const VARIANTS: [string, string, string, RuleId, string[]][] = [
  ['4-fluoro-ANPP', 'Fc1ccc(NC2CCN(CCc3ccccc3)CC2)cc1', 'anpp', 'parent_by_transformation', ['halides']],
  [
    '1-Cbz-4-piperidone',
    'O=C1CCN(C(=O)OCc2ccccc2)CC1',
    '4piperidone',
    'parent_by_transformation',
    ['carbamates'],
  ],
  [
    '4-piperidone ethylene ketal (1,4-dioxa-8-azaspiro[4.5]decane)',
    'C1COC2(O1)CCNCC2',
    '4piperidone',
    'parent_by_transformation',
    ['acetals'],
  ],
  ['1-acetyl-4-AP', 'CC(=O)N1CCC(Nc2ccccc2)CC1', '4ap', 'parent_by_transformation', ['amides']],
  [
    'N-Boc-norfentanyl',
    'CCC(=O)N(c1ccccc1)C1CCN(C(=O)OC(C)(C)C)CC1',
    'norfentanyl',
    'parent_by_transformation',
    ['carbamates'],
  ],
  ['NPP hydrochloride', 'Cl.O=C1CCN(CCc2ccccc2)CC1', 'npp', 'salt_form', ['salts']],
  [
    '2-fluoro-norfentanyl',
    'CCC(=O)N(c1ccccc1F)C1CCNCC1',
    'norfentanyl',
    'parent_by_transformation',
    ['halides'],
  ],
  ['4-AP dihydrochloride', 'Cl.Cl.c1ccc(NC2CCNCC2)cc1', '4ap', 'salt_form', ['salts']],
  ['1-benzyl-4-piperidone', 'O=C1CCN(Cc2ccccc2)CC1', '4piperidone', 'parent_by_transformation', ['other']],
  [
    'tert-butyl 4-(4-fluoroanilino)piperidine-1-carboxylate',
    'CC(C)(C)OC(=O)N1CCC(Nc2ccc(F)cc2)CC1',
    'boc4ap',
    'parent_by_transformation',
    ['halides'],
  ],
  [
    'the same, mapped through Boc removal to 4-AP',
    'CC(C)(C)OC(=O)N1CCC(Nc2ccc(F)cc2)CC1',
    '4ap',
    'parent_by_transformation',
    ['carbamates', 'halides'],
  ],
  [
    '1-phenethyl-4-piperidone dimethyl ketal',
    'COC1(OC)CCN(CCc2ccccc2)CC1',
    'npp',
    'parent_by_transformation',
    ['acetals'],
  ],
  ['para-fluoro 4-AP', 'Fc1ccc(NC2CCNCC2)cc1', '4ap', 'parent_by_transformation', ['halides']],
  [
    '4-piperidone hydrochloride monohydrate (gem-diol)',
    'OC1(O)CCNCC1.Cl',
    '4piperidone',
    'parent_by_transformation',
    ['acetals', 'salts'],
  ],
  [
    '4-piperidone citrate (acid larger than the base)',
    'O=C1CCNCC1.OC(=O)CC(O)(CC(=O)O)C(=O)O',
    '4piperidone',
    'salt_form',
    ['salts'],
  ],
  [
    '1-Boc-4-piperidone ethylene ketal',
    'CC(C)(C)OC(=O)N1CCC2(CC1)OCCO2',
    'boc4piperidone',
    'parent_by_transformation',
    ['acetals'],
  ],
  [
    'tert-butyl N-phenyl-N-(piperidin-4-yl)carbamate (Boc on the anilino N)',
    'CC(C)(C)OC(=O)N(c1ccccc1)C1CCNCC1',
    '4ap',
    'parent_by_transformation',
    ['carbamates'],
  ],
  [
    '4-fluoro NPP-aniline imine',
    'Fc1ccc(N=C2CCN(CCc3ccccc3)CC2)cc1',
    'imine',
    'parent_by_transformation',
    ['halides'],
  ],
  [
    '1-(4-fluorophenethyl)-ANPP (halogen on the phenethyl ring)',
    'Fc1ccc(CCN2CCC(Nc3ccccc3)CC2)cc1',
    'anpp',
    'parent_by_transformation',
    ['halides'],
  ],
  [
    '1-tosyl-4-piperidone',
    'Cc1ccc(cc1)S(=O)(=O)N1CCC(=O)CC1',
    '4piperidone',
    'parent_by_transformation',
    ['other'],
  ],
  [
    '2,4-dichloro-ANPP',
    'Clc1ccc(NC2CCN(CCc3ccccc3)CC2)c(Cl)c1',
    'anpp',
    'parent_by_transformation',
    ['halides'],
  ],
  [
    'protonated 4-piperidone (no counter-ion written)',
    '[NH2+]1CCC(=O)CC1',
    '4piperidone',
    'salt_form',
    ['salts'],
  ],
  [
    'para-methoxy 4-AP (no transformation reaches a parent)',
    'COc1ccc(NC2CCNCC2)cc1',
    '4ap',
    'core_n_aryl_piperidin_4_amine',
    ['other'],
  ],
  [
    'butyryl fentanyl (N-aryl-piperidin-4-amine core)',
    'CCCC(=O)N(c1ccccc1)C1CCN(CCc2ccccc2)CC1',
    '4ap',
    'core_n_aryl_piperidin_4_amine',
    ['other'],
  ],
  [
    '3-methyl-NPP (piperidin-4-one core)',
    'CC1CN(CCc2ccccc2)CCC1=O',
    '4piperidone',
    'core_piperidin_4_one',
    ['other'],
  ],
  ['propionyl bromide', 'CCC(=O)Br', 'propionylchloride', 'propanoyl_halide', ['other']],
  [
    'acetic propionic anhydride',
    'CCC(=O)OC(C)=O',
    'propionicanhydride',
    'propanoic_mixed_anhydride',
    ['other'],
  ],
  ['1-phenethylpiperidin-4-ol (similarity only)', 'OC1CCN(CCc2ccccc2)CC1', 'anpp', 'similarity', ['other']],
];

describe('designer precursors', () => {
  it.each(VARIANTS)('%s → %s', (_name, smiles, parentId, ruleId, kinds) => {
    const r = asResult(screener.screen({ smiles }));
    expect(r.status).toBe('suspected_designer_precursor');
    const f = r.findings.find((x) => x.parentId === parentId && x.ruleId === ruleId);
    expect(f, JSON.stringify(r.findings.map((x) => [x.ruleId, x.parentId]))).toBeDefined();
    expect([...(f?.variantKinds ?? [])].sort()).toEqual([...kinds].sort());
    expect(f?.message).toMatch(/\S/);
    expect(f?.messageKey).toMatch(/^chemicals\.screening\./);
    if (ruleId === 'similarity') expect(f?.confidence).toMatchObject({ kind: 'similarity' });
    else expect(f?.confidence.kind).toBe(ruleId === 'salt_form' ? 'exact' : 'rule');
  });

  it('says which transformations led to the parent, in order', () => {
    const r = asResult(screener.screen({ smiles: 'CC(C)(C)OC(=O)N1CCC(Nc2ccc(F)cc2)CC1' }));
    const to4ap = r.findings.find((f) => f.parentId === '4ap');
    expect(to4ap?.transformations).toEqual(['remove_boc', 'remove_aryl_halogen']);
    expect(to4ap?.message).toContain('Boc');
  });

  it('tells whether each jurisdiction’s wording covers the variant', () => {
    const carbamate = asResult(screener.screen({ smiles: 'O=C1CCN(C(=O)OCc2ccccc2)CC1' }));
    const byJ = Object.fromEntries(
      carbamate.findings[0]?.jurisdictions.map((j) => [j.jurisdiction, j.wordingCoversVariant]) ?? [],
    );
    expect(byJ).toEqual({ UN: 'not_stated', US: 'yes', MX: 'not_stated', CA: 'not_stated' });
    const halide = asResult(screener.screen({ smiles: 'Fc1ccc(NC2CCNCC2)cc1' }));
    const us = halide.findings[0]?.jurisdictions.find((j) => j.jurisdiction === 'US');
    expect(us).toMatchObject({ status: 'controlled', wordingCoversVariant: 'yes' });
    expect(us?.familyWording.join(' ')).toContain('halides added');
  });

  it('dates the US halide wording: before 30 Nov 2023 it did not cover para-fluoro 4-AP', async () => {
    const in2022 = await screenerForTests({ asOf: '2022-06-01' });
    const r = asResult(in2022.screen({ smiles: 'Fc1ccc(NC2CCNCC2)cc1' }));
    const us = r.findings[0]?.jurisdictions.find((j) => j.jurisdiction === 'US');
    expect(us).toMatchObject({ status: 'controlled', wordingCoversVariant: 'no' });
    in2022.dispose();
  });

  it('reports salts removed and the screened component', () => {
    const r = asResult(screener.screen({ smiles: 'Cl.Cl.c1ccc(NC2CCNCC2)cc1' }));
    expect(r.removedFragments.map((x) => x.name)).toEqual(['hydrogen chloride', 'hydrogen chloride']);
    expect(r.components).toEqual(['c1ccc(NC2CCNCC2)cc1']);
  });

  it('does not let a harmless larger molecule hide a precursor in a mixture', () => {
    const r = asResult(
      screener.screen({ smiles: 'CC(=O)Nc1ccc(O)cc1.CC(C)Cc1ccc(cc1)C(C)C(=O)O.O=C1CCN(CCc2ccccc2)CC1' }),
    );
    expect(r.status).toBe('controlled');
    expect(r.findings[0]).toMatchObject({ ruleId: 'exact_match', parentId: 'npp' });
  });

  it('screens a listed chemical written with explicit hydrogens or another atom order as exact', () => {
    for (const smiles of ['[H]N1CCC(=O)CC1', 'C1CC(=O)CCN1', 'O=C1CC[NH]CC1'])
      expect(asResult(screener.screen({ smiles })).findings[0], smiles).toMatchObject({
        ruleId: 'exact_match',
        parentId: '4piperidone',
      });
  });
});
