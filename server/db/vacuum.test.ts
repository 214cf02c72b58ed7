// `rastro db vacuum` on both databases: every table vacuumed, largest first, with progress; the pages of deleted
// rows at a table's end go back to the file system (what the embedded database, without autovacuum, never did).
import { rmSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRastro } from '../test/cli';
import { DATABASE_KINDS, freshDatabase } from '../test/databases';
import { migratedDataDir, temporaryDataDir } from '../test/dataDir';
import type { DatabaseHandle } from './connect';
import { vacuumTables } from './vacuum';

const relationBytes = async (database: DatabaseHandle, table: string) =>
  Number(
    (await sql<{ n: string }>`SELECT pg_relation_size(${table}::regclass)::text AS n`.execute(database.db))
      .rows[0]!.n,
  );

describe.each(DATABASE_KINDS)('vacuum on %s', (kind) => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await freshDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('vacuums every table, largest first, and gives the pages of deleted rows back', async () => {
    await sql`CREATE TABLE vacuum_probe (id int, pad text)`.execute(database.db);
    await sql`INSERT INTO vacuum_probe SELECT g, repeat('x', 200) FROM generate_series(1, 5000) g`.execute(
      database.db,
    );
    await sql`DELETE FROM vacuum_probe`.execute(database.db);
    expect(await relationBytes(database, 'vacuum_probe')).toBeGreaterThan(500_000);

    const progress: [number, number][] = [];
    const tables = await vacuumTables(database.db, (done, total) => progress.push([done, total]));
    const probe = tables.find((t) => t.table === 'vacuum_probe');
    expect(probe!.bytesAfter).toBeLessThan(probe!.bytesBefore);
    expect(await relationBytes(database, 'vacuum_probe')).toBe(0);

    const all = await sql<{ n: string }>`
      SELECT count(*)::text AS n FROM pg_tables WHERE schemaname = 'public'`.execute(database.db);
    expect(tables).toHaveLength(Number(all.rows[0]!.n));
    const sizes = tables.map((t) => t.bytesBefore);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(progress[0]).toEqual([0, tables.length]);
    expect(progress.at(-1)).toEqual([tables.length, tables.length]);
  });
});

describe('rastro db vacuum (CLI) on an embedded data dir', () => {
  it('reports the tables vacuumed and the size before and after', async () => {
    const dataDir = temporaryDataDir('rastro-vacuum-cli-');
    try {
      await (await migratedDataDir(dataDir)).close();
      const result = await runRastro(['db', 'vacuum'], { DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/^vacuumed \d+ tables: [\d.]+ → [\d.]+ MB$/m);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
