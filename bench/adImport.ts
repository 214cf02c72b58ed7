// A&D import throughput: a record holder's CSV (UTF-8, 0.1% bad rows) uploaded to the import route (sign-in, body,
// the import command: COPY into a temporary staging table, then one INSERT … SELECT … ON CONFLICT DO NOTHING) into
// the scale database's ad_records; peak RSS includes the file the bench itself holds.
// Each size is imported once (new rows), then again (the re-upload that must change nothing). Sizes:
// BENCH_IMPORT_ROWS (default 100000,1000000). The rows are deleted afterwards so the database stays as seeded.
import { sql } from 'kysely';
import type { AdImportResult } from '../server/modules/traces/commands/importAdRecords';
import { round, type Row } from './table';
import { signedInApp } from './tracingApp';
import { actorOf, openScaleDatabase, tableCounts } from './tracingDatabase';
import { sampleRss } from './tracingMemory';

const HEADER =
  'make,model,serial,acquired_on,acquired_from,disposition,disposed_on,disposed_to_licence,purchaser_name,purchaser_birth_date,purchaser_address\n';

/** The file as bytes, built 10,000 rows at a time: the bench's own copy must not inflate the RSS it measures. */
export function adCsv(rows: number, stamp: string, transferTo: string): Buffer {
  const pieces: Buffer[] = [Buffer.from(HEADER, 'utf8')];
  let lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    const day = `20${String(10 + (i % 15)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const serial = `${stamp}${String(i).padStart(7, '0')}`;
    if (i % 1000 === 999) lines.push(`Smith & Wesson,M&P9,${serial},,,sale,2019-02-30,,Bad Date,,\n`);
    else if (i % 5 === 0)
      lines.push(`Sturm Ruger,10/22,${serial},${day},,transfer,${day},${transferTo},,,\n`);
    else
      lines.push(
        `Smith & Wesson,M&P9,${serial},${day},Gulf Coast Firearms Distributors,sale,${day},,Jordan Buyer ${i % 5000},1980-05-0${1 + (i % 9)},"${100 + (i % 900)} Main St, Laredo, TX"\n`,
      );
    if (lines.length === 10_000) {
      pieces.push(Buffer.from(lines.join(''), 'utf8'));
      lines = [];
    }
  }
  pieces.push(Buffer.from(lines.join(''), 'utf8'));
  return Buffer.concat(pieces);
}

export async function benchAdImport(): Promise<Row[]> {
  const sizes = (process.env.BENCH_IMPORT_ROWS ?? '100000,1000000').split(',').map(Number);
  const database = await openScaleDatabase();
  const rows: Row[] = [];
  const { app, headers } = await signedInApp(database, 'records@riogrande.demo');
  try {
    const { actor } = await actorOf(database, 'records@riogrande.demo');
    const before = (await tableCounts(database, ['ad_records'])).ad_records!;
    for (const size of sizes) {
      const stamp = `B${Date.now().toString(36).toUpperCase().slice(-5)}`;
      const holder = await database.db
        .insertInto('record_holders')
        .values({
          kind: 'dealer',
          name: `Bench import dealer ${stamp}`,
          licence_number: `BENCH-${stamp}`,
          country: 'US',
          us_state: 'TX',
          connected: true,
          agency_id: actor.agencyId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const csv = adCsv(size, stamp, '5-74-201-01-6B-04411');
      for (const pass of ['new rows', 're-upload (unchanged)']) {
        const rss = sampleRss();
        const started = performance.now();
        const response = await app.inject({
          method: 'POST',
          url: `/api/v1/holder/ad-records/import?licence=BENCH-${stamp}`,
          headers: { ...headers, 'content-type': 'text/csv' },
          payload: csv,
        });
        const seconds = (performance.now() - started) / 1000;
        rss.stop();
        if (response.statusCode !== 200)
          throw new Error(`A&D upload: ${response.statusCode} ${response.body.slice(0, 300)}`);
        const result = response.json<AdImportResult>();
        rows.push({
          database: database.label,
          'ad_records before': before,
          'file rows': size,
          'file MB': round(csv.length / 1048576, 1),
          pass,
          inserted: result.inserted,
          unchanged: result.unchanged,
          rejected: result.rejected,
          seconds: round(seconds, 2),
          'records/s': Math.round(size / seconds),
          'peak RSS MB': rss.peakMb(),
        });
      }
      await database.db.deleteFrom('ad_records').where('holder_id', '=', holder.id).execute();
      // As seeded again: deleted rows leave the table (PGlite has no autovacuum) and their index entries' pages. At
      // 1M records two runs had grown the table from 190 to 428 MB and its key index from 74 to 238 MB, and every
      // later benchmark's look-ups read the bloat.
      await sql`VACUUM ad_records`.execute(database.db);
      await sql`REINDEX TABLE ad_records`.execute(database.db);
    }
  } finally {
    await app.close();
    await database.close();
  }
  return rows;
}
