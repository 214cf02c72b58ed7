// 100,000 traces in batch (BENCH_TRACE_BATCH): every untraced recovery the Sonora investigator may read, whatever its
// chain (connected, waiting for an unconnected holder, out of business, pre-1968, obliterated, partly restored),
// submitted as a tracing centre would: POST /api/v1/traces/batch with BENCH_TRACE_CHUNK firearms per request
// (default 1000, the route's maximum), BENCH_TRACE_CONCURRENCY requests in flight (default 2 on PostgreSQL; 1 on
// PGlite, which is one connection). Each request checks, routes, walks and audits its firearms in one transaction.
// The run's traces are deleted afterwards (BENCH_KEEP_TRACES=1 keeps them), so every run starts from the same data.
import { sql } from 'kysely';
import { startEmbeddedAnalyze } from '../server/db/embeddedAnalyze';
import { manufactureYearOf } from '../server/db/seed/scale/traceRecoveries';
import { round, type Row } from './table';
import { signedInApp } from './tracingApp';
import { openScaleDatabase, tableCounts, type ScaleDatabase } from './tracingDatabase';
import { untracedRecoveries } from './tracingLatency';
import { sampleRss } from './tracingMemory';

interface BatchBody {
  items: {
    trace: { id: string; status: string } | null;
    problem: { status: number; detail: string } | null;
  }[];
}

/**
 * Takes the run's traces out again (their audit rows stay: the trail is append-only), so each run starts from the same
 * stored traces and runs compare; BENCH_KEEP_TRACES=1 keeps them.
 */
async function deleteTraces(database: ScaleDatabase, ids: string[]) {
  for (let i = 0; i < ids.length; i += 10_000) {
    const some = ids.slice(i, i + 10_000);
    await sql`DELETE FROM trace_hops WHERE trace_id = ANY(${some}::uuid[])`.execute(database.db);
    await sql`DELETE FROM traces WHERE id = ANY(${some}::uuid[])`.execute(database.db);
  }
  // The embedded database has no autovacuum: dead rows left behind would slow every later benchmark's look-ups.
  await sql`VACUUM (ANALYZE) traces, trace_hops`.execute(database.db);
}

export async function benchTraceBatch(): Promise<Row[]> {
  const wanted = Number(process.env.BENCH_TRACE_BATCH ?? 100_000);
  const chunk = Number(process.env.BENCH_TRACE_CHUNK ?? 1000);
  const database = await openScaleDatabase();
  const { app, headers } = await signedInApp(database, 'investigador@fge-son.demo');
  try {
    const concurrency = Number(process.env.BENCH_TRACE_CONCURRENCY ?? (database.kind === 'postgres' ? 2 : 1));
    const recoveries = await untracedRecoveries(database, ['CON', 'INB', 'OOB', 'PRE', 'OBL', 'RES'], wanted);
    const before = await tableCounts(database, ['ad_records', 'recoveries', 'traces', 'audit_events']);
    const chunks: (typeof recoveries)[] = [];
    for (let i = 0; i < recoveries.length; i += chunk) chunks.push(recoveries.slice(i, i + chunk));
    const rss = sampleRss();
    // The server refreshes the embedded database's statistics every minute (main.ts); so does this run.
    const quiet = { info: () => undefined, error: (details: object) => console.error(details) };
    const analyze = database.kind === 'pglite' ? startEmbeddedAnalyze(database.db, quiet) : null;
    const statuses = new Map<string, number>();
    const created: string[] = [];
    const requestMs: number[] = [];
    let next = 0;
    let failed = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < chunks.length) {
          const items = chunks[next++]!.map((recovery) => {
            const year = manufactureYearOf(recovery.other_markings);
            return { recoveryId: recovery.id, ...(year ? { manufactureYear: year } : {}) };
          });
          const sent = performance.now();
          const response = await app.inject({
            method: 'POST',
            url: '/api/v1/traces/batch',
            headers,
            payload: {
              items,
              priority: 'routine',
              distribution: 'partners',
              tlp: 'GREEN',
              discoverable: true,
            },
          });
          requestMs.push(performance.now() - sent);
          if (response.statusCode !== 200) {
            failed += items.length;
            if (failed <= items.length * 3)
              process.stderr.write(`batch → ${response.statusCode} ${response.body}\n`);
            continue;
          }
          for (const item of response.json<BatchBody>().items) {
            if (item.trace) {
              statuses.set(item.trace.status, (statuses.get(item.trace.status) ?? 0) + 1);
              created.push(item.trace.id);
            } else {
              failed++;
              if (failed <= 3)
                process.stderr.write(`trace refused: ${item.problem?.status} ${item.problem?.detail}\n`);
            }
          }
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    rss.stop();
    await analyze?.stop();
    if (process.env.BENCH_KEEP_TRACES !== '1') await deleteTraces(database, created);
    const count = (s: string) => statuses.get(s) ?? 0;
    return [
      {
        database: database.label,
        ad_records: before.ad_records!,
        'traces before': before.traces!,
        // The trail only grows (each run adds ~3 rows per trace), and every run writes into it: runs compare at
        // similar sizes only.
        'audit rows before': before.audit_events!,
        traces: recoveries.length,
        'per request': chunk,
        concurrency,
        seconds: round(seconds, 1),
        'traces/s': Math.round(recoveries.length / seconds),
        'request p50 ms': Math.round(requestMs.sort((a, b) => a - b)[Math.floor(requestMs.length / 2)] ?? 0),
        completed: count('completed'),
        'awaiting holder': count('awaiting_record_holder'),
        'not traceable': count('not_traceable'),
        'candidates pending': count('submitted') + count('in_progress'),
        failed,
        'peak RSS MB': rss.peakMb(),
        target: '100,000 in < 60 s',
      },
    ];
  } finally {
    await app.close();
    await database.close();
  }
}
