import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  damerauLevenshtein,
  editSimilarity,
  explainSerialMatch,
  rankSerialCandidates,
  trigrams,
  trigramSimilarity,
} from './serialSimilarity';

const short = fc.array(fc.constantFrom('A', 'B', 'C', '1', '2'), { maxLength: 7 }).map((c) => c.join(''));

/** Plain Levenshtein, as a bound: Damerau–Levenshtein can only be lower or equal. */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

describe('Damerau–Levenshtein distance', () => {
  it('counts substitutions, insertions, deletions and adjacent swaps as one edit each', () => {
    expect(damerauLevenshtein('AB1234', 'AB1234')).toBe(0);
    expect(damerauLevenshtein('AB1234', 'AB1284')).toBe(1);
    expect(damerauLevenshtein('AB1234', 'AB124')).toBe(1);
    expect(damerauLevenshtein('AB1234', 'AB12345')).toBe(1);
    expect(damerauLevenshtein('AB1234', 'AB1324')).toBe(1);
    expect(damerauLevenshtein('', 'ABC')).toBe(3);
    // The unrestricted variant: a swap followed by an insertion between the swapped pair (OSA would say 3).
    expect(damerauLevenshtein('CA', 'ABC')).toBe(2);
  });

  it('is a metric bounded by Levenshtein', () => {
    fc.assert(
      fc.property(short, short, short, (a, b, c) => {
        const ab = damerauLevenshtein(a, b);
        expect(ab).toBe(damerauLevenshtein(b, a));
        expect(ab === 0).toBe(a === b);
        expect(ab).toBeLessThanOrEqual(levenshtein(a, b));
        expect(ab).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(damerauLevenshtein(a, c)).toBeLessThanOrEqual(ab + damerauLevenshtein(b, c));
      }),
      { numRuns: 1000 },
    );
  });

  it('normalises to a score in [0, 1]', () => {
    expect(editSimilarity('', '')).toBe(1);
    expect(editSimilarity('ABCD', 'ABCE')).toBe(0.75);
    fc.assert(
      fc.property(short, short, (a, b) => {
        const s = editSimilarity(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('trigram similarity (pg_trgm semantics)', () => {
  it('pads words the pg_trgm way', () => {
    // SELECT show_trgm('cat') → {"  c"," ca","at ",cat}
    expect([...trigrams('cat')].sort()).toEqual(['  c', ' ca', 'at ', 'cat']);
    // Non-alphanumerics split words and case is ignored.
    expect(trigrams('AB-cd')).toEqual(trigrams('ab cd'));
  });

  it('reproduces pg_trgm similarity values', () => {
    // SELECT similarity('word', 'two words') → 0.363636
    expect(trigramSimilarity('word', 'two words')).toBeCloseTo(4 / 11, 6);
    expect(trigramSimilarity('ABC123', 'ABC123')).toBe(1);
    expect(trigramSimilarity('', 'ABC')).toBe(0);
  });
});

describe('explaining and ranking serial candidates', () => {
  it('says whether a candidate is exact, folded or fuzzy', () => {
    expect(explainSerialMatch('ab-123', 'AB123')).toMatchObject({ kind: 'exact', distance: 0, score: 1 });
    expect(explainSerialMatch('AO123', 'A0123')).toMatchObject({ kind: 'folded', distance: 0 });
    const fuzzy = explainSerialMatch('AK123', 'AK132');
    expect(fuzzy).toMatchObject({ kind: 'fuzzy', distance: 1 });
    expect(fuzzy.sharedTrigrams).toContain('ak1');
  });

  it('orders exact, then folded, then closest fuzzy, dropping those too far away', () => {
    const records = ['XYZ999', 'AK1328', 'AK1O23', 'AK1023', 'AK1024', 'AK0123'];
    const ranked = rankSerialCandidates('AK-1023', records, (s) => s);
    expect(ranked.map((r) => r.serial)).toEqual(['AK1023', 'AK1O23', 'AK1024', 'AK0123', 'AK1328']);
    expect(ranked.map((r) => r.match.kind)).toEqual(['exact', 'folded', 'fuzzy', 'fuzzy', 'fuzzy']);
    expect(rankSerialCandidates('AK-1023', records, (s) => s, { maxDistance: 0, limit: 1 })).toHaveLength(1);
  });
});
