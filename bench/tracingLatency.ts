// A fully connected trace through the API: POST /api/v1/traces answers with the trace, walked to its completed
// result (chain, purchaser, TTC, indicators) in the same request. One request at a time, BENCH_TRACES of them
// (default 1000), each on a different recovery whose whole chain is connected (case numbers …-CON-…, see the seed).
import { sql } from 'kysely';
import { round, type Row } from './table';
import { signedInApp } from './tracingApp';
import { openScaleDatabase, tableCounts } from './tracingDatabase';
import { percentiles, sampleRss } from './tracingMemory';

const TRACES = Number(process.env.BENCH_TRACES ?? 1000);
const WARM_UP = 20;

/** Untraced recoveries the Sonora investigator may read, of one seeded outcome, in a stable random order. */
export async function untracedRecoveries(
  database: Awaited<ReturnType<typeof openScaleDatabase>>,
  outcomes: string[],
  limit: number,
) {
  const son = await database.db
    .selectFrom('agencies')
    .select('id')
    .where('code', '=', 'MX-FGE-SON')
    .executeTakeFirstOrThrow();
  const result = await sql<{ id: string; other_markings: string | null }>`
    SELECT r.id, r.other_markings FROM recoveries r
    WHERE substring(r.case_number from '^SCALE[A-Z0-9]*-([A-Z]{3})-') IN (${sql.join(outcomes)})
      AND (r.distribution = 'partners' OR r.owner_agency_id = ${son.id})
      AND NOT EXISTS (SELECT 1 FROM traces t WHERE t.recovery_id = r.id)
    ORDER BY md5(r.id::text) LIMIT ${limit}`.execute(database.db);
  return result.rows;
}

export async function benchTraceLatency(): Promise<Row[]> {
  const database = await openScaleDatabase();
  const { app, headers } = await signedInApp(database, 'investigador@fge-son.demo');
  try {
    const recoveries = await untracedRecoveries(database, ['CON'], TRACES + WARM_UP);
    if (recoveries.length < TRACES + WARM_UP)
      throw new Error(`only ${recoveries.length} untraced connected recoveries left: BENCH_RESEED=1`);
    const before = await tableCounts(database, ['ad_records', 'recoveries', 'traces']);
    const statuses = new Map<string, number>();
    const samples: number[] = [];
    const rss = sampleRss();
    for (const [i, recovery] of recoveries.entries()) {
      const started = performance.now();
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/traces',
        headers,
        payload: { recoveryId: recovery.id, priority: 'routine', distribution: 'partners', tlp: 'GREEN' },
      });
      const elapsed = performance.now() - started;
      if (response.statusCode !== 201) throw new Error(`trace → ${response.statusCode} ${response.body}`);
      const body = response.json<{ status: string; result: { indicators: unknown[] } | null }>();
      if (body.status === 'completed' && !Array.isArray(body.result?.indicators))
        throw new Error('completed trace without indicators');
      if (i < WARM_UP) continue;
      samples.push(elapsed);
      statuses.set(body.status, (statuses.get(body.status) ?? 0) + 1);
    }
    rss.stop();
    return [
      {
        database: database.label,
        ad_records: before.ad_records!,
        'traces before': before.traces!,
        requests: samples.length,
        completed: statuses.get('completed') ?? 0,
        other: samples.length - (statuses.get('completed') ?? 0),
        ...percentiles(samples),
        unit: 'ms',
        'peak RSS MB': rss.peakMb(),
        'target p99': '< 50 ms',
      },
    ].map((row) => ({ ...row, p99: round(row.p99, 1) }));
  } finally {
    await app.close();
    await database.close();
  }
}
