// The precursor registry through the API: seeded from the bundled reference list, searched by name, synonym,
// CAS and formula, asked "was X controlled in J on D?", extended by regulators only, history kept and audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedChemicals } from '../../db/seed/seedChemicals';
import { DATABASE_KINDS } from '../../test/databases';
import { auditCount, expectFieldErrors, expectProblem, rowCounts } from '../../test/problems';
import { createTestApp, type TestApp, type UserClient } from '../../test/testApp';
import type { ChemicalView } from './schemas';

interface SearchBody {
  items: { id: string; name: string; cas: string | null; rank: number; structureUrl: string | null }[];
}
interface ControlledBody {
  status: string;
  reason: string;
  listing: { text: string; status: string };
}

describe.each(DATABASE_KINDS)('chemical registry on %s', (kind) => {
  let t: TestApp;
  let analyst: UserClient;
  let regulator: UserClient;
  beforeAll(async () => {
    t = await createTestApp(kind);
    await seedChemicals(t.db);
    analyst = await t.signIn('analista@fgr.demo');
    regulator = await t.signIn('reguladora@cofepris.demo');
  });
  afterAll(async () => {
    await t?.close();
  });

  const search = async (q: string) => {
    const response = await analyst.get(`/api/v1/chemicals?q=${encodeURIComponent(q)}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<SearchBody>().items;
  };
  const controlled = async (id: string, jurisdiction: string, date?: string) => {
    const response = await analyst.get(
      `/api/v1/chemicals/${id}/controlled?jurisdiction=${jurisdiction}${date ? `&date=${date}` : ''}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    return response.json<ControlledBody>();
  };

  it('seeds the bundled list once: a second run adds nothing', async () => {
    const before = await rowCounts(t.db);
    expect(before.chemicals).toBe(12);
    expect(before.chemical_listings).toBe(48);
    expect(await seedChemicals(t.db)).toEqual({ chemicalsAdded: 0, listingsAdded: 0, listingsSuperseded: 0 });
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it('finds chemicals by name, synonym, CAS (any dash) and formula (as element counts), best first', async () => {
    expect((await search('NPP'))[0]?.id).toBe('npp');
    expect((await search('phenethyl-4-piperidone'))[0]?.id).toBe('npp');
    expect((await search('despropionyl fentanyl'))[0]?.id).toBe('anpp'); // a synonym
    expect((await search('propanoyl chlorde'))[0]?.id).toBe('propionylchloride'); // typo: trigram similarity
    expect((await search('23056-29-3')).map((c) => c.id)).toEqual(['4ap']);
    expect((await search('23056\u201329\u20133'))[0]?.id).toBe('4ap');
    expect((await search('C5H9NO'))[0]?.id).toBe('4piperidone');
    expect((await search('H9C5ON'))[0]?.id).toBe('4piperidone'); // same counts, other order
    const anilino = await search('anilino');
    expect(anilino.map((c) => c.id)).toEqual(expect.arrayContaining(['anpp', '4ap', 'boc4ap']));
    expect(await search('zzqqxx-nothing')).toEqual([]);
    expect(await search('')).toHaveLength(12);
    expect((await search('NPP'))[0]?.structureUrl).toBe('/api/v1/chemicals/npp/structure.svg');
  });

  it('answers "controlled in Mexico on a date?" from the listing wording, unknown when the data says so', async () => {
    expect((await controlled('npp', 'MX', '2021-06-01')).status).toBe('controlled'); // DOF 18 Jul 2017
    expect((await controlled('npp', 'MX', '2017-01-01')).status).toBe('not_controlled');
    expect((await controlled('4ap', 'MX', '2021-06-01')).status).toBe('controlled'); // DOF 13 May 2021
    const before = await controlled('4ap', 'MX', '2021-01-01');
    expect(before.status).toBe('not_controlled');
    expect(before.listing.text).toBe('4-AP and 4-AP dihydrochloride added, DOF 13 May 2021');
    expect((await controlled('propionylchloride', 'MX', '2021-06-01')).status).toBe('controlled');
    for (const id of ['norfentanyl', 'boc4ap', '4piperidone']) {
      const answer = await controlled(id, 'MX', '2021-06-01'); // NOT FOUND in corpus
      expect(answer.status, id).toBe('unknown');
      expect(answer.listing.status).toBe('unknown');
    }
    expect((await controlled('npp', 'UN', '2017-06-01')).status).toBe('unknown'); // "Table I, 2017": year only
    expect((await controlled('4ap', 'UN', '2022-12-01')).status).toBe('controlled');
    expect((await controlled('benzylfentanyl', 'UN')).status).toBe('not_controlled');
    expectFieldErrors(await analyst.get('/api/v1/chemicals/npp/controlled?jurisdiction=XX&date=2021-02-30'), [
      'querystring.jurisdiction',
      'querystring.date',
    ]);
    expectProblem(await analyst.get('/api/v1/chemicals/nope/controlled?jurisdiction=MX'), 404, 'not-found');
  });

  it('shows a chemical with one listing per jurisdiction, verbatim, unknown values as unknown', async () => {
    const response = await analyst.get('/api/v1/chemicals/boc4piperidone');
    expect(response.statusCode, response.body).toBe(200);
    const chem = response.json<ChemicalView>();
    expect(chem).toMatchObject({ id: 'boc4piperidone', cas: '79099-07-3', history: [] });
    expect(chem.listings.map((l) => [l.jurisdiction, l.status, l.control])).toEqual([
      ['UN', 'listed', 'controlled'],
      ['US', 'listed', 'controlled'],
      ['MX', 'unknown', 'unknown'],
      ['CA', 'unknown', 'unknown'],
    ]);
    expect(chem.listings[1]?.effective).toMatchObject({ earliest: '2023-05-12', precision: 'day' });
    expect(chem.listings[3]?.text).toBe('NOT VERIFIED');
    expectProblem(await analyst.get('/api/v1/chemicals/does-not-exist'), 404, 'not-found');
    expectFieldErrors(await analyst.get('/api/v1/chemicals/..%2Fetc'), ['params.id']);
  });

  it('draws the structure as RDKit SVG', async () => {
    const response = await analyst.get('/api/v1/chemicals/anpp/structure.svg');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(response.body).toMatch(/<svg[\s\S]*<\/svg>/);
    expect(response.body).not.toMatch(/<script|<text|href=/i);
    expect((await analyst.get('/api/v1/chemicals/anpp/structure.svg')).body).toBe(response.body); // cached
  });

  it('a regulator records a new listing: it supersedes the old row, which is kept, and both are audited', async () => {
    const audits = await auditCount(t.db, 'chemical.listing_superseded');
    const before = (await analyst.get('/api/v1/chemicals/norfentanyl')).json<ChemicalView>();
    const old = before.listings.find((l) => l.jurisdiction === 'MX')!;
    expect((await controlled('norfentanyl', 'MX', '2024-06-01')).status).toBe('unknown');
    const body = {
      jurisdiction: 'MX',
      text: 'Added, DOF 10 Mar 2023',
      source: 'DOF 10/03/2023 (test)',
      supersedes: old.id,
    };

    // Only regulators write.
    for (const email of ['analista@fgr.demo', 'admin@fgr.demo', 'tracer@ntc.demo', 'sysadmin@rastro.demo']) {
      const other = await t.signIn(email);
      expectProblem(await other.post('/api/v1/chemicals/norfentanyl/listings', body), 403, 'forbidden');
    }
    const response = await regulator.post('/api/v1/chemicals/norfentanyl/listings', body);
    expect(response.statusCode, response.body).toBe(201);
    const after = response.json<ChemicalView>();
    const mx = after.listings.find((l) => l.jurisdiction === 'MX')!;
    expect(mx).toMatchObject({
      text: 'Added, DOF 10 Mar 2023',
      status: 'listed',
      recordedBy: expect.any(String),
    });
    expect(after.history).toEqual([
      expect.objectContaining({ id: old.id, text: 'NOT FOUND in corpus', supersededBy: mx.id }),
    ]);
    expect((await controlled('norfentanyl', 'MX', '2024-06-01')).status).toBe('controlled');
    expect((await controlled('norfentanyl', 'MX', '2023-01-01')).status).toBe('not_controlled');
    expect(await auditCount(t.db, 'chemical.listing_superseded')).toBe(audits + 1);

    // A stale `supersedes` is a conflict, and nothing is written.
    const counts = await rowCounts(t.db);
    expectProblem(await regulator.post('/api/v1/chemicals/norfentanyl/listings', body), 409, 'conflict');
    expect(await rowCounts(t.db)).toEqual(counts);
    // The database itself refuses to edit or delete history.
    await expect(t.db.deleteFrom('chemical_listings' as never).execute()).rejects.toThrow(/history/);
  });

  it('a regulator adds a chemical (audited); identifiers are checked; others may not', async () => {
    const body = {
      name: '1-Cbz-4-piperidone',
      synonyms: ['benzyl 4-oxopiperidine-1-carboxylate'],
      cas: '19099-93-5',
      smiles: 'O=C1CCN(C(=O)OCc2ccccc2)CC1',
      formula: 'C13H15NO3',
      source: 'Test: regulator entry',
      listings: [{ jurisdiction: 'US', text: 'List I as carbamate of 4-piperidone since 12 May 2023' }],
    };
    expectProblem(await analyst.post('/api/v1/chemicals', body), 403, 'forbidden');
    const counts = await rowCounts(t.db);
    const bad = await regulator.post('/api/v1/chemicals', {
      ...body,
      cas: '19099-93-4',
      smiles: 'C1CC',
      formula: 'C13H15NO4',
    });
    const problem = expectFieldErrors(bad, ['cas', 'smiles']);
    expect(problem.errors!.find((e) => e.field === 'cas')?.code).toBe('cas_check_digit');
    expectFieldErrors(await regulator.post('/api/v1/chemicals', { ...body, formula: 'C13H15NO4' }), [
      'formula',
    ]);
    expect(await rowCounts(t.db)).toEqual(counts);

    const created = await regulator.post('/api/v1/chemicals', body);
    expect(created.statusCode, created.body).toBe(201);
    const chem = created.json<ChemicalView>();
    expect(chem).toMatchObject({
      id: '1-cbz-4-piperidone',
      cas: '19099-93-5',
      inchikey: expect.stringMatching(/^[A-Z]{14}-/),
    });
    expect(chem.listings.map((l) => l.status)).toEqual(['unknown', 'listed', 'unknown', 'unknown']);
    expect(await auditCount(t.db, 'chemical.create')).toBeGreaterThanOrEqual(1);
    expect((await search('Cbz'))[0]?.id).toBe('1-cbz-4-piperidone');
    expectFieldErrors(await regulator.post('/api/v1/chemicals', body), ['name', 'cas']);
  });
});
