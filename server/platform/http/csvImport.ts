// The common front half of every CSV import: decode (UTF-8, else Windows-1252), split into records,
// refuse an empty or oversized file and missing columns up front, and collect per-line errors in the
// caller's language so good rows can be kept and bad ones reported by line.
import { fieldText } from '../../../core/i18n/errors';
import type { Locale } from '../../../core/i18n/locale';
import { invalidFields, type FieldError } from '../errors';
import { decodeCsvBytes, parseCsvRecords, type CsvEncoding, type CsvRecord } from './csvRead';

export interface CsvLineError {
  line: number;
  field: string;
  code: string;
  message: string;
}

export interface CsvTable {
  encoding: CsvEncoding;
  /** Header names, trimmed and lower-cased. */
  names: string[];
  /** The data lines to read: those with no more cells than the header (the others are reported). */
  rows: CsvRecord[];
  /** Every data line in the file, the reported ones included. */
  received: number;
  errors: CsvLineError[];
  /** Records an error at a line; `field` is mapped back to the file's column name. */
  report(line: number, error: FieldError): void;
}

export function readCsvTable(
  bytes: Uint8Array,
  options: {
    required: readonly string[];
    maxRows: number;
    locale: Locale;
    columnOf: (field: string) => string;
  },
): CsvTable {
  const { text, encoding } = decodeCsvBytes(bytes);
  const { records, unterminatedAt } = parseCsvRecords(text);
  const [header, ...rows] = records;
  if (!header || rows.length === 0) throw invalidFields({ field: 'file', message: 'csv_empty' });
  if (rows.length > options.maxRows) {
    throw invalidFields({
      field: 'file',
      message: 'csv_too_many_rows',
      params: { maximum: options.maxRows },
    });
  }
  const names = header.cells.map((c) => c.trim().toLowerCase());
  const missing = options.required.filter((c) => !names.includes(c));
  if (missing.length) {
    // Named in the message too: a list of problems shown apart from the header must still say which column.
    throw invalidFields(
      ...missing.map((column) => ({
        field: column,
        message: 'csv_required_column_missing' as const,
        params: { column },
      })),
    );
  }
  const errors: CsvLineError[] = [];
  const report = (line: number, error: FieldError) => {
    errors.push({
      line,
      field: options.columnOf(error.field),
      code: error.message,
      message: fieldText(options.locale, error.message, error.params),
    });
  };
  if (unterminatedAt !== null) report(unterminatedAt, { field: 'file', message: 'csv_unterminated_quote' });
  // More cells than the header names: an unquoted comma moved every cell after it into the next column, so the row
  // is refused rather than read with its last cells dropped.
  const readable = rows.filter((row) => {
    if (row.cells.length <= names.length) return true;
    report(row.line, {
      field: 'file',
      message: 'csv_extra_cells',
      params: { cells: row.cells.length, columns: names.length },
    });
    return false;
  });
  return { encoding, names, rows: readable, received: rows.length, errors, report };
}
