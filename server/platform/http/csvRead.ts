// Reading uploaded CSV files (RFC 4180): bytes decoded as UTF-8, or as Windows-1252 when they are not valid UTF-8
// (what spreadsheets in es-MX and fr-CA save by default); `;` accepted as the delimiter when the header uses it;
// each record keeps the line it starts on, so errors can name it.

import { isUtf8 } from 'node:buffer';
import { CsvRecordReader, type CsvRecord } from './csvRecordReader';

export type { CsvRecord };

export type CsvEncoding = 'utf-8' | 'windows-1252';

export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  try {
    return { text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes)), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
  }
}

/** Bytes decoded per piece by readCsvBytes: the text of a large file is never held whole. */
const WINDOW_BYTES = 1 << 20;

/**
 * A record reader over a file's bytes, decoded a window at a time with the encoding decodeCsvBytes would pick (UTF-8
 * when the bytes are valid UTF-8, else Windows-1252; a UTF-8 byte order mark dropped). A character split by a
 * window's edge is completed by the streaming decoder.
 */
export function readCsvBytes(
  bytes: Uint8Array,
  windowBytes = WINDOW_BYTES,
): { reader: CsvRecordReader; encoding: CsvEncoding } {
  const encoding: CsvEncoding = isUtf8(bytes) ? 'utf-8' : 'windows-1252';
  const decoder = new TextDecoder(encoding);
  let offset = 0;
  let ended = false;
  const pieces = () => {
    if (offset < bytes.length) {
      const end = Math.min(offset + windowBytes, bytes.length);
      const piece = decoder.decode(bytes.subarray(offset, end), { stream: true });
      offset = end;
      return piece;
    }
    if (ended) return null;
    ended = true;
    return decoder.decode();
  };
  return { reader: new CsvRecordReader(pieces), encoding };
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Parses records; an unterminated quote is reported with the line it opened on (the rest is not guessed at). */
export function parseCsvRecords(text: string): { records: CsvRecord[]; unterminatedAt: number | null } {
  const reader = new CsvRecordReader(text);
  const records: CsvRecord[] = [];
  for (let record = reader.next(); record; record = reader.next()) records.push(record);
  return { records, unterminatedAt: reader.unterminatedAt };
}
