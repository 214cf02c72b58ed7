// The CSV reader's fast path (lines split as they are) must read exactly what its character-by-character reader
// reads: the same records, cells and line numbers, the same delimiter choice and the same unterminated-quote line,
// on arbitrary text made of the characters that matter (quotes, both delimiters, CR, LF, spaces). Read from a file's
// bytes a window at a time, it must read what it reads from the whole decoded text, wherever the windows cut.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCsvBytes, parseCsvRecords, readCsvBytes } from './csvRead';
import { CsvRecordReader } from './csvRecordReader';

function drain(reader: CsvRecordReader) {
  const records = [];
  for (let record = reader.next(); record; record = reader.next()) records.push(record);
  return { records, unterminatedAt: reader.unterminatedAt, delimiter: reader.delimiter };
}

function readAll(text: string, fastPath = true) {
  const reader = new CsvRecordReader(text, { fastPath });
  const records = [];
  for (let record = reader.next(); record; record = reader.next()) records.push(record);
  return { records, unterminatedAt: reader.unterminatedAt };
}

describe('CsvRecordReader', () => {
  it('reads the same with and without the fast path on any text of quotes, delimiters and line ends', () => {
    const text = fc
      .array(fc.constantFrom('a', 'b', ' ', ',', ';', '"', '""', '\n', '\r', '\r\n', 'é'), { maxLength: 60 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(readAll(t)).toEqual(readAll(t, false));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads a file in windows of any size as it reads the whole text: UTF-8 (BOM, characters cut by a window) and Windows-1252', () => {
    const text = fc
      .array(fc.constantFrom('a', ' ', ',', ';', '"', '""', '\n', '\r', '\r\n', 'é', '€', '😀', 'ñ'), {
        maxLength: 60,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.boolean(), fc.integer({ min: 1, max: 12 }), (t, bom, window) => {
        const bytes = Buffer.from((bom ? '\ufeff' : '') + t, 'utf8');
        const whole = decodeCsvBytes(bytes);
        const windowed = readCsvBytes(bytes, window);
        expect(windowed.encoding).toBe('utf-8');
        expect(drain(windowed.reader)).toEqual(drain(new CsvRecordReader(whole.text)));
      }),
      { numRuns: 3000 },
    );
    // é and ñ as single Windows-1252 bytes: not UTF-8, read as Windows-1252 in both ways.
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 12 }), (t, window) => {
        const bytes = Buffer.from(`é;${t.replace(/[€😀]/gu, 'x')}`, 'latin1');
        const whole = decodeCsvBytes(bytes);
        const windowed = readCsvBytes(bytes, window);
        expect([whole.encoding, windowed.encoding]).toEqual(['windows-1252', 'windows-1252']);
        expect(drain(windowed.reader)).toEqual(drain(new CsvRecordReader(whole.text)));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads quoted cells with commas, doubled quotes and line breaks, and counts lines across them', () => {
    const text = 'make,serial\r\n"Smith, Wesson","A""1\nB"\r\n\r\nGlock,G2\rRuger,R3\n';
    expect(readAll(text)).toEqual({
      records: [
        { line: 1, cells: ['make', 'serial'] },
        { line: 2, cells: ['Smith, Wesson', 'A"1\nB'] },
        { line: 5, cells: ['Glock', 'G2'] },
        { line: 6, cells: ['Ruger', 'R3'] },
      ],
      unterminatedAt: null,
    });
    expect(readAll(text, false)).toEqual(readAll(text));
    expect(parseCsvRecords(text)).toEqual(readAll(text));
  });

  it('stops at an unterminated quote and names the line it opened on', () => {
    const text = 'make;serial\nGlock;G1\nGlock;"G2\nGlock;G3\n';
    expect(readAll(text)).toEqual({
      records: [
        { line: 1, cells: ['make', 'serial'] },
        { line: 2, cells: ['Glock', 'G1'] },
      ],
      unterminatedAt: 3,
    });
  });
});
