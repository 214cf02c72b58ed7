// XLSX manifests through exceljs's streaming reader (first worksheet only), so a 100,000-row workbook is never
// held whole. Cells become text: formulas give their cached result, never their formula; rich text its text.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CellRecord } from './records';

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return String(value.text);
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    return result === undefined || (typeof result === 'object' && !(result instanceof Date))
      ? ''
      : cellText(result);
  }
  if ('error' in value) return '';
  return '';
}

export async function* xlsxRecords(source: Uint8Array | string): AsyncGenerator<CellRecord> {
  const input = typeof source === 'string' ? source : Readable.from([Buffer.from(source)]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
    entries: 'emit',
  });
  for await (const sheet of reader) {
    let previous = 0;
    for await (const row of sheet) {
      // Rows with no cells are not emitted: give them back as empty records so the report names them.
      for (let blank = previous + 1; blank < row.number && previous > 0; blank += 1)
        yield { line: blank, cells: [''] };
      previous = row.number;
      const values = Array.isArray(row.values) ? (row.values as ExcelJS.CellValue[]) : [];
      const cells: string[] = [];
      for (let i = 1; i < values.length; i += 1) cells.push(cellText(values[i]));
      yield { line: row.number, cells };
    }
    return; // the first worksheet is the manifest
  }
}
