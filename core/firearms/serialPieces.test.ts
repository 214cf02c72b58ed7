import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZY_MAX_EDITS, FUZZY_PIECES_MIN_LENGTH, fuzzyProbe, twoEditChecks } from './serialPieces';
import { damerauLevenshtein } from './serialSimilarity';

/** Plain Levenshtein, standing in for fuzzystrmatch's levenshtein() in the database. */
function levenshtein(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++)
      cur[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (s[i - 1] === t[j - 1] ? 0 : 1),
      );
    prev = cur;
  }
  return prev[t.length] ?? 0;
}

/** The database's verification, as queries.ts writes it in SQL. */
function withinTwoEdits(query: string, serial: string): boolean {
  const { exact, swapped } = twoEditChecks(query);
  if (exact.includes(serial)) return true;
  if (levenshtein(serial, query) > 3) return false;
  return levenshtein(serial, query) <= 2 || swapped.some((v) => levenshtein(serial, v) <= 1);
}

/** The candidate step: does the serial match one of the probe's look-ups? */
function found(query: string, serial: string): boolean {
  const probe = fuzzyProbe(query);
  if (probe.kind === 'lengths') {
    const n = [...serial].length;
    return n >= probe.min && n <= probe.max;
  }
  return (
    probe.prefixes.some((p) => serial.startsWith(p)) ||
    probe.suffixes.some((p) => serial.endsWith(p)) ||
    serial.includes(probe.infix)
  );
}

function allStrings(alphabet: string, maxLength: number): string[] {
  const out = [''];
  for (let i = 0; i < out.length; i++) {
    const s = out[i] ?? '';
    if (s.length < maxLength) for (const c of alphabet) out.push(s + c);
  }
  return out;
}

/** Strings one edit away (substitution, insertion, deletion, adjacent swap), over `alphabet`. */
function oneEdit(s: string, alphabet: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= s.length; i++) {
    for (const c of alphabet) out.push(s.slice(0, i) + c + s.slice(i));
    if (i < s.length) {
      out.push(s.slice(0, i) + s.slice(i + 1));
      for (const c of alphabet) out.push(s.slice(0, i) + c + s.slice(i + 1));
    }
    if (i + 1 < s.length) out.push(s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2));
  }
  return out;
}

describe('fuzzy serial look-ups (pigeonhole pieces)', () => {
  it('cuts a serial in three pieces, with the swapped variants across each cut', () => {
    // The prefix gets four characters before the suffix gets more than two (make codes are shared).
    expect(fuzzyProbe('GL1234567')).toEqual({
      kind: 'pieces',
      prefixes: ['GL12', 'GL13'],
      suffixes: ['67', '57'],
      infix: '345',
    });
    expect(fuzzyProbe('GL12345678')).toEqual({
      kind: 'pieces',
      prefixes: ['GL12', 'GL13'],
      suffixes: ['78', '68'],
      infix: '3456',
    });
    expect(fuzzyProbe('GL12345678901')).toEqual({
      kind: 'pieces',
      prefixes: ['GL12', 'GL13'],
      suffixes: ['78901', '68901'],
      infix: '3456',
    });
    expect(fuzzyProbe('AB12345')).toEqual({
      kind: 'pieces',
      prefixes: ['AB', 'A1'],
      suffixes: ['45', '35'],
      infix: '123',
    });
    expect(fuzzyProbe('AB123456')).toEqual({
      kind: 'pieces',
      prefixes: ['AB1', 'AB2'],
      suffixes: ['56', '46'],
      infix: '234',
    });
    expect(fuzzyProbe('AB1234')).toEqual({ kind: 'lengths', min: 4, max: 8 });
    expect(fuzzyProbe('A')).toEqual({ kind: 'lengths', min: 1, max: 3 });
  });

  it('finds every serial within two edits: exhaustively for all 7-character queries over {A, B}', () => {
    // A two-letter alphabet is the hard case: pieces repeat and swaps across the cuts are frequent.
    const serials = allStrings('AB', 9).filter((s) => s.length >= 5);
    for (const query of allStrings('AB', 7).filter((s) => s.length === FUZZY_PIECES_MIN_LENGTH))
      for (const serial of serials)
        if (damerauLevenshtein(query, serial) <= FUZZY_MAX_EDITS)
          expect(found(query, serial), serial).toBe(true);
  });

  it('finds every serial within two edits of longer queries over a small alphabet (whole 2-neighbourhoods)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('A', 'B', '1', '2'), { minLength: FUZZY_PIECES_MIN_LENGTH, maxLength: 13 }),
        (chars) => {
          const query = chars.join('');
          const alphabet = 'A1X';
          const near = new Set(
            oneEdit(query, alphabet).flatMap((once) => [once, ...oneEdit(once, alphabet)]),
          );
          for (const serial of near)
            if (!found(query, serial) && damerauLevenshtein(query, serial) <= FUZZY_MAX_EDITS) return false;
          // A swap with a character dropped between (one Lowrance–Wagner edit of cost 2) is not two single edits.
          for (let i = 0; i + 2 < chars.length; i++) {
            const serial = query.slice(0, i) + query[i + 2] + query[i] + query.slice(i + 3);
            if (!found(query, serial)) return false;
          }
          return true;
        },
      ),
      { numRuns: 40 },
    );
  });

  it('misses serials the edits cannot explain (pieces are necessary, not just sufficient)', () => {
    expect(found('GL1234567', 'XX9999999')).toBe(false);
    expect(found('GL1234567', 'GX1999567')).toBe(true); // P3 intact: a candidate, which verification then rejects
    expect(withinTwoEdits('GL1234567', 'GX1999567')).toBe(false);
  });
});

describe('two-edit verification by Levenshtein checks', () => {
  it('agrees with Damerau–Levenshtein ≤ 2 on every pair of strings up to 4 over {a, b, c} and 6 over {a, b}', () => {
    const strings = [...allStrings('abc', 4), ...allStrings('ab', 6).filter((s) => s.length > 4)];
    for (const q of strings)
      for (const s of strings)
        if (withinTwoEdits(q, s) !== damerauLevenshtein(q, s) <= 2)
          expect({ q, s, distance: damerauLevenshtein(q, s) }).toBe('agreement');
  });

  it('agrees with Damerau–Levenshtein ≤ 2 on longer serials and their near neighbours', () => {
    const serial = fc
      .array(fc.constantFrom('A', 'B', '1', '2', '3'), { maxLength: 14 })
      .map((c) => c.join(''));
    fc.assert(
      fc.property(serial, fc.array(fc.nat(), { maxLength: 3 }), (query, edits) => {
        // Near neighbours by up to three random single edits, so distances 0–3 all occur.
        let s = query;
        for (const e of edits) {
          const options = oneEdit(s, 'AB3');
          s = options[e % Math.max(1, options.length)] ?? s;
        }
        return withinTwoEdits(query, s) === damerauLevenshtein(query, s) <= 2;
      }),
      { numRuns: 2000 },
    );
  });
});
