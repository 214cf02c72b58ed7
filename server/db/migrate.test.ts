import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS, emptyDatabase } from '../test/databases';
import type { DatabaseHandle } from './connect';
import { loadMigrations, migrate } from './migrate';

async function schemaFingerprint(database: DatabaseHandle): Promise<string> {
  const columns = await sql<{ line: string }>`
    SELECT table_name || '.' || column_name || ':' || data_type || ':' || is_nullable || ':' || coalesce(column_default, '') AS line
    FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, column_name`.execute(
    database.db,
  );
  const indexes = await sql<{ line: string }>`
    SELECT tablename || ':' || indexname || ':' || indexdef AS line FROM pg_indexes WHERE schemaname = 'public' ORDER BY tablename, indexname`.execute(
    database.db,
  );
  const triggers = await sql<{ line: string }>`
    SELECT tgrelid::regclass::text || ':' || tgname AS line FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1`.execute(
    database.db,
  );
  return [...columns.rows, ...indexes.rows, ...triggers.rows].map((r) => r.line).join('\n');
}

describe.each(DATABASE_KINDS)('migrations on %s', (kind) => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await emptyDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('apply cleanly to an empty database, then a second run applies nothing and changes nothing', async () => {
    const before = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`.execute(
      database.db,
    );
    expect(before.rows[0]!.n).toBe(0);

    const first = await migrate(database.db);
    const expected = loadMigrations().map((m) => `${m.version}_${m.name}`);
    expect(expected.length).toBeGreaterThanOrEqual(4);
    expect(first).toEqual({ applied: expected, alreadyApplied: 0 });
    const fingerprint = await schemaFingerprint(database);
    for (const table of [
      'agencies',
      'users',
      'sessions',
      'api_tokens',
      'sharing_groups',
      'access_requests',
      'access_grants',
      'audit_events',
      'audit_chains',
      'alerts',
      'alert_reads',
    ]) {
      expect(fingerprint).toContain(`\n${table}.`);
    }
    const recorded = await database.db
      .selectFrom('schema_migrations')
      .select(['version', 'checksum'])
      .orderBy('version')
      .execute();
    expect(recorded).toEqual(loadMigrations().map((m) => ({ version: m.version, checksum: m.checksum })));

    const second = await migrate(database.db);
    expect(second).toEqual({ applied: [], alreadyApplied: expected.length });
    expect(await schemaFingerprint(database)).toBe(fingerprint);
    const chains = await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_chains`.execute(database.db);
    expect(chains.rows[0]!.n).toBe(16); // seed rows of a migration were not inserted twice
  });

  it('refuses a migration edited after it was applied, naming it', async () => {
    const [first] = loadMigrations();
    await sql`UPDATE schema_migrations SET checksum = ${'0'.repeat(64)} WHERE version = ${first!.version}`.execute(
      database.db,
    );
    const fingerprint = await schemaFingerprint(database);
    await expect(migrate(database.db)).rejects.toThrow(
      `migration ${first!.version}_${first!.name} was changed after it was applied; add a new migration instead`,
    );
    expect(await schemaFingerprint(database)).toBe(fingerprint);
    await sql`UPDATE schema_migrations SET checksum = ${first!.checksum} WHERE version = ${first!.version}`.execute(
      database.db,
    );
    expect((await migrate(database.db)).applied).toEqual([]);
  });
});
