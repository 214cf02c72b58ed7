// Every row of the reference list screens as controlled, by structure, CAS and name, for the right jurisdictions.
import { describe, expect, it } from 'vitest';
import { formulaFromInchi, formulasEqual } from './formula';
import { loadRDKit } from './rdkit';
import { buildReferenceIndex } from './referenceIndex';
import { asResult, bundledReference, EXPECTED_CONTROL, screenerForTests } from './testing';
import type { ScreeningResult } from './types';

const ref = bundledReference();
const screener = await screenerForTests();
const rows = ref.chemicals.map((c) => [c.id, c] as const);

function controlledIn(r: ScreeningResult, parentId: string): string[] {
  const f = r.findings.find(
    (x) => (x.ruleId === 'exact_match' || x.ruleId === 'identifier_match') && x.parentId === parentId,
  );
  if (!f)
    throw new Error(`no exact finding for ${parentId} in ${JSON.stringify(r.findings.map((x) => x.ruleId))}`);
  return f.jurisdictions.filter((j) => j.status === 'controlled').map((j) => j.jurisdiction);
}
const expectedIn = (id: string) =>
  Object.entries(EXPECTED_CONTROL[id] ?? {})
    .filter(([, v]) => v === 'c')
    .map(([j]) => j);

describe('reference rows screen as controlled', () => {
  it.each(rows)('%s by SMILES', (id, c) => {
    const r = asResult(screener.screen({ smiles: c.smiles ?? '' }));
    expect(r.status).toBe('controlled');
    expect(r.findings[0]).toMatchObject({
      ruleId: 'exact_match',
      parentId: id,
      confidence: { kind: 'exact' },
    });
    expect(controlledIn(r, id)).toEqual(expectedIn(id));
  });

  it.each(rows.filter(([, c]) => c.cas !== null))('%s by CAS', (id, c) => {
    const r = asResult(screener.screen(c.cas ?? ''));
    expect(r).toMatchObject({ status: 'controlled', inputKind: 'cas', resolvedReferenceId: id });
    expect(controlledIn(r, id)).toEqual(expectedIn(id));
  });

  it.each(rows)('%s by name and by every synonym', (id, c) => {
    for (const name of [c.name, ...c.synonyms]) {
      const r = asResult(screener.screen({ name }));
      expect(r.status, name).toBe('controlled');
      expect(r.resolvedReferenceId, name).toBe(id);
    }
  });

  it('judges control at a past date when asked', async () => {
    const in2019 = await screenerForTests({ asOf: '2019-01-01' });
    const r = asResult(in2019.screen('4-AP'));
    expect(controlledIn(r, '4ap')).toEqual(['CA']); // UN 2022, US 2020, MX 2021; Canada since 2016-17
    expect(r.status).toBe('controlled');
    const npp = asResult(in2019.screen({ smiles: 'O=C1CCN(CCc2ccccc2)CC1' }));
    expect(controlledIn(npp, 'npp')).toEqual(['UN', 'US', 'MX', 'CA']);
    in2019.dispose();
  });
});

describe('reference data agrees with its own structures', async () => {
  const index = buildReferenceIndex(await loadRDKit(), ref);
  it.each(index.structures.map((s) => [s.chemical.id, s] as const))(
    '%s: InChIKey and formula match the SMILES',
    (_id, s) => {
      expect(s.fullKey).toBe(s.chemical.inchikey);
      const formula = formulaFromInchi(s.inchi ?? '');
      expect(formula && formulasEqual(formula, s.chemical.formula ?? '')).toBe(true);
    },
  );
});
