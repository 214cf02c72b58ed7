// Reads an A&D CSV one record at a time, so a million-row file never exists as a million row objects. Same rules as
// platform/http/csvRead.ts parseCsvRecords (RFC 4180 quotes, `;` when the header uses it more than `,`, CR, LF or
// CRLF line ends, blank lines skipped, an unterminated quote reported at the line it opened and nothing after it
// read), with a fast path: a line without a quote or a lone CR is split as is; any other record goes through the
// character-by-character reader. csvStream.test.ts checks both paths against parseCsvRecords.
import type { CsvRecord } from '../../../platform/http/csvRead';

export class CsvRecordReader {
  readonly delimiter: ',' | ';';
  /** Line where an unterminated quote opened (reading stops there), or null. */
  unterminatedAt: number | null = null;
  private position = 0;
  private line = 1;

  constructor(private readonly text: string) {
    const end = text.search(/\r?\n|$/);
    const first = text.slice(0, end);
    this.delimiter = (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
  }

  /** The next non-blank record, or null at the end of the text (or at an unterminated quote). */
  next(): CsvRecord | null {
    const text = this.text;
    while (this.position < text.length && this.unterminatedAt === null) {
      const start = this.position;
      let end = text.indexOf('\n', start);
      if (end === -1) end = text.length;
      const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      const content = text.slice(start, lineEnd);
      if (content.indexOf('"') === -1 && content.indexOf('\r') === -1) {
        const line = this.line;
        this.position = end + 1;
        this.line++;
        if (content === '') continue;
        return { line, cells: content.split(this.delimiter) };
      }
      const record = this.slowRecord();
      if (record) return record;
    }
    return null;
  }

  /** One record from `position` by the full rules (the loop of parseCsvRecords, stopped at the record's end). */
  private slowRecord(): CsvRecord | null {
    const text = this.text;
    const delimiter = this.delimiter;
    const start = this.line;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    let quoteOpenedAt = 0;
    let rowHasContent = false;
    let i = this.position;
    for (; i < text.length; i++) {
      const ch = text[i]!;
      if (quoted) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i++;
          } else quoted = false;
        } else {
          if (ch === '\n') this.line++;
          cell += ch;
        }
        continue;
      }
      if (ch === '"' && cell === '') {
        quoted = true;
        quoteOpenedAt = this.line;
        rowHasContent = true;
      } else if (ch === delimiter) {
        cells.push(cell);
        cell = '';
        rowHasContent = true;
      } else if (ch === '\r' && text[i + 1] === '\n') {
        continue;
      } else if (ch === '\n' || ch === '\r') {
        this.line++;
        break;
      } else {
        cell += ch;
      }
    }
    this.position = i + 1;
    if (quoted) {
      this.unterminatedAt = quoteOpenedAt;
      return null;
    }
    cells.push(cell);
    return rowHasContent || cells.length > 1 || cell !== '' ? { line: start, cells } : null;
  }
}
