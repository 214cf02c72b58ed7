// Reading uploaded CSV files (RFC 4180): bytes decoded as UTF-8, or as Windows-1252 when they are not valid UTF-8
// (what spreadsheets in es-MX and fr-CA save by default); `;` accepted as the delimiter when the header uses it;
// each record keeps the line it starts on, so errors can name it.

export interface CsvRecord {
  /** 1-based line of the file where the record starts (the header is line 1). */
  line: number;
  cells: string[];
}

export type CsvEncoding = 'utf-8' | 'windows-1252';

export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  try {
    return { text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Parses records; an unterminated quote is reported with the line it opened on (the rest is not guessed at). */
export function parseCsvRecords(text: string): { records: CsvRecord[]; unterminatedAt: number | null } {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let quoteOpenedAt = 0;
  let rowHasContent = false;
  const endRecord = () => {
    cells.push(cell);
    if (rowHasContent || cells.length > 1 || cell !== '') records.push({ line: start, cells });
    cells = [];
    cell = '';
    rowHasContent = false;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      quoteOpenedAt = line;
      rowHasContent = true;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      rowHasContent = true;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      continue;
    } else if (ch === '\n' || ch === '\r') {
      endRecord();
      line++;
      start = line;
    } else {
      cell += ch;
    }
  }
  if (quoted) return { records, unterminatedAt: quoteOpenedAt };
  endRecord();
  return { records, unterminatedAt: null };
}
