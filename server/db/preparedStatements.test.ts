import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS, freshDatabase } from '../test/databases';
import type { DatabaseHandle } from './connect';
import { prepared } from './preparedStatements';

describe.each(DATABASE_KINDS)('prepared statements on %s', (kind) => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await freshDatabase(kind);
  });
  afterAll(() => database.close());

  it('answers a marked statement exactly as the unmarked one', async () => {
    for (const n of [1, 2, 3, 2]) {
      const plain = await sql<{ v: number }>`SELECT g AS v FROM generate_series(1, ${n}::int) g`.execute(
        database.db,
      );
      const marked = await sql<{
        v: number;
      }>`${prepared}SELECT g AS v FROM generate_series(1, ${n}::int) g`.execute(database.db);
      expect(marked.rows).toEqual(plain.rows);
    }
  });

  it('names marked statements once per connection, and only those', async () => {
    await database.db.connection().execute(async (connection) => {
      const named = async () =>
        (
          await sql<{
            statement: string;
          }>`SELECT statement FROM pg_prepared_statements WHERE name LIKE 'rastro_%'`.execute(connection)
        ).rows.map((r) => r.statement);
      const before = await named();
      await sql`SELECT ${'not marked'}::text AS v`.execute(connection);
      expect(await named()).toEqual(before);
      for (let i = 0; i < 3; i++) await sql`${prepared}SELECT ${i}::int + 1 AS v`.execute(connection);
      // A Kysely select marked with .modifyFront(prepared): the mark comes right after "select".
      for (let i = 0; i < 3; i++)
        await connection
          .selectFrom('agencies')
          .modifyFront(prepared)
          .select('code')
          .where('code', '=', `X${i}`)
          .execute();
      const after = await named();
      expect(after.filter((s) => !before.includes(s)).sort()).toEqual([
        '/* prepared */ SELECT $1::int + 1 AS v',
        'select /* prepared */  "code" from "agencies" where "code" = $1', // Kysely adds a space
      ]);
    });
  });
});
