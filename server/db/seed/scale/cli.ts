// `rastro db seed --scale N`: runs the scale seed with a progress bar and prints what it made.
import type { DatabaseHandle } from '../../connect';
import { progressBar } from '../../../cli/progress';
import { seedScale } from './seedScale';

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
          `${report.recoveries} recoveries, ${report.lostStolen} lost/stolen reports in ${report.seconds} s`
      : 'database already has scale data (record holders licensed SCALE…); nothing added. Use a new database to seed again.',
  );
}
