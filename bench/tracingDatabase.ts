// The scale database the tracing benchmarks share: `rastro db seed --scale N` once, then reused.
// PostgreSQL (BENCH_DATABASE_URL): a dedicated database (BENCH_DATABASE_NAME, default rastro_bench_<N>) kept between
// runs. Embedded: a PGlite folder in the temp dir (BENCH_PGLITE_DIR), also kept. BENCH_AD_RECORDS sets N (default
// 1,000,000 embedded, 10,000,000 on PostgreSQL); BENCH_RESEED=1 starts over.
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { connectDatabase, type DatabaseHandle } from '../server/db/connect';
import { analyzeGrownTables } from '../server/db/embeddedAnalyze';
import { migrate } from '../server/db/migrate';
import { seedScale } from '../server/db/seed/scale/seedScale';
import { seedChemicals } from '../server/db/seed/seedChemicals';
import { seedDemo } from '../server/db/seed/seedDemo';
import { progressBar } from '../server/cli/progress';

export interface ScaleDatabase extends DatabaseHandle {
  label: string;
  adRecords: number;
}

export const benchDatabaseUrl = () => process.env.BENCH_DATABASE_URL;

export function benchAdRecords(): number {
  const fromEnv = Number(process.env.BENCH_AD_RECORDS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return benchDatabaseUrl() ? 10_000_000 : 1_000_000;
}

async function ensurePostgresDatabase(url: string, name: string, fresh: boolean): Promise<string> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    if (fresh) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

/** Opens (seeding on first use) the scale database for N A&D records. */
export async function openScaleDatabase(poolSize = 16): Promise<ScaleDatabase> {
  const records = benchAdRecords();
  const fresh = process.env.BENCH_RESEED === '1';
  const url = benchDatabaseUrl();
  let database: DatabaseHandle;
  let label: string;
  if (url) {
    const name = process.env.BENCH_DATABASE_NAME ?? `rastro_bench_${records}`;
    database = await connectDatabase({
      databaseUrl: await ensurePostgresDatabase(url, name, fresh),
      poolSize,
    });
    label = 'PostgreSQL 15';
  } else {
    const dir = process.env.BENCH_PGLITE_DIR ?? join(tmpdir(), `rastro-bench-pglite-${records}`);
    if (fresh) rmSync(dir, { recursive: true, force: true });
    database = await connectDatabase({ dataDir: dir });
    label = 'PGlite (embedded)';
  }
  await migrate(database.db);
  await seedChemicals(database.db);
  await seedDemo(database.db, { production: false });
  const bar = progressBar(`seeding ${records} A&D records (${label}, once)`);
  const report = await seedScale(database, { records, onProgress: (d, t) => bar.update(d, t) });
  bar.done();
  if (report.seeded)
    process.stderr.write(
      `seeded ${report.adRecords} A&D records, ${report.recoveries} recoveries in ${report.seconds} s\n`,
    );
  // As the server does at start (main.ts): the embedded database has no autovacuum to refresh statistics after
  // earlier runs added traces.
  if (database.kind === 'pglite') await analyzeGrownTables(database.db);
  return { ...database, label, adRecords: records };
}

export async function tableCounts(
  database: DatabaseHandle,
  tables: string[],
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    // Exact counts: these tables are what the benchmark claims to have searched or written.
    const result = await database.pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
    counts[table] = Number(result.rows[0]!.n);
  }
  return counts;
}

/** The signed-in view of a demo user, as the API would build it (for benchmarks that call commands directly). */
export async function actorOf(database: DatabaseHandle, email: string) {
  const { loadUserAndActor } = await import('../server/platform/auth/loadUser');
  const user = await database.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  const loaded = await loadUserAndActor(database.db, user.id);
  if (!loaded) throw new Error(`no user ${email}`);
  return {
    actor: loaded.actor,
    context: { userId: user.id, agencyId: loaded.actor.agencyId, ip: '127.0.0.1', requestId: 'bench' },
  };
}
