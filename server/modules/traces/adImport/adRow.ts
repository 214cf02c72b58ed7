// One A&D CSV row: its columns, its validation (zod, so errors carry the usual field messages) and the values stored
// with their row hash. The hash is sha256 over the stored values in a fixed order: re-uploading a row changes nothing.
import { hash } from 'node:crypto';
import { z } from 'zod';
import { AD_CSV_COLUMNS, AD_CSV_REQUIRED, AD_DISPOSITIONS } from '../../../../core/firearms';
import { plainText } from '../../../platform/http/schemas';
import { pastDate } from '../../firearms/firearmInput';
import type { Disposition } from '../tables';

export const DISPOSITIONS = AD_DISPOSITIONS satisfies readonly Disposition[];

/** CSV column → field. */
export const AD_COLUMNS: Record<string, string> = AD_CSV_COLUMNS;
export const AD_REQUIRED: readonly string[] = AD_CSV_REQUIRED;
const FIELD_TO_COLUMN = new Map(Object.entries(AD_COLUMNS).map(([column, field]) => [field, column]));
export const adColumnOf = (field: string) => FIELD_TO_COLUMN.get(field) ?? field;
/** The field a header name reads as; own keys only, so a column headed "constructor" is just unknown. */
export const adFieldOf = (name: string): string | undefined =>
  Object.hasOwn(AD_COLUMNS, name) ? AD_COLUMNS[name] : undefined;

export const adRow = z
  .object({
    make: plainText(120),
    model: plainText(120).optional(),
    serial: z.string().max(200),
    acquiredOn: pastDate.optional(),
    acquiredFrom: plainText(200).optional(),
    // Spreadsheets capitalise what people type ("Sale"): any case reads as the stored lower-case value.
    disposition: z.string().trim().toLowerCase().pipe(z.enum(DISPOSITIONS)),
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

export type AdRow = z.output<typeof adRow>;

/** The stored columns of one A&D record (without id and timestamps), in the order COPY sends them. */
export interface AdValues {
  holder_id: string;
  make: string;
  make_key: string;
  model: string | null;
  serial_folded: string;
  acquired_from_holder_id: string | null;
  acquired_from_name: string | null;
  acquired_on: string | null;
  disposition: Disposition;
  disposed_to_holder_id: string | null;
  purchaser_name: string | null;
  purchaser_birth_date: string | null;
  purchaser_address: string | null;
  export_country: string | null;
  disposed_on: string;
}

export const AD_VALUE_COLUMNS = [
  'holder_id',
  'make',
  'make_key',
  'model',
  'serial_folded',
  'acquired_from_holder_id',
  'acquired_from_name',
  'acquired_on',
  'disposition',
  'disposed_to_holder_id',
  'purchaser_name',
  'purchaser_birth_date',
  'purchaser_address',
  'export_country',
  'disposed_on',
] as const satisfies readonly (keyof AdValues)[];

/**
 * The row's identity for re-uploads: the first 128 bits of the sha256 of its values as JSON, keys in
 * AD_VALUE_COLUMNS order (the order every stored hash was made with), written as a uuid for the uuid column
 * (migration 0020: 16 fixed bytes in the one key index instead of 64 hex characters).
 */
export function adRowHash(values: AdValues): string {
  // Built by hand: the same text JSON.stringify gives for an object with these keys in this order, without the object.
  let json = '{';
  for (let i = 0; i < AD_VALUE_COLUMNS.length; i++) {
    const column = AD_VALUE_COLUMNS[i]!;
    json += `${i ? ',' : ''}"${column}":${JSON.stringify(values[column])}`;
  }
  const hex = hash('sha256', `${json}}`, 'hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function adValuesOf(
  holderId: string,
  row: AdRow,
  makeKey: string,
  serialFolded: string,
  toHolder: string | undefined,
  fromHolder: string | undefined,
): AdValues {
  return {
    holder_id: holderId,
    make: row.make,
    make_key: makeKey,
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
}
