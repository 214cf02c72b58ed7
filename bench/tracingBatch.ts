// 100,000 traces in batch (BENCH_TRACE_BATCH): every untraced recovery the Sonora investigator may read, whatever its
// chain (connected, waiting for an unconnected holder, out of business, pre-1968, obliterated, partly restored),
// through requestTrace — the command POST /api/v1/traces runs — with BENCH_TRACE_CONCURRENCY requests in flight
// (default 8 on PostgreSQL; 1 on PGlite, which is one connection).
import { requestTrace } from '../server/modules/traces/commands/requestTrace';
import { round, type Row } from './table';
import { actorOf, openScaleDatabase, tableCounts } from './tracingDatabase';
import { untracedRecoveries } from './tracingLatency';
import { sampleRss } from './tracingMemory';

export async function benchTraceBatch(): Promise<Row[]> {
  const wanted = Number(process.env.BENCH_TRACE_BATCH ?? 100_000);
  const database = await openScaleDatabase();
  try {
    const concurrency = Number(process.env.BENCH_TRACE_CONCURRENCY ?? (database.kind === 'postgres' ? 8 : 1));
    const { actor, context } = await actorOf(database, 'investigador@fge-son.demo');
    const recoveries = await untracedRecoveries(database, ['CON', 'INB', 'OOB', 'PRE', 'OBL', 'RES'], wanted);
    const before = await tableCounts(database, ['ad_records', 'recoveries', 'traces']);
    const rss = sampleRss();
    let next = 0;
    let failed = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < recoveries.length) {
          const recovery = recoveries[next++]!;
          const year = recovery.other_markings?.match(/Manufactured (\d{4})/)?.[1];
          try {
            await requestTrace(database.db, context, actor, {
              recoveryId: recovery.id,
              priority: 'routine',
              distribution: 'partners',
              tlp: 'GREEN',
              discoverable: true,
              ...(year ? { manufactureYear: Number(year) } : {}),
            });
          } catch (error) {
            failed++;
            if (failed <= 3) process.stderr.write(`trace failed: ${String(error)}\n`);
          }
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    rss.stop();
    const byStatus = await database.db
      .selectFrom('traces')
      .select(['status', database.db.fn.countAll<string>().as('n')])
      .where('created_at', '>=', new Date(Date.now() - seconds * 1000 - 1000))
      .groupBy('status')
      .execute();
    const count = (s: string) => Number(byStatus.find((b) => b.status === s)?.n ?? 0);
    return [
      {
        database: database.label,
        ad_records: before.ad_records!,
        'traces before': before.traces!,
        traces: recoveries.length,
        concurrency,
        seconds: round(seconds, 1),
        'traces/s': Math.round(recoveries.length / seconds),
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
    await database.close();
  }
}
