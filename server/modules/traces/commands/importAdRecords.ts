// A record holder connects its A&D records by CSV upload, for its own licences only. Each row is validated; bad rows
// are reported by line with the reason and good rows kept; a row already imported (same content) is left alone, so
// re-uploading a file changes nothing. The file is decoded and read one record at a time and loaded in chunks, each
// COPYed into a temporary staging table and moved into ad_records by one INSERT … SELECT … ON CONFLICT on its one key
// index (holder, make, serial, row hash) DO NOTHING, while the next chunk is parsed; all in one audited transaction
// (docs/decisions/0008, 0014). A row that repeats an earlier line of the same file is one record: it is kept once and
// named as a notice (not an error), so re-uploading a file still rejects nothing. The file format: README, "A&D
// records: the CSV format", and core/firearms/adCsv.ts.
// The answer is a summary: imported rows never leave the server (NO REGISTRY).
import { sql } from 'kysely';
import type { Actor } from '../../../../core/sharing';
import type { Locale } from '../../../../core/i18n/locale';
import { fieldText } from '../../../../core/i18n/errors';
import type { AuditActorContext } from '../../../platform/audit';
import { AppError, fieldErrorsFromZod, invalidFields, type FieldError } from '../../../platform/errors';
import type { CsvLineError } from '../../../platform/http/csvImport';
import { readCsvBytes } from '../../../platform/http/csvRead';
import type { Tx } from '../../../platform/transaction';
import { makeKeyOf, serialColumns, todayUtc } from '../../firearms/firearmInput';
import {
  AD_REQUIRED,
  AD_VALUE_COLUMNS,
  adColumnOf,
  adFieldOf,
  adRow,
  adRowHash,
  adValuesOf,
} from '../adImport/adRow';
import { encodeValue } from '../adImport/bulkCopy';
import { inImportTransaction, type ImportDatabase } from '../adImport/importTransaction';
import { quickAdRowChecker } from '../adImport/quickAdRow';
import { timeOrderedIds } from '../adImport/timeOrderedIds';
import { ownHolders } from '../queries';

export const MAX_AD_IMPORT_ROWS = 1_000_000;
/** Rows per COPY + upsert round: small enough to overlap parsing with the database, large enough to amortise. */
export const AD_IMPORT_CHUNK_ROWS = 20_000;
/** A chunk's COPY text goes into a buffer outside the JS heap: 20,000 rows of even 400 bytes fit. */
const CHUNK_BYTES = 8 << 20;

/** Notices listed at most: a file of one row repeated a million times would otherwise answer a million of them. */
export const MAX_AD_IMPORT_NOTICES = 1000;

export interface AdImportResult {
  encoding: 'utf-8' | 'windows-1252';
  received: number;
  inserted: number;
  unchanged: number;
  rejected: number;
  /** Rows that repeat an earlier line of the file (counted in `unchanged`). */
  duplicates: number;
  errors: CsvLineError[];
  /** Lines kept but worth a look (the first MAX_AD_IMPORT_NOTICES): a repeat of an earlier line. */
  notices: CsvLineError[];
  ignoredColumns: string[];
}

const STAGING_COLUMNS = ['id', ...AD_VALUE_COLUMNS, 'row_hash'] as const;

/** Lets queued I/O (the upsert just sent) reach the database before the next stretch of synchronous parsing. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function importAdRecords(
  database: ImportDatabase,
  context: AuditActorContext,
  actor: Actor,
  locale: Locale,
  bytes: Uint8Array,
  licence: string | undefined,
): Promise<AdImportResult> {
  const db = 'pool' in database ? database.db : database;
  if (!actor.recordHolder) throw new AppError('forbidden');
  const own = await ownHolders(db, actor.agencyId);
  const holder = licence
    ? own.find((h) => h.licence_number === licence)
    : own.length === 1
      ? own[0]
      : undefined;
  if (!holder)
    throw invalidFields({
      field: 'licence',
      message: licence ? 'holder_unknown' : 'required',
      params: { licence: licence ?? '' },
    });

  // Decoded a window at a time: a 1,000,000-row file is never one string as well as its bytes.
  const { reader, encoding } = readCsvBytes(bytes);
  const header = reader.next();
  let pending = header && reader.next();
  if (!header || !pending) throw invalidFields({ field: 'file', message: 'csv_empty' });
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const missing = AD_REQUIRED.filter((c) => !names.includes(c));
  if (missing.length)
    throw invalidFields(
      ...missing.map((column) => ({
        field: column,
        message: 'csv_required_column_missing' as const,
        params: { column },
      })),
    );
  const errors: CsvLineError[] = [];
  const notices: CsvLineError[] = [];
  const rejectedLines = new Set<number>();
  const lineError = (line: number, error: FieldError): CsvLineError => ({
    line,
    field: adColumnOf(error.field),
    code: error.message,
    message: fieldText(locale, error.message, error.params),
  });
  const report = (line: number, error: FieldError) => {
    rejectedLines.add(line);
    errors.push(lineError(line, error));
  };
  // The first line of each row staged so far, by its row hash's first 52 bits (a number: a million of them stay tens
  // of MB, where the hashes as strings would be hundreds). Two different rows sharing those bits (about one chance
  // in 10,000 in a million-row file) would only be named a repeat: both are still stored, by their full hash.
  const firstLineOf = new Map<number, number>();
  let duplicates = 0;

  const licences = new Map(
    (await db.selectFrom('record_holders').select(['id', 'licence_number']).execute()).map((h) => [
      h.licence_number,
      h.id,
    ]),
  );
  // Holders the rows point to: locked once at the end, as the foreign keys would have row by row.
  const referenced = new Set<string>([holder.id]);
  // makeKeyOf resolves against the reference table: once per distinct make, not once per row.
  const makeKeys = new Map<string, string>();
  const fields = names.map(adFieldOf);
  const columns = header.cells.length;
  const quick = quickAdRowChecker(todayUtc());
  const nextId = timeOrderedIds();
  let received = 0;

  /** The next row to stage as a COPY line, or null at the end of the file; bad rows are reported and skipped. */
  function nextStaged(): string | null {
    for (let record = pending; record; record = pending) {
      pending = reader.next();
      if (++received > MAX_AD_IMPORT_ROWS)
        throw invalidFields({
          field: 'file',
          message: 'csv_too_many_rows',
          params: { maximum: MAX_AD_IMPORT_ROWS },
        });
      // More cells than the header names: an unquoted comma moved every cell after it into the next column.
      if (record.cells.length > columns) {
        report(record.line, {
          field: 'file',
          message: 'csv_extra_cells',
          params: { cells: record.cells.length, columns },
        });
        continue;
      }
      const raw: Record<string, string> = {};
      for (let i = 0; i < fields.length; i++) {
        const field = fields[i];
        const cell = record.cells[i]?.trim() ?? '';
        if (field && cell !== '') raw[field] = cell;
      }
      let row = quick(raw);
      if (!row) {
        const parsed = adRow.safeParse(raw);
        if (!parsed.success) {
          for (const error of fieldErrorsFromZod(parsed.error.issues)) report(record.line, error);
          continue;
        }
        row = parsed.data;
      }
      const serial = serialColumns('intact', row.serial);
      if (!serial.ok) {
        report(record.line, serial.error);
        continue;
      }
      const target =
        row.disposition === 'transfer'
          ? row.disposedToLicence
          : row.disposition === 'sale'
            ? row.purchaserName
            : row.disposition === 'export'
              ? row.exportCountry
              : 'none';
      if (!target) {
        report(record.line, { field: 'disposition', message: 'disposition_target_required' });
        continue;
      }
      const toHolder = row.disposition === 'transfer' ? licences.get(row.disposedToLicence!) : undefined;
      if (row.disposition === 'transfer' && !toHolder) {
        report(record.line, {
          field: 'disposedToLicence',
          message: 'holder_unknown',
          params: { licence: row.disposedToLicence! },
        });
        continue;
      }
      // A holder's own licence as the recipient would make a chain walk come back to the same holder: a loop.
      if (toHolder === holder!.id) {
        report(record.line, {
          field: 'disposedToLicence',
          message: 'transfer_to_self',
          params: { licence: row.disposedToLicence! },
        });
        continue;
      }
      if (row.acquiredOn && row.acquiredOn > row.disposedOn) {
        report(record.line, {
          field: 'acquiredOn',
          message: 'acquired_after_disposed',
          params: { acquiredOn: row.acquiredOn, disposedOn: row.disposedOn },
        });
        continue;
      }
      let makeKey = makeKeys.get(row.make);
      if (makeKey === undefined) makeKeys.set(row.make, (makeKey = makeKeyOf(row.make)));
      const fromHolder = row.acquiredFrom ? licences.get(row.acquiredFrom.toUpperCase()) : undefined;
      if (toHolder) referenced.add(toHolder);
      if (fromHolder) referenced.add(fromHolder);
      const values = adValuesOf(holder!.id, row, makeKey, serial.value.serial_folded!, toHolder, fromHolder);
      const rowHash = adRowHash(values);
      const key = Number.parseInt(rowHash.slice(0, 8) + rowHash.slice(9, 13) + rowHash[14], 16);
      const first = firstLineOf.get(key);
      if (first === undefined) firstLineOf.set(key, record.line);
      else {
        // Still staged: the insert keeps one record either way, and the file's order decides nothing.
        duplicates++;
        if (notices.length < MAX_AD_IMPORT_NOTICES)
          notices.push(
            lineError(record.line, { field: 'file', message: 'duplicate_of_line', params: { line: first } }),
          );
      }
      let line = nextId();
      for (const column of AD_VALUE_COLUMNS) line += `\t${encodeValue(values[column])}`;
      return `${line}\t${rowHash}\n`;
    }
    return null;
  }
  // Each row's line is written straight into the chunk's buffer, so only short-lived strings touch the heap.
  let carry: string | null = null;
  const nextChunk = (): Buffer => {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let used = 0;
    for (let rows = 0; rows < AD_IMPORT_CHUNK_ROWS; rows++) {
      const line: string | null = carry ?? nextStaged();
      carry = null;
      if (line === null) break;
      // A UTF-16 code unit is at most 3 UTF-8 bytes: a line that might not fit starts the next chunk.
      if (used > 0 && used + 3 * line.length > CHUNK_BYTES) {
        carry = line;
        break;
      }
      used += buffer.write(line, used);
    }
    return buffer.subarray(0, used);
  };
  // The reader stops at a quote never closed (what follows cannot be split into cells reliably): the record it opened
  // is counted as received and rejected, and the message says nothing after it was read.
  const finish = (unterminatedAt: number | null) => {
    if (unterminatedAt === null) return;
    received++;
    report(unterminatedAt, { field: 'file', message: 'csv_unterminated_quote_stops' });
  };

  const inserted = await inImportTransaction(database, context, async (tx, audit, load) => {
    await sql`CREATE TEMPORARY TABLE ad_import_staging (
      ${sql.join(STAGING_COLUMNS.map((c) => sql`${sql.ref(c)} text`))}) ON COMMIT DROP`.execute(tx);
    let count = 0;
    let chunk = nextChunk();
    while (chunk.length) {
      await load('ad_import_staging', STAGING_COLUMNS, chunk);
      const moving = moveStaged(tx);
      // The database inserts this chunk while this process parses the next one.
      await nextTurn();
      chunk = nextChunk();
      count += await moving;
      await sql`TRUNCATE ad_import_staging`.execute(tx);
    }
    finish(reader.unterminatedAt);
    await lockReferencedHolders(tx, referenced);
    await audit({
      action: 'ad_record.import',
      ownerAgencyId: actor.agencyId,
      details: {
        holderId: holder.id,
        encoding,
        received,
        inserted: count,
        rejected: rejectedLines.size,
        duplicates,
      },
    });
    return count;
  });
  // The embedded database has no autovacuum: its VACUUM of the pages just written sets their visibility-map bits, so
  // the candidate look-ups of partly restored serials read the key index alone (index-only scans), as they do once
  // autovacuum has run on a server. It reads only pages not yet all-visible: about the import's own (decision 0015).
  if (inserted > 0 && 'kind' in database && database.kind === 'pglite')
    await sql`VACUUM ad_records`.execute(db);
  return {
    encoding,
    received,
    inserted,
    unchanged: received - rejectedLines.size - inserted,
    rejected: rejectedLines.size,
    duplicates,
    errors: errors.sort((a, b) => a.line - b.line),
    notices,
    ignoredColumns: names.filter((n) => n !== '' && !adFieldOf(n)),
  };
}

/** One chunk from staging into ad_records; the same row twice (in the file or already stored) is one record. */
async function moveStaged(tx: Tx): Promise<number> {
  const moved = await sql`
    INSERT INTO ad_records (${sql.join(STAGING_COLUMNS.map((c) => sql.ref(c)))})
    SELECT id::uuid, holder_id::uuid, make, make_key, model, serial_folded, acquired_from_holder_id::uuid,
           acquired_from_name, acquired_on::date, disposition, disposed_to_holder_id::uuid, purchaser_name,
           purchaser_birth_date::date, purchaser_address, export_country, disposed_on::date, row_hash::uuid
    FROM ad_import_staging
    ON CONFLICT (holder_id, make_key, serial_folded, row_hash) DO NOTHING`.execute(tx);
  return Number(moved.numAffectedRows ?? 0);
}

/**
 * ad_records has no foreign keys to record_holders (a per-row trigger each, a third of the insert's cost); the
 * import checked every licence against record_holders, and here takes the lock those checks would have taken
 * (FOR KEY SHARE: the holders cannot be deleted or re-keyed before this transaction commits), once per holder.
 */
async function lockReferencedHolders(tx: Tx, ids: ReadonlySet<string>): Promise<void> {
  const wanted = [...ids];
  const locked = await sql<{ id: string }>`
    SELECT id FROM record_holders WHERE id = ANY(${wanted}::uuid[]) FOR KEY SHARE`.execute(tx);
  if (locked.rows.length !== wanted.length)
    throw new Error('importAdRecords: a referenced record holder vanished');
}
