// Near-miss serial matching: Damerau–Levenshtein distance (one misread, missing, extra or swapped character each
// costs 1) for ranking, and pg_trgm-style trigram similarity so the ranking can be explained and reproduced in SQL.
import { foldedSerial, plainSerial } from './serial';

/**
 * Unrestricted Damerau–Levenshtein distance (Lowrance–Wagner), over code points. Unlike the cheaper "optimal string
 * alignment" variant it is a true metric (triangle inequality holds), so distance-based cut-offs behave predictably:
 * d("CA", "ABC") = 2 here, 3 under OSA.
 */
export function damerauLevenshtein(a: string, b: string): number {
  const s = [...a];
  const t = [...b];
  const n = s.length;
  const m = t.length;
  if (n === 0) return m;
  if (m === 0) return n;
  const inf = n + m;
  const width = m + 2;
  const d = new Array<number>((n + 2) * width).fill(0);
  const at = (i: number, j: number): number => d[i * width + j] ?? inf;
  const set = (i: number, j: number, v: number): void => {
    d[i * width + j] = v;
  };
  set(0, 0, inf);
  for (let i = 0; i <= n; i++) {
    set(i + 1, 0, inf);
    set(i + 1, 1, i);
  }
  for (let j = 0; j <= m; j++) {
    set(0, j + 1, inf);
    set(1, j + 1, j);
  }
  // Last row in `s` where each character was seen; drives the transposition term.
  const lastRow = new Map<string, number>();
  for (let i = 1; i <= n; i++) {
    let lastMatchCol = 0;
    const si = s[i - 1];
    for (let j = 1; j <= m; j++) {
      const tj = t[j - 1] ?? '';
      const i1 = lastRow.get(tj) ?? 0;
      const j1 = lastMatchCol;
      const cost = si === tj ? 0 : 1;
      if (cost === 0) lastMatchCol = j;
      set(
        i + 1,
        j + 1,
        Math.min(
          at(i, j) + cost,
          at(i + 1, j) + 1,
          at(i, j + 1) + 1,
          at(i1, j1) + (i - i1 - 1) + 1 + (j - j1 - 1),
        ),
      );
    }
    if (si !== undefined) lastRow.set(si, i);
  }
  return at(n + 1, m + 1);
}

/** 1 for identical strings, 0 for nothing in common: 1 − distance / longer length. Two empty strings score 1. */
export function editSimilarity(a: string, b: string): number {
  const longest = Math.max([...a].length, [...b].length);
  return longest === 0 ? 1 : 1 - damerauLevenshtein(a, b) / longest;
}

/**
 * Trigrams as pg_trgm extracts them: words are runs of letters/digits, lower-cased, padded with two spaces in front
 * and one behind, and the set of 3-character windows taken. Mirroring it lets the server's `similarity()` ranking
 * and this explanation agree.
 */
export function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const padded = [...`  ${word} `];
    for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3).join(''));
  }
  return out;
}

/** pg_trgm `similarity()`: shared trigrams / distinct trigrams of both; 0 when either side has none. */
export function trigramSimilarity(a: string, b: string): number {
  return trigramOverlap(trigrams(a), trigrams(b)).similarity;
}

function trigramOverlap(ta: Set<string>, tb: Set<string>): { shared: string[]; similarity: number } {
  if (ta.size === 0 || tb.size === 0) return { shared: [], similarity: 0 };
  const shared = [...ta].filter((g) => tb.has(g)).sort();
  return { shared, similarity: shared.length / (ta.size + tb.size - shared.length) };
}

export type SerialMatchKind = 'exact' | 'folded' | 'fuzzy';

export interface SerialMatchExplanation {
  /** `exact`: same plain form; `folded`: same once look-alikes are folded; `fuzzy`: neither. */
  readonly kind: SerialMatchKind;
  /** Damerau–Levenshtein distance between the folded forms. */
  readonly distance: number;
  /** editSimilarity of the folded forms, in [0, 1]. */
  readonly score: number;
  readonly trigramSimilarity: number;
  /** The trigrams both folded forms share, for "why is this a candidate?" in the UI. */
  readonly sharedTrigrams: readonly string[];
}

/** Compares a searched serial with a recorded one and says how, and how closely, they match. */
export function explainSerialMatch(query: string, candidate: string): SerialMatchExplanation {
  const qf = foldedSerial(query);
  const cf = foldedSerial(candidate);
  const kind: SerialMatchKind =
    plainSerial(query) === plainSerial(candidate) ? 'exact' : qf === cf ? 'folded' : 'fuzzy';
  const distance = damerauLevenshtein(qf, cf);
  const longest = Math.max([...qf].length, [...cf].length);
  const overlap = trigramOverlap(trigrams(qf), trigrams(cf));
  return {
    kind,
    distance,
    score: longest === 0 ? 1 : 1 - distance / longest,
    trigramSimilarity: overlap.similarity,
    sharedTrigrams: overlap.shared,
  };
}

export interface RankedSerial<T> {
  readonly item: T;
  readonly serial: string;
  readonly match: SerialMatchExplanation;
}

export interface RankOptions {
  /** Drop candidates farther than this many edits (default 2: two misread characters). */
  readonly maxDistance?: number;
  readonly limit?: number;
}

const KIND_ORDER: Record<SerialMatchKind, number> = { exact: 0, folded: 1, fuzzy: 2 };

/**
 * Orders candidate records for a searched serial: exact, then folded, then by edit score, trigram similarity and
 * finally the serial itself so the order is total and stable across runs and servers.
 */
export function rankSerialCandidates<T>(
  query: string,
  candidates: readonly T[],
  serialOf: (item: T) => string,
  options: RankOptions = {},
): RankedSerial<T>[] {
  const maxDistance = options.maxDistance ?? 2;
  const ranked = candidates
    .map((item) => {
      const serial = serialOf(item);
      return { item, serial, match: explainSerialMatch(query, serial) };
    })
    .filter((r) => r.match.distance <= maxDistance)
    .sort(
      (a, b) =>
        KIND_ORDER[a.match.kind] - KIND_ORDER[b.match.kind] ||
        b.match.score - a.match.score ||
        b.match.trigramSimilarity - a.match.trigramSimilarity ||
        (a.serial < b.serial ? -1 : a.serial > b.serial ? 1 : 0),
    );
  return options.limit === undefined ? ranked : ranked.slice(0, options.limit);
}
