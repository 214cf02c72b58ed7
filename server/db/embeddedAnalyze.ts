// PGlite runs no autovacuum daemon, so without this the planner keeps the statistics of the last ANALYZE while the
// tables grow: at 128,000 traces, an embedded trace request took 150 ms instead of 36. This does the analyze half
// of autovacuum, keyed on something PGlite keeps across restarts (its activity counters start at zero on every
// open): a table whose pages grew by a tenth since its statistics were taken is analyzed again. ANALYZE reads a
// fixed-size sample, so a run costs about the same at any size. VACUUM is left out: on PGlite's one connection it
// would hold every request for as long as it reads the whole table.
import { sql } from 'kysely';
import type { Db } from './connect';
import { startPeriodicJob, type JobLog, type PeriodicJob } from '../platform/jobs/periodicJob';

/** Tables analyzed at most this often; a minute of stale statistics is harmless. */
export const EMBEDDED_ANALYZE_INTERVAL_MS = 60_000;

/** Analyzes the tables that grew since their statistics were taken; resolves to their names. */
export async function analyzeGrownTables(db: Db): Promise<string[]> {
  const grown = await sql<{ name: string }>`
    SELECT c.relname AS name
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r'
      AND pg_relation_size(c.oid) / current_setting('block_size')::int > 1.1 * c.relpages + 8
    ORDER BY c.relname`.execute(db);
  for (const { name } of grown.rows) await sql`ANALYZE ${sql.table(name)}`.execute(db);
  return grown.rows.map((r) => r.name);
}

export function startEmbeddedAnalyze(
  db: Db,
  log: JobLog,
  options: { intervalMs?: number } = {},
): PeriodicJob<string[]> {
  return startPeriodicJob(
    {
      name: 'embedded database analyze',
      idle: [],
      run: async () => {
        const started = performance.now();
        const tables = await analyzeGrownTables(db);
        if (tables.length)
          log.info({ tables, ms: Math.round(performance.now() - started) }, 'analyzed grown tables');
        return tables;
      },
    },
    log,
    { intervalMs: options.intervalMs ?? EMBEDDED_ANALYZE_INTERVAL_MS },
  );
}
