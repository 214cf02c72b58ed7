// `rastro db seed --scale N [--traces M]`: runs the scale seed, then the trace requests, each with a progress bar,
// and prints what they made.
import type { DatabaseHandle } from '../../connect';
import { progressBar } from '../../../cli/progress';
import { seedScale } from './seedScale';
import { traceSeededRecoveries } from './traceRecoveries';

export async function seedScaleFromCli(database: DatabaseHandle, records: number, seed: number) {
  const bar = progressBar(`A&D records (${database.kind})`);
  const report = await seedScale(database, {
    records,
    seed,
    onProgress: (done, total) => bar.update(done, total),
  });
  bar.done();
  console.log(
    report.seeded
      ? `scale seed ${seed}: ${report.adRecords} A&D records for ${report.guns} guns, ${report.holders} record holders, ` +
          `${report.recoveries} recoveries, ${report.lostStolen} lost/stolen reports, ` +
          `${report.multipleSales} multiple-sales reports (${report.matchNotices} match notices) in ${report.seconds} s`
      : 'database already has scale data (record holders licensed SCALE…); nothing added. Use a new database to seed again.',
  );
}

export async function traceSeededFromCli(database: DatabaseHandle, count: number) {
  const bar = progressBar(`trace requests (${database.kind})`);
  const report = await traceSeededRecoveries(database.db, count, (done, total) => bar.update(done, total));
  bar.done();
  const statuses = Object.entries(report.statuses)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([status, n]) => `${n} ${status.replaceAll('_', ' ')}`)
    .join(', ');
  console.log(
    report.requested
      ? `traced ${report.requested} seeded recoveries in ${report.seconds} s: ${statuses || 'none'}` +
          (report.skipped ? `; ${report.skipped} not traced` : '')
      : 'no untraced seeded recoveries: run with --scale first',
  );
}
