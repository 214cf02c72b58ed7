// Inputs that do not resolve are unresolved or typed errors — never "clear" — and batches, caches and
// the input router behave.
import { describe, expect, it } from 'vitest';
import { LruCache } from './lru';
import { loadReferenceList } from './reference';
import { createScreener } from './screen';
import { asResult, screenerForTests } from './testing';

const screener = await screenerForTests();

describe('unresolved and invalid input', () => {
  it('reports an unknown name as unresolved with the reason', () => {
    for (const name of ['unobtainium', 'aspirin', 'Compound X-17 (research sample)']) {
      const r = asResult(screener.screen(name));
      expect(r.status, name).toBe('unresolved');
      expect(r.note?.messageKey).toBe('chemicals.screening.name_not_found');
    }
    // An explicit name is not tried as SMILES.
    expect(asResult(screener.screen({ name: 'CCO' })).status).toBe('unresolved');
  });

  it('reports a valid CAS that is not in the list as unresolved, never clear', () => {
    const r = asResult(screener.screen('64-17-5')); // ethanol
    expect(r).toMatchObject({ status: 'unresolved', inputKind: 'cas' });
    expect(r.note?.message).toContain('64-17-5');
  });

  it('rejects a CAS with a wrong check digit as a typed error', () => {
    for (const input of ['39742-60-5', { cas: '21409-26-8' }, '3974260 5'] as const) {
      const r = screener.screen(input);
      expect(r.kind).toBe('error');
      if (r.kind === 'error') expect(r.code).toBe('invalid_cas');
    }
    const r = screener.screen({ cas: 'not-a-cas' });
    expect(r).toMatchObject({
      kind: 'error',
      code: 'invalid_cas',
      messageKey: 'chemicals.screening.error.invalid_cas_format',
    });
  });

  it('returns a typed error for invalid SMILES instead of throwing', () => {
    for (const smiles of ['C1CC', 'C(C', 'c1cccc1', 'Xy', 'C%%C', 'Cc1cc(C1CC1)sc1']) {
      const r = screener.screen({ smiles });
      expect(r, smiles).toMatchObject({ kind: 'error', code: 'invalid_smiles', input: smiles });
    }
  });

  it('returns a typed error for empty input', () => {
    for (const input of ['', '   ', { smiles: '' }, { cas: ' ' }, { name: '' }] as const)
      expect(screener.screen(input)).toMatchObject({ kind: 'error', code: 'empty_input' });
  });

  it('routes free text: CAS first, then names, then SMILES', () => {
    expect(asResult(screener.screen('39742-60-4'))).toMatchObject({
      inputKind: 'cas',
      resolvedReferenceId: 'npp',
    });
    expect(asResult(screener.screen('NPP'))).toMatchObject({ inputKind: 'name', resolvedReferenceId: 'npp' });
    expect(asResult(screener.screen('O=C1CCN(CCc2ccccc2)CC1'))).toMatchObject({
      inputKind: 'smiles',
      status: 'controlled',
    });
  });
});

describe('unconfirmed data stays unknown', () => {
  const header = 'id,name,synonyms,cas,formula,smiles,inchikey,un_1988,us,mx,ca,sources';
  it('an exact match to a chemical whose every listing is unverified is unresolved, not controlled', async () => {
    const ref = loadReferenceList(
      `${header}\nx,Xylazine,,7361-61-7,,CC1=C(C(=CC=C1)C)NC2=NCCCS2,,NOT VERIFIED,NOT FOUND,NOT VERIFIED,NOT VERIFIED,test`,
    );
    const s = await createScreener(ref);
    const r = asResult(s.screen({ smiles: 'Cc1cccc(C)c1NC1=NCCCS1' }));
    expect(r.status).toBe('unresolved');
    expect(r.note?.messageKey).toBe('chemicals.screening.listing_unknown');
    s.dispose();
  });

  it('a listed chemical without a structure resolves by name but is reported as identity-only', async () => {
    const ref = loadReferenceList(`${header}\ny,Mystery precursor,,,,,,"Table I, 2020",,,,test`);
    const s = await createScreener(ref);
    const r = asResult(s.screen('Mystery precursor'));
    expect(r).toMatchObject({ status: 'controlled', resolvedReferenceId: 'y' });
    expect(r.note?.messageKey).toBe('chemicals.screening.reference_without_structure');
    s.dispose();
  });
});

describe('batches and caching', () => {
  it('screens a batch exactly as one by one, in order', () => {
    const inputs = ['CCO', 'NPP', '437-38-8', { smiles: 'C1CC' }, 'Fc1ccc(NC2CCNCC2)cc1', 'CCO'];
    const batch = screener.screenMany(inputs);
    expect(batch).toHaveLength(inputs.length);
    expect(batch).toEqual(inputs.map((i) => screener.screen(i)));
    expect([...screener.screenEach(inputs)].map((r) => r.kind)).toEqual(batch.map((r) => r.kind));
  });

  it('caches by canonical structure: different spellings share one analysis', () => {
    const a = asResult(screener.screen({ smiles: 'OCC' }));
    const b = asResult(screener.screen({ smiles: 'C(O)C' }));
    expect(a.canonicalSmiles).toBe('CCO');
    expect(b.canonicalSmiles).toBe('CCO');
    expect(b.similar).toBe(a.similar); // the very same cached analysis object, not a recomputation
  });

  it('keeps the LRU bounded and evicts the least recently used entry', () => {
    const lru = new LruCache<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1);
    lru.set('c', 3);
    expect(lru.get('b')).toBeUndefined();
    expect([lru.get('a'), lru.get('c'), lru.size]).toEqual([1, 3, 2]);
    expect(() => new LruCache(0)).toThrow();
  });

  it('gives the same answers with a tiny cache as with a large one', async () => {
    const small = await screenerForTests({ cacheSize: 1 });
    const inputs = [
      'Cl.O=C1CCN(CCc2ccccc2)CC1',
      'CCO',
      'O=C1CCN(CCc2ccccc2)CC1.Cl',
      'C1COC2(O1)CCNCC2',
      'CCO',
    ];
    expect(small.screenMany(inputs).map((r) => r.kind === 'result' && r.status)).toEqual(
      screener.screenMany(inputs).map((r) => r.kind === 'result' && r.status),
    );
    small.dispose();
  });
});
