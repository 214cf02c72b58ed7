// Test databases: a fresh embedded PGlite (from a migrated template, for speed) always, and a fresh
// database on the PostgreSQL server named by TEST_DATABASE_URL when it is set. No mocks.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connectDatabase, type DatabaseHandle } from '../db/connect';
import { loadMigrations, migrate } from '../db/migrate';

export type DatabaseKind = 'pglite' | 'postgres';

export const DATABASE_KINDS: DatabaseKind[] = process.env.TEST_DATABASE_URL
  ? ['pglite', 'postgres']
  : ['pglite'];

function templatePath(): string {
  const key = createHash('sha256')
    .update(
      loadMigrations()
        .map((m) => m.checksum)
        .join(','),
    )
    .digest('hex')
    .slice(0, 16);
  return join(tmpdir(), `rastro-pglite-template-${key}.tar`);
}

/** A migrated embedded database, loaded from a template dump made once per migration set. */
async function freshPglite(): Promise<DatabaseHandle> {
  const path = templatePath();
  if (existsSync(path)) {
    return connectDatabase({ dataDir: 'memory://', loadDataDir: new Blob([readFileSync(path)]) });
  }
  const database = await connectDatabase({ dataDir: 'memory://' });
  await migrate(database.db);
  const dump = await database.pglite!.dumpDataDir('none');
  const temporary = `${path}.${process.pid}`;
  writeFileSync(temporary, Buffer.from(await dump.arrayBuffer()));
  renameSync(temporary, path);
  return database;
}

/** A new, empty, migrated database on the test PostgreSQL server; dropped on close. */
async function freshPostgres(): Promise<DatabaseHandle> {
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `rastro_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await connectDatabase({ databaseUrl: url.toString(), poolSize: 10 });
  await migrate(database.db);
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}

export function freshDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  return kind === 'pglite' ? freshPglite() : freshPostgres();
}

/** Creates an empty (unmigrated) database, for the migration tests. */
export async function emptyDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  if (kind === 'pglite') return connectDatabase({ dataDir: 'memory://' });
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `rastro_empty_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await connectDatabase({ databaseUrl: url.toString() });
  return {
    ...database,
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
