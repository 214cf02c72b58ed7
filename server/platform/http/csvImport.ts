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
  rows: CsvRecord[];
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
  return { encoding, names, rows, errors, report };
}
