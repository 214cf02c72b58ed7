// The embedded database's stand-in for autovacuum's analyze: a table that grew is analyzed (its statistics then
// count its rows), one that did not is left alone, and the job stops cleanly. Run on both databases: the query
// reads only what both keep (pg_class pages and the table's size).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS, freshDatabase } from '../test/databases';
import type { DatabaseHandle } from './connect';
import { analyzeGrownTables, startEmbeddedAnalyze } from './embeddedAnalyze';

describe.each(DATABASE_KINDS)('embedded analyze on %s', (kind) => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await freshDatabase(kind);
    await sql`CREATE TABLE analyze_probe (id int PRIMARY KEY, pad text NOT NULL)`.execute(database.db);
  });
  afterAll(() => database.close());

  const reltuples = async () =>
    Number(
      (
        await sql<{ n: number }>`SELECT reltuples AS n FROM pg_class WHERE relname = 'analyze_probe'`.execute(
          database.db,
        )
      ).rows[0]?.n,
    );
  const grow = (from: number, rows: number) =>
    sql`INSERT INTO analyze_probe SELECT g, repeat('x', 200) FROM generate_series(${from}::int, ${from + rows - 1}::int) g`.execute(
      database.db,
    );

  it('analyzes a table whose pages grew since its statistics, and then leaves it alone', async () => {
    await grow(1, 5000);
    expect(await analyzeGrownTables(database.db)).toContain('analyze_probe');
    expect(await reltuples()).toBeGreaterThan(4000);
    expect(await analyzeGrownTables(database.db)).not.toContain('analyze_probe');
    // A few rows more are not worth a new sample; a tenth more pages are.
    await grow(5001, 50);
    expect(await analyzeGrownTables(database.db)).not.toContain('analyze_probe');
    await grow(5051, 2000);
    expect(await analyzeGrownTables(database.db)).toContain('analyze_probe');
    expect(await reltuples()).toBeGreaterThan(6000);
  });

  it('runs as a periodic job that logs what it analyzed and stops cleanly', async () => {
    const logged: string[] = [];
    const log = {
      info: (_: object, m: string) => logged.push(m),
      error: (_: object, m: string) => logged.push(m),
    };
    const job = startEmbeddedAnalyze(database.db, log, { intervalMs: 3_600_000 });
    try {
      expect(job.keepsProcessAlive()).toBe(false);
      await job.tick();
      await grow(10_000, 5000);
      expect(await job.tick()).toContain('analyze_probe');
      expect(logged).toContain('analyzed grown tables');
    } finally {
      await job.stop();
    }
    expect(await job.tick()).toEqual([]);
  });
});
