// The trace list and its CSV export on every test database: filters and sorts in SQL, keyset pages, sharing
// (read for the list, export for CSV, TLP:RED never leaves its owner) and formula-safe cells.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTracingDemo } from '../../db/seed/seedTracingDemo';
import { DATABASE_KINDS } from '../../test/databases';
import { expectFieldErrors } from '../../test/problems';
import { createTestApp, type TestApp } from '../../test/testApp';
import {
  ANALYST,
  ANAM,
  CBP,
  connectDemoHolders,
  DEALER,
  INVESTIGATOR,
  MAKER,
  userClients,
  recoveryRecorder,
} from './testFixtures';

interface Item {
  id: string;
  recoveryId: string;
  status: string;
  recoveryState: string | null;
  caliber: string | null;
  timeToCrimeDays: number | null;
  timeToCrimeYears: number | null;
  indicatorCodes: string[];
  firearm: { model: string | null; serial: string | null };
}

describe.each(DATABASE_KINDS)('trace list and export on %s', (kind) => {
  let t: TestApp;
  const as = userClients(() => t);
  const ids = {
    completed: '',
    late: '',
    awaiting: '',
    red: '',
    formula: '',
    agencyOnly: '',
    homeRecovery: '',
  };
  const recover = recoveryRecorder(as, 'FGE/SON/LIST');
  const traceOf = async (recovery: Record<string, unknown>, trace: Record<string, unknown> = {}) => {
    const recoveryId = await recover({ distribution: 'country', ...recovery });
    const response = await (
      await as(INVESTIGATOR)
    ).post('/api/v1/traces', {
      recoveryId,
      priority: 'routine',
      distribution: 'country',
      tlp: 'AMBER',
      ...trace,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string; status: string }>();
  };
  const list = async (who: string, query = '') => {
    const response = await (await as(who)).get(`/api/v1/traces${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: Item[]; nextCursor: string | null }>();
  };
  const exportCsv = async (who: string, query = '') => {
    const response = await (await as(who)).get(`/api/v1/traces/export.csv${query}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    return response.body;
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    await seedTracingDemo(t.db);
    await connectDemoHolders(t, as);
    const completed = await traceOf({ serial: 'AAA1001' });
    expect(completed.status).toBe('completed');
    ids.completed = completed.id;
    const late = await traceOf({ serial: 'ABC1234', recoveredOn: '2025-09-15', recoveryState: 'CHIH' });
    expect(late.status).toBe('completed');
    ids.late = late.id;
    const awaiting = await traceOf({ serial: 'AAA1002', caliber: '.45 ACP', model: 'G21' });
    expect(awaiting.status).toBe('awaiting_record_holder');
    ids.awaiting = awaiting.id;
    ids.red = (await traceOf({ serial: 'AAA1003' }, { tlp: 'RED' })).id;
    ids.formula = (await traceOf({ serial: 'ZZZ9999', model: '=HYPERLINK("http://x")' })).id;
    ids.agencyOnly = (
      await traceOf({ serial: 'AAA1001', recoveredOn: '2024-04-01' }, { distribution: 'agency' })
    ).id;
    // Shared trace, agency-only recovery: others read the trace but not the recovery's state or caliber.
    ids.homeRecovery = (
      await traceOf({ serial: 'AAA1001', recoveredOn: '2024-05-01', distribution: 'agency' })
    ).id;
    // TLP:RED reaches ANAM only by the owner's grant by name; even then it may not be exported.
    const anam = await t.db
      .selectFrom('agencies')
      .select('id')
      .where('code', '=', 'MX-ANAM')
      .executeTakeFirst();
    const owner = await t.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', INVESTIGATOR)
      .executeTakeFirstOrThrow();
    expect(anam, 'MX-ANAM agency in demo data').toBeDefined();
    await t.db
      .insertInto('access_grants')
      .values({
        record_type: 'trace',
        record_id: ids.red,
        grantee_agency_id: anam!.id,
        granted_by_user_id: owner.id,
      })
      .execute();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('filters by status, place, make, caliber, indicator and dates, in SQL', async () => {
    const byStatus = await list(INVESTIGATOR, '?status=completed');
    expect(byStatus.items.map((i) => i.id).sort()).toEqual(
      [ids.completed, ids.late, ids.agencyOnly, ids.homeRecovery].sort(),
    );
    expect((await list(INVESTIGATOR, '?state=chih')).items.map((i) => i.id)).toEqual([ids.late]);
    const late = (await list(INVESTIGATOR, '?state=chih')).items[0]!;
    expect((await list(INVESTIGATOR, `?recoveryId=${late.recoveryId}`)).items.map((i) => i.id)).toEqual([
      ids.late,
    ]);
    const caliber = await list(INVESTIGATOR, '?caliber=.45%20ACP');
    expect(caliber.items.map((i) => [i.id, i.caliber])).toEqual([[ids.awaiting, '.45 ACP']]);
    expect((await list(INVESTIGATOR, '?make=Smith%20%26%20Wesson')).items).toEqual([]);
    expect((await list(INVESTIGATOR, '?make=glock')).items).toHaveLength(7);
    const shortTtc = await list(INVESTIGATOR, '?indicator=short_ttc');
    expect(shortTtc.items.map((i) => i.id).sort()).toEqual(
      [ids.completed, ids.late, ids.agencyOnly, ids.homeRecovery].sort(),
    );
    for (const item of shortTtc.items) expect(item.indicatorCodes).toContain('short_ttc');
    expect((await list(INVESTIGATOR, '?indicator=multiple_sales_report')).items).toEqual([]);
    expect((await list(INVESTIGATOR, '?recoveredFrom=2025-01-01')).items.map((i) => i.id)).toEqual([
      ids.late,
    ]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await list(INVESTIGATOR, `?requestedFrom=${today}&requestedTo=${today}`)).items).toHaveLength(7);
    expect((await list(INVESTIGATOR, '?requestedTo=2020-01-01')).items).toEqual([]);
    expectFieldErrors(await (await as(INVESTIGATOR)).get('/api/v1/traces?recoveredFrom=2024-02-30'), [
      'querystring.recoveredFrom',
    ]);
    expectFieldErrors(await (await as(INVESTIGATOR)).get('/api/v1/traces?indicator=nonsense'), [
      'querystring.indicator',
    ]);
  });

  it('sorts by TTC (unknown last), status and creation, with keyset pages that neither skip nor repeat', async () => {
    const ttc = await list(INVESTIGATOR, '?sort=ttc');
    const days = ttc.items.map((i) => i.timeToCrimeDays);
    expect(days.slice(0, 4)).toEqual([274, 305, 335, 731]);
    expect(days.slice(4)).toEqual([null, null, null]);
    // Years as the result page shows them (calendar years, two decimals), or none with the days.
    const longest = ttc.items[3]!;
    const result = (await (await as(INVESTIGATOR)).get(`/api/v1/traces/${longest.id}`)).json<{
      result: { timeToCrime: { days: number; years: number } };
    }>().result;
    expect(result.timeToCrime.days).toBe(731);
    expect(longest.timeToCrimeYears).toBe(result.timeToCrime.years);
    expect(ttc.items.map((i) => i.timeToCrimeYears === null)).toEqual(days.map((d) => d === null));
    const ttcDesc = await list(INVESTIGATOR, '?sort=ttc&order=desc');
    expect(ttcDesc.items.map((i) => i.timeToCrimeDays).slice(0, 4)).toEqual([731, 335, 305, 274]);
    const rank = ['submitted', 'in_progress', 'awaiting_record_holder', 'completed', 'not_traceable'];
    const statuses = (await list(INVESTIGATOR, '?sort=status')).items.map((i) => rank.indexOf(i.status));
    expect(statuses).toEqual([...statuses].sort((a, b) => a - b));
    for (const sort of ['created', 'status', 'ttc']) {
      const all = (await list(INVESTIGATOR, `?sort=${sort}`)).items.map((i) => i.id);
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await list(
          INVESTIGATOR,
          `?sort=${sort}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        paged.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(paged, sort).toEqual(all);
    }
    expectFieldErrors(await (await as(INVESTIGATOR)).get('/api/v1/traces?cursor=bm9wZQ'), ['cursor']);
  });

  it('lists and exports only what sharing allows: agency-only stays home, TLP:RED is never exported outside its owner', async () => {
    const anamList = (await list(ANAM)).items.map((i) => i.id);
    expect(anamList).toContain(ids.red);
    expect(anamList).not.toContain(ids.agencyOnly);
    expect(anamList).toHaveLength(6);
    // The trace is shared but its recovery is not: no recovery state or caliber, and no filtering by them.
    const shared = (await list(ANAM)).items.find((i) => i.id === ids.homeRecovery)!;
    expect(shared).toMatchObject({ recoveryState: null, caliber: null });
    expect((await list(ANAM, '?state=SON')).items.map((i) => i.id)).not.toContain(ids.homeRecovery);
    expect((await list(INVESTIGATOR, '?state=SON')).items.map((i) => i.id)).toContain(ids.homeRecovery);
    const anamCsv = await exportCsv(ANAM);
    expect(anamCsv).not.toContain(ids.red);
    expect(anamCsv).not.toContain(ids.agencyOnly);
    expect(anamCsv.trim().split('\r\n')).toHaveLength(1 + 5);
    const ownCsv = await exportCsv(INVESTIGATOR);
    expect(ownCsv).toContain(ids.red);
    expect(ownCsv).toContain(ids.agencyOnly);
    // Another country's agency and the record holders see none of it.
    expect((await list(CBP)).items).toEqual([]);
    expect((await exportCsv(CBP)).trim().split('\r\n')).toHaveLength(1);
    for (const holder of [DEALER, MAKER]) {
      expect((await list(holder)).items).toEqual([]);
      expect((await exportCsv(holder)).trim().split('\r\n')).toHaveLength(1);
    }
    // Another Mexican agency without the grant: the country's list without the RED trace; no personal data.
    expect((await list(ANALYST)).items.map((i) => i.id)).not.toContain(ids.red);
    expect((await list(ANALYST)).items).toHaveLength(5);
    for (const csv of [ownCsv, anamCsv]) {
      expect(csv).not.toContain('Robert Lee Straw');
      expect(csv).not.toContain('Juan Pérez');
    }
    const audit = await t.db
      .selectFrom('audit_events')
      .select(['details'])
      .where('action', '=', 'trace.export')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });

  it("only record holders' users get the holder inbox ability, and only that (their navigation)", async () => {
    const abilitiesOf = async (email: string) =>
      (await (await as(email)).get('/api/v1/session')).json<{ abilities: string[] }>().abilities;
    expect(await abilitiesOf(DEALER)).toEqual(['answer_trace_hops']);
    expect(await abilitiesOf(MAKER)).toContain('answer_trace_hops');
    for (const email of [INVESTIGATOR, ANALYST, CBP])
      expect(await abilitiesOf(email)).not.toContain('answer_trace_hops');
  });

  it('exports with the list filters, and cells that would be formulas are neutralised', async () => {
    const csv = await exportCsv(INVESTIGATOR, '?status=completed&sort=ttc');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toContain('time_to_crime_days,time_to_crime_years,');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual([
      ids.completed,
      ids.agencyOnly,
      ids.homeRecovery,
      ids.late,
    ]);
    expect(lines[1]).toContain('short_ttc');
    const all = await exportCsv(INVESTIGATOR);
    expect(all).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(all).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('shows the serial as recorded (plain), never its folded search key, in the list, the trace, its CSVs', async () => {
    // Folding turns S, O, I, B into 5, 0, 1, 8 for matching; an officer must read back what is stamped on the gun.
    const traced = await traceOf({ serial: 'sob-1i8', caseNumber: 'FGE/SON/LIST/SERIAL' });
    const listed = (await list(INVESTIGATOR, '?limit=200')).items.find((i) => i.id === traced.id);
    expect(listed?.firearm.serial).toBe('SOB1I8');
    const detail = (await (await as(INVESTIGATOR)).get(`/api/v1/traces/${traced.id}`)).json<{
      firearm: { serial: string };
    }>();
    expect(detail.firearm.serial).toBe('SOB1I8');
    expect(await exportCsv(INVESTIGATOR)).toContain(',SOB1I8,');
    const result = await (await as(INVESTIGATOR)).get(`/api/v1/traces/${traced.id}/result.csv`);
    expect(result.body).toContain('firearm,serial,SOB1I8,');
    expect(`${result.body}${await exportCsv(INVESTIGATOR)}`).not.toContain('50B118');
  });

  it('refuses a cursor whose sort key does not fit its sort with a 422, never a 500', async () => {
    const cursorOf = (k: string) =>
      Buffer.from(JSON.stringify({ k, id: '00000000-0000-0000-0000-000000000000' })).toString('base64url');
    for (const [sort, k] of [
      ['created', '9999-99-99'],
      ['created', 'abc'],
      ['created', '2026-02-30 10:00:00+00'],
      ['ttc', '1e999'],
      ['ttc', '99999999999'],
      ['status', 'abc'],
    ] as const) {
      const response = await (
        await as(INVESTIGATOR)
      ).get(`/api/v1/traces?sort=${sort}&cursor=${cursorOf(k)}`);
      expectFieldErrors(response, ['cursor']);
    }
    // A real cursor still pages.
    const first = await list(INVESTIGATOR, '?limit=1&sort=created');
    expect((await list(INVESTIGATOR, `?limit=1&sort=created&cursor=${first.nextCursor}`)).items).toHaveLength(
      1,
    );
  });

  it('matches the recovery state by code or name, whatever the case and accents, in the chosen country', async () => {
    const sonora = (await list(INVESTIGATOR, '?state=SON&limit=200')).items.map((i) => i.id).sort();
    expect(sonora.length).toBeGreaterThan(0);
    for (const state of ['Sonora', 'sonora', 'SONORA', '%20son%20'])
      expect(
        (await list(INVESTIGATOR, `?state=${state}&limit=200`)).items.map((i) => i.id).sort(),
        state,
      ).toEqual(sonora);
    // Stored as a name with an accent: found by its code and by the name typed without the accent.
    const leon = (
      await traceOf({ serial: 'AAA1001', recoveryState: 'Nuevo León', caseNumber: 'FGE/SON/LIST/NL' })
    ).id;
    for (const state of ['NL', 'Nuevo%20Leon', 'nuevo%20le%C3%B3n', 'NLE'])
      expect(
        (await list(INVESTIGATOR, `?state=${state}`)).items.map((i) => i.id),
        state,
      ).toEqual([leon]);
    // The country narrows a shared code: NL is also Newfoundland and Labrador.
    expect((await list(INVESTIGATOR, '?state=NL&country=MX')).items.map((i) => i.id)).toEqual([leon]);
    expect((await list(INVESTIGATOR, '?state=NL&country=CA')).items).toEqual([]);
    expect((await list(INVESTIGATOR, '?state=Chihuahua')).items.map((i) => i.id)).toEqual([ids.late]);
    expect((await list(INVESTIGATOR, '?state=Texas')).items).toEqual([]);
  });

  it('filters by recovery country and date range, and refuses a range that ends before it starts', async () => {
    expect((await list(INVESTIGATOR, '?country=US')).items).toEqual([]);
    const mx = await list(INVESTIGATOR, '?country=MX&limit=200');
    expect(mx.items.length).toBe((await list(INVESTIGATOR, '?limit=200')).items.length);
    expect(
      (await list(INVESTIGATOR, '?recoveredFrom=2025-09-01&recoveredTo=2025-09-30')).items.map((i) => i.id),
    ).toEqual([ids.late]);
    expect((await list(INVESTIGATOR, '?recoveredFrom=2025-09-15&recoveredTo=2025-09-15')).items).toHaveLength(
      1,
    );
    for (const path of ['/api/v1/traces', '/api/v1/traces/export.csv']) {
      const recovered = expectFieldErrors(
        await (await as(INVESTIGATOR)).get(`${path}?recoveredFrom=2025-09-30&recoveredTo=2025-09-01`),
        ['querystring.recoveredTo'],
      );
      expect(recovered.errors?.map((e) => e.field)).toEqual(['querystring.recoveredTo']);
    }
    const requested = await (
      await as(INVESTIGATOR)
    ).get('/api/v1/traces?requestedFrom=2026-02-01&requestedTo=2026-01-01', { 'accept-language': 'es' });
    const body = expectFieldErrors(requested, ['querystring.requestedTo']);
    expect(body.errors?.[0]?.message).toBe('El final del intervalo es anterior a su inicio.');
  });
});
