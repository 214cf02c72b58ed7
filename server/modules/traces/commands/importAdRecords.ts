// A record holder connects its A&D records by CSV upload, for its own licences only. Each row is validated; bad rows
// are reported by line with the reason and good rows kept; a row already imported (same content) is left alone, so
// re-uploading a file changes nothing. The answer is a summary: imported rows never leave the server (NO REGISTRY).
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '../../../../core/sharing';
import type { Locale } from '../../../../core/i18n/locale';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { AppError, fieldErrorsFromZod, invalidFields } from '../../../platform/errors';
import { readCsvTable } from '../../../platform/http/csvImport';
import { plainText } from '../../../platform/http/schemas';
import { inTransaction } from '../../../platform/transaction';
import { makeKeyOf, pastDate, serialColumns } from '../../firearms/firearmInput';
import { agencyKindOf } from '../queries';
import type { Disposition } from '../tables';

export const MAX_AD_IMPORT_ROWS = 100_000;
const DISPOSITIONS = ['transfer', 'sale', 'lost_stolen', 'export'] as const satisfies readonly Disposition[];

/** CSV column → field. */
const COLUMNS: Record<string, string> = {
  make: 'make',
  model: 'model',
  serial: 'serial',
  acquired_on: 'acquiredOn',
  acquired_from: 'acquiredFrom',
  disposition: 'disposition',
  disposed_on: 'disposedOn',
  disposed_to_licence: 'disposedToLicence',
  purchaser_name: 'purchaserName',
  purchaser_birth_date: 'purchaserBirthDate',
  purchaser_address: 'purchaserAddress',
  export_country: 'exportCountry',
};
const REQUIRED = ['make', 'serial', 'disposition', 'disposed_on'];
const columnOf = (field: string) => Object.entries(COLUMNS).find(([, f]) => f === field)?.[0] ?? field;

const adRow = z
  .object({
    make: plainText(120),
    model: plainText(120).optional(),
    serial: z.string().max(200),
    acquiredOn: pastDate.optional(),
    acquiredFrom: plainText(200).optional(),
    disposition: z.enum(DISPOSITIONS),
    disposedOn: pastDate,
    disposedToLicence: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9-]{3,40}$/)
      .optional(),
    purchaserName: plainText(200).optional(),
    purchaserBirthDate: pastDate.optional(),
    purchaserAddress: plainText(400).optional(),
    exportCountry: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/)
      .optional(),
  })
  .strict();

export interface AdImportResult {
  encoding: 'utf-8' | 'windows-1252';
  received: number;
  inserted: number;
  unchanged: number;
  rejected: number;
  errors: { line: number; field: string; code: string; message: string }[];
  ignoredColumns: string[];
}

export async function importAdRecords(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  locale: Locale,
  bytes: Uint8Array,
  licence: string | undefined,
): Promise<AdImportResult> {
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
    required: REQUIRED,
    maxRows: MAX_AD_IMPORT_ROWS,
    locale,
    columnOf,
  });

  const licences = new Map(
    (await db.selectFrom('record_holders').select(['id', 'licence_number']).execute()).map((h) => [
      h.licence_number,
      h.id,
    ]),
  );
  const valid = new Map<string, ReturnType<typeof valuesOf>>();
  for (const record of rows) {
    const raw: Record<string, string> = {};
    names.forEach((name, i) => {
      const cell = record.cells[i]?.trim() ?? '';
      const field = COLUMNS[name];
      if (field && cell !== '') raw[field] = cell;
    });
    const parsed = adRow.safeParse(raw);
    if (!parsed.success) {
      for (const error of fieldErrorsFromZod(parsed.error.issues)) report(record.line, error);
      continue;
    }
    const row = parsed.data;
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
    const values = valuesOf(holder.id, row, serial.value.serial_folded!, toHolder, licences);
    // The same row twice in one file is one record, as the same file twice is.
    valid.set(values.row_hash, values);
  }

  const inserted = await inTransaction(db, context, async (tx, audit) => {
    let count = 0;
    const all = [...valid.values()];
    for (let i = 0; i < all.length; i += 500) {
      const done = await tx
        .insertInto('ad_records')
        .values(all.slice(i, i + 500))
        .onConflict((oc) => oc.doNothing())
        .returning('id')
        .execute();
      count += done.length;
    }
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
    ignoredColumns: names.filter((n) => n !== '' && !COLUMNS[n]),
  };
}

function valuesOf(
  holderId: string,
  row: z.output<typeof adRow>,
  serialFolded: string,
  toHolder: string | undefined,
  licences: Map<string, string>,
) {
  const fromHolder = row.acquiredFrom ? licences.get(row.acquiredFrom.toUpperCase()) : undefined;
  const values = {
    holder_id: holderId,
    make: row.make,
    make_key: makeKeyOf(row.make),
    model: row.model ?? null,
    serial_folded: serialFolded,
    acquired_from_holder_id: fromHolder ?? null,
    acquired_from_name: fromHolder ? null : (row.acquiredFrom ?? null),
    acquired_on: row.acquiredOn ?? null,
    disposition: row.disposition,
    disposed_to_holder_id: row.disposition === 'transfer' ? (toHolder ?? null) : null,
    purchaser_name: row.disposition === 'sale' ? (row.purchaserName ?? null) : null,
    purchaser_birth_date: row.disposition === 'sale' ? (row.purchaserBirthDate ?? null) : null,
    purchaser_address: row.disposition === 'sale' ? (row.purchaserAddress ?? null) : null,
    export_country: row.disposition === 'export' ? (row.exportCountry ?? null) : null,
    disposed_on: row.disposedOn,
  };
  const row_hash = createHash('sha256').update(JSON.stringify(values)).digest('hex');
  return { ...values, row_hash };
}
