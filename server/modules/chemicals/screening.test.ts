// Single-structure screening through the API: SMILES, CAS, name, salt forms and designer variants against
// the registry in the database; unresolved input stays unresolved; hostile input is refused and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedChemicals } from '../../db/seed/seedChemicals';
import { DATABASE_KINDS } from '../../test/databases';
import { expectFieldErrors, expectProblem, rowCounts } from '../../test/problems';
import { createTestApp, type TestApp, type UserClient } from '../../test/testApp';
import type { ScreeningView } from './schemas';

describe.each(DATABASE_KINDS)('chemical screening on %s', (kind) => {
  let t: TestApp;
  let investigator: UserClient;
  beforeAll(async () => {
    t = await createTestApp(kind);
    await seedChemicals(t.db);
    investigator = await t.signIn('aduanas@anam.demo');
  });
  afterAll(async () => {
    await t?.close();
  });

  const screen = async (body: unknown, client = investigator) => {
    const response = await client.post('/api/v1/screening', body);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<ScreeningView>();
  };

  it('an exact structure, CAS or name of a listed chemical is controlled, with the jurisdictions that list it', async () => {
    for (const body of [{ smiles: 'O=C1CCN(CCc2ccccc2)CC1' }, { cas: '39742-60-4' }, { name: 'NPP' }]) {
      const r = await screen(body);
      expect(r.status, JSON.stringify(body)).toBe('controlled');
      const finding = r.findings[0]!;
      expect(finding).toMatchObject({ parent: { id: 'npp' }, confidence: { kind: 'exact' } });
      expect(finding.messageKey).toMatch(/^chemicals\.screening\./);
      expect(finding.jurisdictions.map((j) => [j.jurisdiction, j.status])).toEqual([
        ['UN', 'controlled'],
        ['US', 'controlled'],
        ['MX', 'controlled'],
        ['CA', 'controlled'],
      ]);
    }
    expect((await screen({ cas: '39742-60-4' })).resolvedChemical).toEqual({
      id: 'npp',
      name: 'N-Phenethyl-4-piperidone (NPP)',
    });
  });

  it('a salt form and a designer variant are suspected designer precursors pointing at the parent, with wording coverage', async () => {
    const salt = await screen({ smiles: 'Cl.Cl.c1ccc(NC2CCNCC2)cc1' });
    expect(salt.status).toBe('suspected_designer_precursor');
    expect(salt.removedFragments.length).toBeGreaterThan(0);
    expect(salt.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          ruleId: 'salt_form',
          parent: { id: '4ap', name: '4-Anilinopiperidine (4-AP)' },
        }),
      ]),
    );

    const fluoroBoc = await screen({ smiles: 'CC(C)(C)OC(=O)N1CCC(Nc2ccc(F)cc2)CC1' });
    expect(fluoroBoc.status).toBe('suspected_designer_precursor');
    const to4ap = fluoroBoc.findings.find((f) => f.parent.id === '4ap')!;
    expect(to4ap).toMatchObject({ ruleId: 'parent_by_transformation', confidence: { kind: 'rule' } });
    expect(to4ap.variantKinds).toEqual(expect.arrayContaining(['carbamates', 'halides']));
    const us = to4ap.jurisdictions.find((j) => j.jurisdiction === 'US')!;
    expect(us.familyWording.join(' ')).toContain('amides, carbamates, salts');
    expect(['yes', 'no', 'unknown', 'not_stated']).toContain(us.wordingCoversVariant);
  });

  it('medicines and solvents are clear; unknown names and CAS numbers are unresolved, never clear', async () => {
    for (const smiles of [
      'CC(=O)Nc1ccc(O)cc1',
      'CC(C)Cc1ccc(cc1)C(C)C(=O)O',
      'CCO',
      'CN1CCC(CC1)=C1c2ccccc2C=Cc2ccccc12',
    ]) {
      const r = await screen({ smiles });
      expect(r.status, smiles).toBe('clear');
      expect(r.findings).toEqual([]);
    }
    const name = await screen({ name: 'Compound X-17' });
    expect(name).toMatchObject({
      status: 'unresolved',
      inputKind: 'name',
      note: { messageKey: 'chemicals.screening.name_not_found' },
    });
    expect(await screen({ cas: '64-17-5' })).toMatchObject({
      status: 'unresolved',
      note: { messageKey: 'chemicals.screening.cas_not_in_reference' },
    });
  });

  it('a wrong CAS check digit or an invalid SMILES is a 422 naming the field, in the user’s language', async () => {
    const cas = expectFieldErrors(await investigator.post('/api/v1/screening', { cas: '39742-60-5' }), [
      'cas',
    ]);
    expect(cas.errors![0]).toMatchObject({ code: 'cas_check_digit' });
    expect(cas.errors![0]!.message).toContain('4');
    expect(
      expectFieldErrors(await investigator.post('/api/v1/screening', { cas: 'abc' }), ['cas']).errors![0]!
        .code,
    ).toBe('invalid_cas');
    const smiles = await investigator.post(
      '/api/v1/screening',
      { smiles: 'C1CC(' },
      { 'accept-language': 'es' },
    );
    const body = expectFieldErrors(smiles, ['smiles']);
    expect(body.errors![0]).toMatchObject({
      code: 'invalid_smiles',
      message: expect.stringContaining('estructura'),
    });
    expectFieldErrors(await investigator.post('/api/v1/screening', {}), ['smiles']);
    expectFieldErrors(await investigator.post('/api/v1/screening', { smiles: 'CCO', name: 'ethanol' }), [
      'name',
    ]);
  });

  it('hostile input is refused or treated as data, and writes nothing', async () => {
    const before = await rowCounts(t.db);
    expectProblem(await investigator.post('/api/v1/screening', '{"smiles": "CC'), 400, 'malformed-json');
    expectFieldErrors(await investigator.post('/api/v1/screening', { smiles: 'CCO', extra: 1 }), ['extra']);
    expectFieldErrors(await investigator.post('/api/v1/screening', { smiles: 'C'.repeat(100_000) }), [
      'smiles',
    ]);
    expectFieldErrors(await investigator.post('/api/v1/screening', { smiles: ['CCO'] }), ['smiles']);
    for (const name of ["'; DROP TABLE chemicals; --", '<img src=x onerror=alert(1)>', 'NPP\u0000']) {
      const response = await investigator.post('/api/v1/screening', { name });
      if (response.statusCode === 200) {
        const r = response.json<ScreeningView>();
        expect(r.status).toBe('unresolved');
        expect(response.headers['content-type']).toMatch(/^application\/json/);
      } else expectFieldErrors(response, ['name']);
    }
    const search = await investigator.get(`/api/v1/chemicals?q=${encodeURIComponent("%' OR 1=1 --")}`);
    expect(search.json<{ items: unknown[] }>().items).toEqual([]);
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it('needs a signed-in operational user', async () => {
    expectProblem(await t.anonymous.post('/api/v1/screening', { smiles: 'CCO' }), 401, 'unauthenticated');
    const auditor = await t.signIn('auditora@fgr.demo');
    expectProblem(await auditor.post('/api/v1/screening', { smiles: 'CCO' }), 403, 'forbidden');
    expectProblem(await auditor.get('/api/v1/chemicals?q=npp'), 403, 'forbidden');
  });

  it('sees a chemical a regulator just added (the screener is rebuilt from the database)', async () => {
    const smiles = 'O=C1CCN(C(=O)OCc2ccccc2)CC1'; // 1-Cbz-4-piperidone
    expect((await screen({ name: 'Cbz-piperidone test' })).status).toBe('unresolved');
    const regulator = await t.signIn('diversion@dea.demo');
    const created = await regulator.post('/api/v1/chemicals', {
      name: 'Cbz-piperidone test',
      smiles,
      source: 'Test',
      listings: [{ jurisdiction: 'US', text: 'List I, eff. 2 Oct 2025' }],
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(await screen({ name: 'Cbz-piperidone test' })).toMatchObject({
      status: 'controlled',
      resolvedChemical: { id: 'cbz-piperidone-test' },
    });
    expect((await screen({ smiles })).findings[0]).toMatchObject({
      ruleId: 'exact_match',
      parent: { id: 'cbz-piperidone-test' },
    });
  });
});
