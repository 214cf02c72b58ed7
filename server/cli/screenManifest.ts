// `rastro screen <manifest.csv|xlsx>`: screens a manifest against the registry, with the watch list and
// consignee history of --agency when given, streaming the report (CSV or JSON) to --out or stdout and a
// summary to stderr. Exit code: 0 every line screened; 1 some lines had errors (reported by line);
// 2 the file could not be read (no substance column, not a CSV/XLSX, missing file).
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { isLocale, type Locale } from '../../core/i18n/locale';
import type { LineReport } from '../../core/chemicals/manifest';
import {
  recordManifestScreening,
  screenManifestBytes,
  screeningContext,
} from '../modules/manifests/commands/screenManifest';
import { ManifestFileError, sniffFormat } from '../modules/manifests/readers/records';
import { reportHeader, reportRow } from '../modules/manifests/reportCsv';
import { seedChemicals } from '../db/seed/seedChemicals';
import { withDatabase } from './database';
import { progressBar } from './progress';

export interface ScreenOptions {
  format?: string;
  out?: string;
  agency?: string;
  record?: boolean;
  locale?: string;
}

function write(stream: Writable, text: string): Promise<void> | void {
  if (!stream.write(text)) return new Promise((resolve) => stream.once('drain', () => resolve()));
}

export async function screenManifestCli(file: string, options: ScreenOptions): Promise<number> {
  const format = options.format ?? 'csv';
  if (format !== 'csv' && format !== 'json') {
    console.error('--format must be csv or json');
    return 2;
  }
  const locale: Locale = isLocale(options.locale) ? options.locale : 'en';
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    console.error(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  return withDatabase(async (database) => {
    await seedChemicals(database.db); // the reference registry, idempotent (as at every server start)
    let agencyId: string | null = null;
    if (options.agency) {
      const agency = await database.db
        .selectFrom('agencies')
        .select('id')
        .where('code', '=', options.agency)
        .executeTakeFirst();
      if (!agency) {
        console.error(`no agency with code ${options.agency}`);
        return 2;
      }
      agencyId = agency.id;
    } else if (options.record) {
      console.error('--record needs --agency: history belongs to an agency');
      return 2;
    }
    const context = await screeningContext(database.db, agencyId);
    const out: Writable = options.out ? createWriteStream(options.out) : process.stdout;
    // `rastro screen m.csv | head`: a closed pipe ends the report quietly.
    out.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
    // Lines in a CSV file bound the rows; an XLSX's count is unknown until read.
    const estimate =
      sniffFormat(bytes) === 'csv' ? Math.max(0, bytes.toString('latin1').split('\n').length - 2) : 0;
    const bar = progressBar(`screening ${file}`);
    let done = 0;
    let first = true;
    await write(out, format === 'csv' ? reportHeader() : '{"lines":[\n');
    const onLine = async (report: LineReport) => {
      done += 1;
      bar.update(done, Math.max(done, estimate));
      if (format === 'csv') await write(out, reportRow(report));
      else {
        await write(out, `${first ? '' : ',\n'}${JSON.stringify(report)}`);
        first = false;
      }
    };
    let run;
    try {
      run = await screenManifestBytes({ ...context, locale }, bytes, onLine);
    } catch (error) {
      bar.done();
      const message =
        error instanceof ManifestFileError
          ? error.message
          : `not a readable CSV or XLSX manifest (${String(error)})`;
      console.error(`${file}: ${message}`);
      if (out !== process.stdout) out.end();
      return 2;
    }
    bar.done();
    const { shipments: _shipments, ...summary } = run.summary;
    if (format === 'json') await write(out, `\n],"summary":${JSON.stringify(summary)}}\n`);
    if (out !== process.stdout) await new Promise<void>((resolve) => out.end(() => resolve()));
    if (agencyId)
      await recordManifestScreening(
        database.db,
        { userId: null, agencyId, ip: null, requestId: 'cli' },
        agencyId,
        { fileName: file, summary: run.summary, addToHistory: options.record === true },
      );
    const s = run.summary.byStatus;
    console.error(
      `${run.summary.lines} lines: ${s.controlled} controlled, ${s.suspected_designer_precursor} suspected designer precursor, ` +
        `${s.unresolved} unresolved, ${s.clear} clear, ${s.error} not screenable; ` +
        `${run.summary.linesWithErrors} with errors, ${run.summary.linesWithRedFlags} with red flags` +
        (run.mapping.ignored.length ? `; ignored columns: ${run.mapping.ignored.join(', ')}` : ''),
    );
    return run.summary.linesWithErrors > 0 ? 1 : 0;
  });
}
