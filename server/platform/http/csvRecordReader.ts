// Reads CSV text one record at a time (RFC 4180 quotes, `;` when the header uses it more than `,`, CR, LF or CRLF
// line ends, blank lines skipped, an unterminated quote reported at the line it opened and nothing after it read), so
// a million-row A&D file never exists as a million row objects; csvRead.ts parseCsvRecords collects it for small
// files. The text may also come in pieces (csvRead.ts readCsvBytes decodes a file a window at a time), so a 200 MB
// upload never exists as one string either: a record cut by the end of a piece is read again once the next is in.
// Fast path: a line without a quote or a lone CR is split as is; any other record goes through the
// character-by-character reader. csvRecordReader.test.ts checks the fast path against the character reader alone,
// and pieces of any size against the whole text.

export interface CsvRecord {
  /** 1-based line of the file where the record starts (the header is line 1). */
  line: number;
  cells: string[];
}

/** The next piece of a text, or null after the last one. */
export type TextPieces = () => string | null;

/** slowRecord ran into the end of a piece: the record is read again once the next piece is in. */
const INCOMPLETE = Symbol('incomplete');

export class CsvRecordReader {
  readonly delimiter: ',' | ';';
  /** Line where an unterminated quote opened (reading stops there), or null. */
  unterminatedAt: number | null = null;
  private readonly pieces: TextPieces | null;
  private text: string;
  /** True once the text holds the end of the input. */
  private final: boolean;
  private position = 0;
  private line = 1;

  /** `fastPath: false` reads every record character by character (the tests' reference). */
  constructor(
    source: string | TextPieces,
    private readonly options: { fastPath?: boolean } = {},
  ) {
    this.pieces = typeof source === 'string' ? null : source;
    this.text = typeof source === 'string' ? source : '';
    this.final = typeof source === 'string';
    while (!this.final && this.text.indexOf('\n') === -1) this.refill();
    const end = this.text.search(/\r?\n|$/);
    const first = this.text.slice(0, end);
    this.delimiter = (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ';' : ',';
  }

  /** Appends the next piece to what is left unread; false when there is nothing more to read. */
  private refill(): boolean {
    if (this.final) return false;
    const piece = this.pieces!();
    if (piece === null) this.final = true;
    else {
      this.text = this.text.slice(this.position) + piece;
      this.position = 0;
    }
    return true;
  }

  /** The next non-blank record, or null at the end of the text (or at an unterminated quote). */
  next(): CsvRecord | null {
    while (this.unterminatedAt === null) {
      const text = this.text;
      const start = this.position;
      if (start >= text.length) {
        if (this.refill()) continue;
        return null;
      }
      let end = text.indexOf('\n', start);
      if (end === -1) {
        if (this.refill()) continue;
        end = text.length;
      }
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
      const line = this.line;
      const record = this.slowRecord();
      if (record === INCOMPLETE) {
        this.line = line;
        this.refill();
        continue;
      }
      if (record) return record;
    }
    return null;
  }

  /** One record from `position` by the full rules, character by character. */
  private slowRecord(): CsvRecord | null | typeof INCOMPLETE {
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
      // A quote or CR that ends the piece means one thing or another depending on the next character.
      if ((ch === '"' || ch === '\r') && i + 1 === text.length && !this.final) return INCOMPLETE;
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
    if (i >= text.length && !this.final) return INCOMPLETE;
    this.position = i + 1;
    if (quoted) {
      this.unterminatedAt = quoteOpenedAt;
      return null;
    }
    cells.push(cell);
    return rowHasContent || cells.length > 1 || cell !== '' ? { line: start, cells } : null;
  }
}
