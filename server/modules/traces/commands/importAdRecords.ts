// A record holder connects its A&D records by CSV upload, for its own licences only. Each row is validated; bad rows
// are reported by line with the reason and good rows kept; a row already imported (same content) is left alone, so
// re-uploading a file changes nothing. Good rows are bulk-loaded (COPY) into a temporary staging table and moved into
// ad_records by one INSERT … SELECT … ON CONFLICT (holder_id, row_hash) DO NOTHING, in one audited transaction.
// The answer is a summary: imported rows never leave the server (NO REGISTRY).
import { sql } from 'kysely';
import type { Actor } from '../../../../core/sharing';
import type { Locale } from '../../../../core/i18n/locale';
import type { AuditActorContext } from '../../../platform/audit';
import { AppError, fieldErrorsFromZod, invalidFields } from '../../../platform/errors';
import { readCsvTable } from '../../../platform/http/csvImport';
import { makeKeyOf, serialColumns, todayUtc } from '../../firearms/firearmInput';
import {
  AD_COLUMNS,
  AD_REQUIRED,
  AD_VALUE_COLUMNS,
  adColumnOf,
  adRow,
  adRowHash,
  adValuesOf,
} from '../adImport/adRow';
import type { CopyValue } from '../adImport/bulkCopy';
import { inImportTransaction, type ImportDatabase } from '../adImport/importTransaction';
import { quickAdRowChecker } from '../adImport/quickAdRow';
import { agencyKindOf } from '../queries';

export const MAX_AD_IMPORT_ROWS = 1_000_000;

export interface AdImportResult {
  encoding: 'utf-8' | 'windows-1252';
  received: number;
  inserted: number;
  unchanged: number;
  rejected: number;
  errors: { line: number; field: string; code: string; message: string }[];
  ignoredColumns: string[];
}

const STAGING_COLUMNS = [...AD_VALUE_COLUMNS, 'row_hash'] as const;

export async function importAdRecords(
  database: ImportDatabase,
  context: AuditActorContext,
  actor: Actor,
  locale: Locale,
  bytes: Uint8Array,
  licence: string | undefined,
): Promise<AdImportResult> {
  const db = 'pool' in database ? database.db : database;
  if ((await agencyKindOf(db, actor.agencyId)) !== 'record_holder') throw new AppError('forbidden');
  const own = await db
    .selectFrom('record_holders')
    .select(['id', 'licence_number'])
    .where('agency_id', '=', actor.agencyId)
    .execute();
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

  const { encoding, names, rows, errors, report } = readCsvTable(bytes, {
    required: AD_REQUIRED,
    maxRows: MAX_AD_IMPORT_ROWS,
    locale,
    columnOf: adColumnOf,
  });
  const licences = new Map(
    (await db.selectFrom('record_holders').select(['id', 'licence_number']).execute()).map((h) => [
      h.licence_number,
      h.id,
    ]),
  );
  // makeKeyOf resolves against the reference table: once per distinct make, not once per row.
  const makeKeys = new Map<string, string>();
  const fields = names.map((name) => AD_COLUMNS[name]);
  const quick = quickAdRowChecker(todayUtc());

  function* stagedRows(): Generator<readonly CopyValue[]> {
    for (const record of rows) {
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
      if (row.acquiredOn && row.acquiredOn > row.disposedOn) {
        report(record.line, { field: 'acquiredOn', message: 'invalid_date' });
        continue;
      }
      let makeKey = makeKeys.get(row.make);
      if (makeKey === undefined) makeKeys.set(row.make, (makeKey = makeKeyOf(row.make)));
      const fromHolder = row.acquiredFrom ? licences.get(row.acquiredFrom.toUpperCase()) : undefined;
      const values = adValuesOf(holder!.id, row, makeKey, serial.value.serial_folded!, toHolder, fromHolder);
      yield [...AD_VALUE_COLUMNS.map((c) => values[c]), adRowHash(values)];
    }
  }

  const inserted = await inImportTransaction(database, context, async (tx, audit, load) => {
    await sql`CREATE TEMPORARY TABLE ad_import_staging (
      ${sql.join(STAGING_COLUMNS.map((c) => sql`${sql.ref(c)} text`))}) ON COMMIT DROP`.execute(tx);
    await load('ad_import_staging', STAGING_COLUMNS, stagedRows());
    // The same row twice in one file is one record, as the same file twice is: DO NOTHING skips both.
    const moved = await sql`
      INSERT INTO ad_records (${sql.join(STAGING_COLUMNS.map((c) => sql.ref(c)))})
      SELECT holder_id::uuid, make, make_key, model, serial_folded, acquired_from_holder_id::uuid, acquired_from_name,
             acquired_on::date, disposition, disposed_to_holder_id::uuid, purchaser_name, purchaser_birth_date::date,
             purchaser_address, export_country, disposed_on::date, row_hash
      FROM ad_import_staging
      ON CONFLICT (holder_id, row_hash) DO NOTHING`.execute(tx);
    const count = Number(moved.numAffectedRows ?? 0);
    await audit({
      action: 'ad_record.import',
      ownerAgencyId: actor.agencyId,
      details: {
        holderId: holder.id,
        encoding,
        received: rows.length,
        inserted: count,
        rejected: errors.length,
      },
    });
    return count;
  });
  const rejectedLines = new Set(errors.map((e) => e.line));
  return {
    encoding,
    received: rows.length,
    inserted,
    unchanged: rows.length - rejectedLines.size - inserted,
    rejected: rejectedLines.size,
    errors: errors.sort((a, b) => a.line - b.line),
    ignoredColumns: names.filter((n) => n !== '' && !AD_COLUMNS[n]),
  };
}
