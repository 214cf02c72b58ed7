// The scale seed on every test database: realistic shares (Texas and the border states, time-to-crime), the same rows
// for the same seed, a refused second run, and chains that really walk: a seeded recovery whose chain is connected
// completes through the API, one with an unconnected holder waits in its inbox, a pre-1968 gun is not traceable;
// `--traces` then traces a sample of them, each by the agency that recovered it; straw purchases give multiple-sales
// reports, whose traced guns carry the indicator and give match notices.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../../test/databases';
import { createTestApp, type TestApp, type UserClient } from '../../../test/testApp';
import { MAKES, checkMultipleSale } from '../../../../core/firearms';
import { introducedIn } from './modelYears';
import { seedScale, type ScaleReport } from './seedScale';
import { traceSeededRecoveries } from './traceRecoveries';

const RECORDS = 6000;

describe.each(DATABASE_KINDS)('scale seed on %s', (kind) => {
  let t: TestApp;
  let report: ScaleReport;
  let investigator: UserClient;
  const recoveryOf = async (outcome: string) =>
    (
      await sql<{ id: string; other_markings: string | null }>`
        SELECT id, other_markings FROM recoveries WHERE case_number LIKE ${`%-${outcome}-%`}
          AND distribution = 'partners' ORDER BY case_number LIMIT 1`.execute(t.db)
    ).rows[0]!;

  beforeAll(async () => {
    t = await createTestApp(kind);
    report = await seedScale(t.database, { records: RECORDS, seed: 7 });
    investigator = await t.signIn('investigador@fge-son.demo');
  }, 300_000);
  afterAll(async () => {
    await t?.close();
  });

  it('makes about N A&D records with holders, recoveries and lost/stolen reports, and refuses a second run', async () => {
    expect(report).toMatchObject({ seeded: true });
    expect(report.adRecords).toBeGreaterThanOrEqual(RECORDS);
    expect(report.adRecords).toBeLessThan(RECORDS + 4);
    const counts = await sql<{ ad: string; rec: string; lost: string }>`
      SELECT (SELECT count(*) FROM ad_records a JOIN record_holders h ON h.id = a.holder_id
               WHERE h.licence_number LIKE 'SCALE%') AS ad,
             (SELECT count(*) FROM recoveries WHERE case_number LIKE 'SCALE%') AS rec,
             (SELECT count(*) FROM lost_stolen_reports WHERE details LIKE 'Reported%') AS lost`.execute(t.db);
    expect(counts.rows[0]).toEqual({
      ad: String(report.adRecords),
      rec: String(report.recoveries),
      lost: String(report.lostStolen),
    });
    expect(report.recoveries).toBeGreaterThan(RECORDS / 10);
    // The bulk load dropped the secondary indexes of the nearly empty tables; they are all back.
    const indexes = await sql<{ indexname: string }>`
      SELECT indexname FROM pg_indexes WHERE tablename = 'ad_records' ORDER BY indexname`.execute(t.db);
    expect(indexes.rows.map((r) => r.indexname)).toEqual(['ad_records_key_idx', 'ad_records_pkey']);
    const second = await seedScale(t.database, { records: RECORDS, seed: 7 });
    expect(second.seeded).toBe(false);
    const after = await sql<{
      n: string;
    }>`SELECT count(*) AS n FROM recoveries WHERE case_number LIKE 'SCALE%'`.execute(t.db);
    expect(Number(after.rows[0]!.n)).toBe(report.recoveries);
  });

  it('sells guns recovered in Mexico mostly in Texas and the border states, with a realistic time-to-crime', async () => {
    const shares = await sql<{ mx: string; tx: number; border: number; under3: number; median: number }>`
      SELECT count(*) AS mx, avg((h.us_state = 'TX')::int)::float8 AS tx,
             avg((h.us_state IN ('TX', 'AZ', 'CA', 'NM'))::int)::float8 AS border,
             avg(((r.recovered_on - a.disposed_on) < 1096)::int)::float8 AS under3,
             (percentile_cont(0.5) WITHIN GROUP (ORDER BY r.recovered_on - a.disposed_on) / 365.25)::float8 AS median
      FROM recoveries r
      JOIN ad_records a ON a.serial_folded = r.serial_folded AND a.make_key = r.make_key AND a.disposition = 'sale'
      JOIN record_holders h ON h.id = a.holder_id
      WHERE r.recovery_country = 'MX' AND r.serial_state = 'intact'`.execute(t.db);
    const s = shares.rows[0]!;
    expect(Number(s.mx)).toBeGreaterThan(300);
    expect(s.tx).toBeGreaterThan(0.38);
    expect(s.border).toBeGreaterThan(0.65); // weights unchanged; a few hundred guns vary by a few points per seed stream
    expect(s.border).toBeLessThan(0.84);
    expect(s.under3).toBeGreaterThan(0.25);
    expect(s.under3).toBeLessThan(0.42);
    expect(s.median).toBeGreaterThan(3.5);
    expect(s.median).toBeLessThan(9);
  });

  it('sells no gun before its model existed, piles no time-to-crime on one value, and warns only of real gaps', async () => {
    const sales = await sql<{ make_key: string; model: string; year: number; ttc: number | null }>`
      SELECT a.make_key, a.model, extract(year FROM a.disposed_on)::int AS year, r.recovered_on - a.disposed_on AS ttc
      FROM ad_records a JOIN record_holders h ON h.id = a.holder_id
      LEFT JOIN recoveries r ON r.serial_folded = a.serial_folded AND r.make_key = a.make_key
      WHERE h.licence_number LIKE 'SCALE%' AND a.disposition = 'sale'`.execute(t.db);
    const firstYear = (makeId: string, name: string) => {
      const make = MAKES.find((m) => m.id === makeId)!;
      return (
        introducedIn(
          make,
          make.models.find((m) => m.name === name)!,
        ) ?? 1969
      );
    };
    const early = sales.rows.filter((s) => s.year < Math.max(1969, firstYear(s.make_key, s.model)));
    expect(early.slice(0, 5)).toEqual([]);
    const perTtc = new Map<number, number>();
    for (const s of sales.rows) if (s.ttc !== null) perTtc.set(s.ttc, (perTtc.get(s.ttc) ?? 0) + 1);
    expect(Math.max(...perTtc.values())).toBeLessThanOrEqual(5);

    const pre = await sql<{ make_key: string; model: string; other_markings: string }>`
      SELECT make_key, model, other_markings FROM recoveries
      WHERE case_number LIKE '%-PRE-%' AND other_markings LIKE 'Manufactured %'`.execute(t.db);
    expect(pre.rows.length).toBeGreaterThan(0);
    for (const r of pre.rows)
      expect(firstYear(r.make_key, r.model), r.model).toBeLessThanOrEqual(Number(r.other_markings.slice(13)));

    const typeless = await sql<{ n: string }>`
      SELECT count(*) AS n FROM recoveries
      WHERE case_number LIKE 'SCALE%' AND description_warnings::text LIKE '%missing_type%'`.execute(t.db);
    expect(Number(typeless.rows[0]!.n)).toBe(0);
  });

  it('gives the same rows for the same seed', async () => {
    const digest = async (db: TestApp['db']) =>
      (
        await sql<{
          d: string;
        }>`SELECT md5(string_agg(case_number || coalesce(serial_folded, '-') || recovered_on::text,
          ',' ORDER BY case_number)) AS d FROM recoveries WHERE case_number LIKE 'SCALE%'`.execute(db)
      ).rows[0]!.d;
    const reports = async (db: TestApp['db']) =>
      (
        await sql<{
          d: string;
        }>`SELECT md5(string_agg(m.dealer_licence || m.purchaser_name || f.serial_folded ||
          f.sold_on::text, ',' ORDER BY m.dealer_licence, f.serial_folded)) AS d
          FROM multiple_sales_reports m JOIN multiple_sales_firearms f ON f.report_id = m.id`.execute(db)
      ).rows[0]!.d;
    const other = await createTestApp(kind);
    try {
      await seedScale(other.database, { records: RECORDS, seed: 7 });
      expect(await digest(other.db)).toBe(await digest(t.db));
      expect(await reports(other.db)).toBe(await reports(t.db));
    } finally {
      await other.close();
    }
  }, 300_000);

  it('seeded chains walk: connected completes with TTC, an unconnected holder waits, pre-1968 is not traceable', async () => {
    const trace = async (outcome: string, extra: Record<string, unknown> = {}) => {
      const recovery = await recoveryOf(outcome);
      const response = await investigator.post('/api/v1/traces', {
        recoveryId: recovery.id,
        priority: 'routine',
        ...extra,
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json<{
        status: string;
        reason: string | null;
        result: { timeToCrime: { days: number }; dealer: { country: string } } | null;
      }>();
    };
    const connected = await trace('CON');
    expect(connected.status).toBe('completed');
    expect(connected.result!.timeToCrime.days).toBeGreaterThan(0);
    expect(connected.result!.dealer.country).toBe('US');
    expect((await trace('INB')).status).toBe('awaiting_record_holder');
    const pre = await recoveryOf('PRE');
    const year = Number(pre.other_markings!.match(/(\d{4})/)![1]);
    expect(year).toBeLessThan(1968);
    expect(await trace('PRE', { manufactureYear: year })).toMatchObject({ status: 'not_traceable' });
  });

  it('--traces requests traces of untraced seeded recoveries by their own agencies, with every kind of outcome', async () => {
    const progress: number[] = [];
    const before = new Date();
    const report = await traceSeededRecoveries(t.db, 400, (done) => progress.push(done));
    expect(report.requested).toBe(400);
    expect(progress.at(-1)).toBe(400);
    const made = Object.values(report.statuses).reduce((a, b) => a + b, 0);
    expect(made + report.skipped).toBe(400);
    expect(report.skipped).toBe(0);
    for (const status of ['completed', 'awaiting_record_holder', 'not_traceable'])
      expect(report.statuses[status], status).toBeGreaterThan(0);
    const check = await sql<{ traces: string; foreign: string; ttc: string; audited: string }>`
      SELECT count(*) AS traces,
             count(*) FILTER (WHERE t.owner_agency_id <> r.owner_agency_id) AS foreign,
             count(*) FILTER (WHERE t.status = 'completed' AND t.ttc_days IS NOT NULL) AS ttc,
             (SELECT count(*) FROM audit_events WHERE request_id = 'seed-traces') AS audited
      FROM traces t JOIN recoveries r ON r.id = t.recovery_id
      WHERE r.case_number LIKE 'SCALE%' AND t.created_at >= ${before}`.execute(t.db);
    const row = check.rows[0]!;
    expect(Number(row.traces)).toBe(made);
    expect(row.foreign).toBe('0');
    expect(Number(row.ttc)).toBe(report.statuses.completed);
    expect(Number(row.audited)).toBeGreaterThanOrEqual(made);
    // A second run asks about other recoveries: none is traced twice.
    const again = await traceSeededRecoveries(t.db, 50);
    expect(again).toMatchObject({ requested: 50, skipped: 0 });
  });

  it('files multiple-sales reports of straw purchases as the form requires, flagged in traces and noticed', async () => {
    expect(report.multipleSales).toBeGreaterThan(0);
    const reports = await sql<{
      id: string;
      dealer_state: string;
      purchaser_name: string;
      first_sale_on: string;
      last_sale_on: string;
      owner: string;
      centre: string | null;
      kind: string;
      licence_matches: boolean;
      adult: boolean;
      lines: { type: string; soldOn: string; sale: boolean | null }[];
    }>`
      SELECT m.id, m.dealer_state, m.purchaser_name, m.first_sale_on::text, m.last_sale_on::text,
             o.code AS owner, c.code AS centre, h.kind, h.licence_number = m.dealer_licence AS licence_matches,
             m.purchaser_birth_date + interval '21 years' <= m.first_sale_on AS adult,
             (SELECT json_agg(json_build_object('type', f.type, 'soldOn', f.sold_on::text,
                'sale', CASE WHEN h.connected THEN EXISTS (SELECT 1 FROM ad_records a
                  WHERE a.holder_id = h.id AND a.serial_folded = f.serial_folded AND a.make_key = f.make_key
                    AND a.disposition = 'sale' AND a.purchaser_name = m.purchaser_name AND a.disposed_on = f.sold_on)
                END) ORDER BY f.line) FROM multiple_sales_firearms f WHERE f.report_id = m.id) AS lines
      FROM multiple_sales_reports m JOIN agencies o ON o.id = m.owner_agency_id
      LEFT JOIN agencies c ON c.id = m.centre_agency_id JOIN record_holders h ON h.id = m.dealer_holder_id`.execute(
      t.db,
    );
    expect(reports.rows).toHaveLength(report.multipleSales);
    for (const r of reports.rows) {
      // Filed as the tracing centre files a copy it received, held by itself, for the seller's dealer licence.
      expect(r).toMatchObject({
        owner: 'US-NTC',
        centre: 'US-NTC',
        kind: 'dealer',
        licence_matches: true,
        adult: true,
      });
      expect(r.lines.length).toBeGreaterThanOrEqual(2);
      expect(r.lines.length).toBeLessThanOrEqual(5);
      const lines = r.lines.map((l) => ({ type: 'P' as const, soldOn: l.soldOn }));
      expect(r.lines.every((l) => l.type === 'P')).toBe(true);
      expect(checkMultipleSale('handguns', lines, r.dealer_state)).toEqual([]);
      expect([r.first_sale_on, r.last_sale_on]).toEqual([lines[0]!.soldOn, lines.at(-1)!.soldOn].sort());
      // The same synthetic purchaser in the dealer's own sale records, when the dealer keeps them in Rastro.
      expect(r.lines.filter((l) => l.sale === false)).toEqual([]);
    }

    const flagged = await sql<{ id: string; recovery_id: string; reports: number; listing: string }>`
      SELECT t.id, t.recovery_id, (i.value -> 'params' ->> 'reports')::int AS reports,
             (SELECT count(DISTINCT f.report_id) FROM recoveries r JOIN multiple_sales_firearms f
                ON f.serial_folded = r.serial_folded AND f.make_key = r.make_key WHERE r.id = t.recovery_id) AS listing
      FROM traces t CROSS JOIN LATERAL jsonb_array_elements(t.result -> 'indicators') i
      WHERE i.value ->> 'code' = 'multiple_sales_report'`.execute(t.db);
    expect(flagged.rows.length).toBeGreaterThan(0);
    for (const f of flagged.rows) expect(Number(f.listing)).toBe(f.reports);

    // Each seeded report and recovery of one gun: a notice for the centre (its report) and for the recovering agency.
    const pairs = await sql<{ pairs: string; centre: string; recovering: string }>`
      WITH p AS (SELECT DISTINCT m.id AS report_id, r.id AS recovery_id
        FROM multiple_sales_reports m JOIN multiple_sales_firearms f ON f.report_id = m.id
        JOIN recoveries r ON r.serial_folded = f.serial_folded AND r.make_key = f.make_key)
      SELECT (SELECT count(*) FROM p) AS pairs,
        (SELECT count(*) FROM p JOIN firearm_match_notices n ON n.own_record_type = 'multiple_sales'
           AND n.own_record_id = p.report_id AND n.other_record_id = p.recovery_id) AS centre,
        (SELECT count(*) FROM p JOIN firearm_match_notices n ON n.own_record_type = 'recovery'
           AND n.own_record_id = p.recovery_id AND n.other_record_id = p.report_id) AS recovering`.execute(
      t.db,
    );
    const { pairs: n, centre, recovering } = pairs.rows[0]!;
    expect(Number(n)).toBeGreaterThan(0);
    expect([centre, recovering]).toEqual([n, n]);
    expect(report.matchNotices).toBe(2 * Number(n));
    const tracer = await t.signIn('tracer@ntc.demo');
    const notices = (await tracer.get('/api/v1/firearms/match-notices')).json<{
      items: { own: { recordType: string } }[];
    }>();
    expect(notices.items.some((i) => i.own.recordType === 'multiple_sales')).toBe(true);
  });
});
