// Reads CSV text one record at a time (RFC 4180 quotes, `;` when the header uses it more than `,`, CR, LF or CRLF
// line ends, blank lines skipped, an unterminated quote reported at the line it opened and nothing after it read), so
// a million-row A&D file never exists as a million row objects; csvRead.ts parseCsvRecords collects it for small
// files. Fast path: a line without a quote or a lone CR is split as is; any other record goes through the
// character-by-character reader. csvRecordReader.test.ts checks the fast path against the character reader alone.

export interface CsvRecord {
  /** 1-based line of the file where the record starts (the header is line 1). */
  line: number;
  cells: string[];
}

export class CsvRecordReader {
  readonly delimiter: ',' | ';';
  /** Line where an unterminated quote opened (reading stops there), or null. */
  unterminatedAt: number | null = null;
  private position = 0;
  private line = 1;

  /** `fastPath: false` reads every record character by character (the tests' reference). */
  constructor(
    private readonly text: string,
    private readonly options: { fastPath?: boolean } = {},
  ) {
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
      const plain = content.indexOf('"') === -1 && content.indexOf('\r') === -1;
      if (plain && this.options.fastPath !== false) {
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

  /** One record from `position` by the full rules, character by character. */
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
