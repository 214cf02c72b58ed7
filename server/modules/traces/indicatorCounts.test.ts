// The running counts behind two indicators (migration 0025, decision 0021) must equal what counting the traces gives,
// after every kind of statement on traces: inserts, updates that complete, re-key or clear a trace, and deletes.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/connect';
import { DATABASE_KINDS } from '../../test/databases';
import { createTestApp, type TestApp } from '../../test/testApp';
import { rowsForBareTraces } from './testFixtures';

interface CountRow {
  kind: string;
  key: string;
  traces: number;
}

/** The counts as the walk used to compute them: one count over traces per purchaser and per dealer and recovery month. */
const countedFromTraces = async (db: Db) =>
  (
    await sql<CountRow>`
      SELECT 'purchaser' AS kind, purchaser_key AS key, count(*)::int AS traces
      FROM traces WHERE purchaser_key IS NOT NULL GROUP BY purchaser_key
      UNION ALL
      SELECT 'dealer_short_ttc', dealer_holder_id::text || '|' || to_char(recovered_on, 'YYYY-MM'), count(*)::int
      FROM traces WHERE dealer_holder_id IS NOT NULL AND (result -> 'ttc' ->> 'band') IN ('strong', 'indicator')
      GROUP BY 2
      ORDER BY 1, 2`.execute(db)
  ).rows;

const runningCounts = async (db: Db) =>
  (
    await sql<CountRow>`
      SELECT kind, key, traces FROM trace_indicator_counts WHERE traces > 0 ORDER BY 1, 2`.execute(db)
  ).rows;

describe.each(DATABASE_KINDS)('trace indicator counts on %s', (kind) => {
  let t: TestApp;
  let ids: { agency: string; user: string; recovery: string; holders: string[] };
  beforeAll(async () => {
    t = await createTestApp(kind);
    const { agency, user, recovery } = await rowsForBareTraces(t.db);
    const holders = await sql<{ id: string }>`SELECT id FROM record_holders ORDER BY id LIMIT 3`.execute(
      t.db,
    );
    ids = { agency, user, recovery, holders: holders.rows.map((r) => r.id) };
  });
  afterAll(async () => {
    await t?.close();
  });

  it('equal the counts over traces after inserts, updates and deletes', async () => {
    // Every combination of a trace's counted facts: a purchaser (or none), a dealer (or none), a TTC band (or no
    // result); a statement's rows are combination `i + shift` of the 64, recovered in one of three months.
    const purchasers = [null, 'ana ruiz|1990-01-02', 'bob lee|', "o'neil|"];
    const dealers = [null, ...ids.holders];
    const bands = [null, 'strong', 'indicator', 'none'];
    const recoveryDates = ['2023-12-31', '2024-01-01', '2024-02-29'];
    const rows = (shift: number) =>
      Array.from({ length: 64 }, (_, i) => {
        const at = (i + shift) % 64;
        const band = bands[at >> 4];
        return {
          purchaser_key: purchasers[at % 4],
          dealer_holder_id: dealers[(at >> 2) % 4],
          result: band ? { ttc: { band } } : null,
          recovered_on: recoveryDates[at % 3],
        };
      });
    const newIds = (
      await sql<{ id: string }>`
        INSERT INTO traces (owner_agency_id, distribution, tlp, recovery_id, priority, status, routing_reason,
          serial_state, recovered_on, recovery_country, created_by_user_id, purchaser_key, dealer_holder_id, result)
        SELECT ${ids.agency}::uuid, 'agency', 'GREEN', ${ids.recovery}::uuid, 'routine', 'completed', 'test',
          'intact', x.recovered_on, 'MX', ${ids.user}::uuid, x.purchaser_key, x.dealer_holder_id, x.result
        FROM jsonb_to_recordset(${JSON.stringify(rows(0))}::jsonb)
          AS x(purchaser_key text, dealer_holder_id uuid, result jsonb, recovered_on date)
        RETURNING id`.execute(t.db)
    ).rows.map((r) => r.id);
    expect(await runningCounts(t.db)).toEqual(await countedFromTraces(t.db));
    // 3 purchasers, and 3 dealers with short-TTC traces in each of the 3 months.
    expect((await runningCounts(t.db)).length).toBe(12);

    // Each trace gets another trace's facts in one statement: completed, re-keyed, cleared, moved to another month.
    await sql`
      UPDATE traces t SET purchaser_key = x.purchaser_key, dealer_holder_id = x.dealer_holder_id, result = x.result,
        recovered_on = x.recovered_on
      FROM (SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows(23).map((r, i) => ({ ...r, id: newIds[i] })))}::jsonb)
        AS x(id uuid, purchaser_key text, dealer_holder_id uuid, result jsonb, recovered_on date)) x
      WHERE t.id = x.id`.execute(t.db);
    expect(await runningCounts(t.db)).toEqual(await countedFromTraces(t.db));

    // An update that touches none of the counted facts moves no count.
    const before = await runningCounts(t.db);
    await sql`UPDATE traces SET version = version + 1 WHERE id = ANY(${newIds}::uuid[])`.execute(t.db);
    expect(await runningCounts(t.db)).toEqual(before);

    await sql`DELETE FROM traces WHERE id = ANY(${newIds.slice(0, 25)}::uuid[])`.execute(t.db);
    expect(await runningCounts(t.db)).toEqual(await countedFromTraces(t.db));
    await sql`DELETE FROM traces WHERE id = ANY(${newIds}::uuid[])`.execute(t.db);
    expect(await runningCounts(t.db)).toEqual(await countedFromTraces(t.db));
  });
});
