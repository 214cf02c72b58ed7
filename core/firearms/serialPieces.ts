// Fuzzy serial search without scanning for similarity: what the database must look up so that EVERY recorded serial
// within two edits (Damerau–Levenshtein: misread, missing, extra or swapped characters) of the searched one is a
// candidate, and the exact test it must pass. Decision 0010 (amendment) explains the scheme and its proof.
//
// Pigeonhole: cut the folded query into three pieces P1 | P2 | P3. Two edits that each touch one piece leave one
// piece intact: then the serial starts with P1, ends with P3 or contains P2 (btree prefix, btree on the reversed
// serial, trigram index). A swap across a cut touches two pieces for one edit; undoing it gives the pieces of the
// swapped query, of which the first or the last is then intact, hence the extra prefix P1' and suffix P3'.

/** The distance fuzzy search guarantees to find: two misread, missing, extra or swapped characters. */
export const FUZZY_MAX_EDITS = 2;

/** Queries shorter than this have pieces too short to be selective; they scan the serials of nearby lengths. */
export const FUZZY_PIECES_MIN_LENGTH = 7;

/** The trigram index needs three characters to look a middle piece up. */
const MIDDLE_MIN = 3;

/**
 * Serials begin with make and model codes that thousands share ("PA1…" is most of one maker's guns): a prefix piece
 * selects well only from four characters on, so it gets them before the suffix does (which keeps at least two).
 */
const PREFIX_MIN = 4;

export type FuzzyProbe =
  | {
      readonly kind: 'pieces';
      /** The serial starts with one of these… */
      readonly prefixes: readonly string[];
      /** …or ends with one of these… */
      readonly suffixes: readonly string[];
      /** …or contains this. */
      readonly infix: string;
    }
  /** Short queries: every serial whose length is within the edit budget. */
  | { readonly kind: 'lengths'; readonly min: number; readonly max: number };

/** What to look up for a folded query so that no serial within FUZZY_MAX_EDITS of it is missed. */
export function fuzzyProbe(folded: string): FuzzyProbe {
  const q = [...folded];
  const n = q.length;
  if (n < FUZZY_PIECES_MIN_LENGTH)
    return { kind: 'lengths', min: Math.max(1, n - FUZZY_MAX_EDITS), max: n + FUZZY_MAX_EDITS };
  // The middle piece is looked up in the trigram index, whose table rows are read to recheck: at four characters it
  // holds two trigrams and selects well. The prefix and suffix are read from btree entries alone, so they may match
  // more rows. Up to nine characters the prefix's fourth character is worth more than the middle's (a shared make
  // prefix scans ~30× more entries than three characters of middle recheck rows); the suffix keeps at least two.
  const middle = n >= 10 ? Math.max(4, Math.floor(n / 3)) : MIDDLE_MIN;
  // The prefix is [0, a), the middle [a, b), the suffix (at least two characters) the rest.
  const a = Math.max(Math.min(PREFIX_MIN, n - middle - 2), Math.floor((n - middle) / 2));
  const b = a + middle;
  const text = (from: number, to: number) => q.slice(from, to).join('');
  return {
    kind: 'pieces',
    // P1, and P1 of the query with the pair across the first cut swapped.
    prefixes: unique([text(0, a), text(0, a - 1) + text(a, a + 1)]),
    // P3, and P3 of the query with the pair across the second cut swapped.
    suffixes: unique([text(b, n), text(b - 1, b) + text(b + 1, n)]),
    infix: text(a, b),
  };
}

/**
 * The exact "within two edits" test as Levenshtein checks the database can run (fuzzystrmatch), because it has no
 * Damerau–Levenshtein. distance ≤ 2 exactly when: `exact` holds the serial (two swaps, or a swap across a dropped
 * character, which Levenshtein prices at 4 and 3); or Levenshtein ≤ 2; or some query with one adjacent pair swapped is
 * within Levenshtein 1 (a swap plus one more edit, also a swap with a character inserted between). Any of the last
 * two implies Levenshtein ≤ 3, a cheap gate to test first.
 */
export function twoEditChecks(folded: string): { exact: string[]; swapped: string[] } {
  const q = [...folded];
  const swapped: string[] = [];
  const exact = new Set<string>();
  for (let i = 0; i + 1 < q.length; i++) {
    const once = swap(q, i);
    swapped.push(once.join(''));
    for (let j = i + 2; j + 1 < q.length; j++) exact.add(swap(once, j).join(''));
  }
  // "aXb" read as "ba": Lowrance–Wagner prices a swap with one character dropped between at 2.
  for (let i = 0; i + 2 < q.length; i++)
    exact.add([...q.slice(0, i), q[i + 2], q[i], ...q.slice(i + 3)].join(''));
  return { exact: [...exact], swapped: unique(swapped) };
}

function swap(chars: readonly string[], i: number): string[] {
  const out = [...chars];
  [out[i], out[i + 1]] = [chars[i + 1] ?? '', chars[i] ?? ''];
  return out;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
