// The CSV reader's fast path (lines split as they are) must read exactly what its character-by-character reader
// reads: the same records, cells and line numbers, the same delimiter choice and the same unterminated-quote line,
// on arbitrary text made of the characters that matter (quotes, both delimiters, CR, LF, spaces).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from './csvRead';
import { CsvRecordReader } from './csvRecordReader';

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
