// Applies the numbered plain-SQL migrations in order, each in its own transaction, once.
// A checksum per applied file catches an edited migration instead of silently diverging.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { sql } from 'kysely';
import type { Db } from './connect';

const MIGRATIONS_DIR = new URL('./migrations/', import.meta.url);

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

export function loadMigrations(): Migration[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((file) => /^\d{4}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const text = readFileSync(new URL(file, MIGRATIONS_DIR), 'utf8');
      return {
        version: Number(file.slice(0, 4)),
        name: file.slice(5, -4),
        sql: text,
        checksum: createHash('sha256').update(text).digest('hex'),
      };
    });
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: number;
}

/** `through`: stop after that version (upgrade tests start from an older schema); all of them by default. */
export async function migrate(db: Db, options: { through?: number } = {}): Promise<MigrationReport> {
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db);
  await sql`CREATE EXTENSION IF NOT EXISTS fuzzystrmatch`.execute(db);
  await sql`
    CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`.execute(db);
  const done = await db.selectFrom('schema_migrations').selectAll().execute();
  const doneByVersion = new Map(done.map((row) => [row.version, row]));
  const report: MigrationReport = { applied: [], alreadyApplied: 0 };
  const wanted = loadMigrations().filter(
    (m) => options.through === undefined || m.version <= options.through,
  );
  for (const migration of wanted) {
    const previous = doneByVersion.get(migration.version);
    if (previous) {
      if (previous.checksum !== migration.checksum) {
        throw new Error(
          `migration ${migration.version}_${migration.name} was changed after it was applied; add a new migration instead`,
        );
      }
      report.alreadyApplied += 1;
      continue;
    }
    await db.transaction().execute(async (tx) => {
      // Serialise concurrent starters (several server processes on one PostgreSQL).
      await sql`SELECT pg_advisory_xact_lock(727272)`.execute(tx);
      const again = await tx
        .selectFrom('schema_migrations')
        .select('version')
        .where('version', '=', migration.version)
        .executeTakeFirst();
      if (again) return;
      await sql.raw(migration.sql).execute(tx);
      await tx
        .insertInto('schema_migrations')
        .values({ version: migration.version, name: migration.name, checksum: migration.checksum })
        .execute();
      report.applied.push(`${migration.version}_${migration.name}`);
    });
  }
  return report;
}
