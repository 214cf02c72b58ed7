// CSV manifests: decoded as UTF-8, else Windows-1252 (what es-MX and fr-CA spreadsheets save), `;` or `,`
// delimited, by the platform's RFC 4180 reader; blank lines are kept as records so they are reported by line.
import { decodeCsvBytes, parseCsvRecords } from '../../../platform/http/csvRead';
import type { CellRecord } from './records';

export async function* csvRecords(bytes: Uint8Array): AsyncGenerator<CellRecord> {
  const { text } = decodeCsvBytes(bytes);
  const { records } = parseCsvRecords(text);
  // An unterminated quote ends the records there; what came before is still screened.
  let previousLine = 0;
  for (const record of records) {
    // parseCsvRecords drops blank lines; give them back as empty records so the report names them.
    for (let blank = previousLine + 1; blank < record.line && previousLine > 0; blank += 1)
      yield { line: blank, cells: [''] };
    let newlines = 0; // quoted cells may span lines
    for (const cell of record.cells) if (cell.includes('\n')) newlines += cell.split('\n').length - 1;
    previousLine = record.line + newlines;
    yield record;
  }
}
