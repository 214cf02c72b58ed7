// The walk checks the rows a trace or hop names once per statement instead of by foreign keys (migration 0026): every
// referencing column is covered, a made-up id is refused by name, and the rows named stay locked until commit.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase } from '../../db/connect';
import { DATABASE_KINDS } from '../../test/databases';
import { createTestApp, type TestApp } from '../../test/testApp';
import { rowsForBareTraces } from './testFixtures';
import { lockReferencedRows, TRACE_REFERENCES } from './walkReferences';

describe.each(DATABASE_KINDS)('the rows traces and hops name, on %s', (kind) => {
  let t: TestApp;
  let real: Record<string, string>;
  beforeAll(async () => {
    t = await createTestApp(kind);
    const first = async (query: ReturnType<typeof sql<{ id: string }>>) =>
      (await query.execute(t.db)).rows[0]!.id;
    const { agency, user, recovery } = await rowsForBareTraces(t.db);
    const group = await first(sql`SELECT id FROM sharing_groups ORDER BY name LIMIT 1`);
    const holder = await first(sql`SELECT id FROM record_holders ORDER BY id LIMIT 1`);
    const trace = await first(sql`
      INSERT INTO traces (owner_agency_id, distribution, tlp, recovery_id, priority, status, routing_reason,
        serial_state, recovered_on, recovery_country, created_by_user_id)
      VALUES (${agency}::uuid, 'agency', 'GREEN', ${recovery}::uuid, 'routine', 'submitted', 'test', 'obliterated',
        '2024-01-01', 'MX', ${user}::uuid)
      RETURNING id`);
    real = {
      agencies: agency,
      users: user,
      recoveries: recovery,
      sharing_groups: group,
      record_holders: holder,
      traces: trace,
    };
  });
  afterAll(async () => {
    await t?.close();
  });

  it('covers every column of traces and trace_hops that names another row', async () => {
    const { rows } = await sql<{ table_name: string; column_name: string }>`
      SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name IN ('traces', 'trace_hops') AND data_type = 'uuid'
        AND column_name <> 'id'
      ORDER BY table_name, column_name`.execute(t.db);
    const covered = Object.entries(TRACE_REFERENCES).flatMap(([table, columns]) =>
      Object.keys(columns).map((column) => ({ table_name: table, column_name: column })),
    );
    const byName = (a: { table_name: string; column_name: string }, b: typeof a) =>
      `${a.table_name}.${a.column_name}`.localeCompare(`${b.table_name}.${b.column_name}`);
    expect([...covered].sort(byName)).toEqual([...rows].sort(byName));
  });

  it('passes rows that name existing rows, and refuses a made-up id in any referencing column by its table', async () => {
    const traceRow = Object.fromEntries(
      Object.entries(TRACE_REFERENCES.traces).map(([column, table]) => [column, real[table]!]),
    );
    const hopRow = { trace_id: real.traces!, holder_id: real.record_holders! };
    await t.db.transaction().execute(async (tx) => {
      await lockReferencedRows(tx, 'traces', [traceRow, { ...traceRow, sharing_group_id: null }]);
      await lockReferencedRows(tx, 'trace_hops', [hopRow]);
    });
    for (const [table, columns] of Object.entries(TRACE_REFERENCES) as [
      keyof typeof TRACE_REFERENCES,
      Record<string, string>,
    ][])
      for (const [column, target] of Object.entries(columns)) {
        const base = table === 'traces' ? traceRow : hopRow;
        await expect(
          t.db
            .transaction()
            .execute((tx) => lockReferencedRows(tx, table, [base, { ...base, [column]: randomUUID() }])),
          `${table}.${column}`,
        ).rejects.toThrow(new RegExp(`^${table}: a row names ${target} that do not exist`));
      }
  });

  it.runIf(kind === 'postgres')(
    'keeps the named rows from being deleted until the write commits',
    async () => {
      const other = await connectDatabase({ databaseUrl: t.database.pool.options.connectionString! });
      try {
        await t.db.transaction().execute(async (tx) => {
          await lockReferencedRows(tx, 'trace_hops', [
            { trace_id: real.traces!, holder_id: real.record_holders! },
          ]);
          const deleting = other.db.transaction().execute(async (otx) => {
            await sql`SET LOCAL lock_timeout = '300ms'`.execute(otx);
            await sql`DELETE FROM traces WHERE id = ${real.traces!}::uuid`.execute(otx);
          });
          await expect(deleting).rejects.toThrow(/lock timeout/);
        });
      } finally {
        await other.close();
      }
    },
  );
});
