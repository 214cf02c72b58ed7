// Wildcard serial patterns for obliterated or partly restored serials: `?` is exactly one unreadable character,
// `*` any run (possibly empty). A pattern compiles to an in-memory matcher and to a SQL LIKE pattern; both work on
// the folded form (see serial.ts), so a restored "O" still finds a recorded "0".
import { err, ok, type Result } from './result';
import { foldedSerial, foldLookAlikes, MAX_SERIAL_LENGTH, plainSerial } from './serial';

/** The escape character our LIKE patterns use; callers must write `LIKE $1 ESCAPE '\'` to be explicit. */
export const SQL_LIKE_ESCAPE = '\\';

export type SerialPatternErrorCode =
  'empty' | 'only_separators' | 'no_literal' | 'too_long' | 'invalid_character';

export interface SerialPatternError {
  readonly code: SerialPatternErrorCode;
  readonly character?: string;
  readonly length?: number;
}

export interface SerialPattern {
  /** What the user typed. */
  readonly source: string;
  /** Normalised and folded, with `?` and `*` as the only metacharacters (they can never occur in a serial). */
  readonly folded: string;
  /** No wildcard at all: an equality lookup on the folded column does the job. */
  readonly isExact: boolean;
  /** Shortest and longest serial (in characters) the pattern can match; `null` when a `*` makes it unbounded. */
  readonly minLength: number;
  readonly maxLength: number | null;
  /** The LIKE pattern to run against the folded serial column (escape character `\`). */
  readonly sqlLike: string;
  /** Tests any written serial (it is folded first, so already folded input is fine too). */
  readonly matches: (serial: string) => boolean;
}

const CONTROL = /[\p{Cc}\p{Cf}]/u;

/**
 * Compiles a pattern such as `AB??34*`. A pattern without any literal character is refused: it would match every
 * serial, which is a list, not a search, and costs a full scan.
 */
export function compileSerialPattern(source: string): Result<SerialPattern, SerialPatternError> {
  if (source.trim() === '') return err({ code: 'empty' });
  // Same clean-up as serials, so `ab-??.34` and `AB??34` are one pattern; runs of `*` collapse because `**` = `*`.
  const plain = plainSerial(source).replace(/\*+/g, '*');
  if (plain === '') return err({ code: 'only_separators' });
  const bad = CONTROL.exec(plain);
  if (bad) return err({ code: 'invalid_character', character: bad[0] });
  const chars = [...foldLookAlikes(plain)];
  const fixed = chars.filter((c) => c !== '*').length;
  if (!chars.some((c) => c !== '*' && c !== '?')) return err({ code: 'no_literal' });
  if (fixed > MAX_SERIAL_LENGTH) return err({ code: 'too_long', length: fixed });
  const folded = chars.join('');
  const unbounded = chars.includes('*');
  return ok({
    source,
    folded,
    isExact: !unbounded && !chars.includes('?'),
    minLength: fixed,
    maxLength: unbounded ? null : fixed,
    sqlLike: serialPatternToSqlLike(folded),
    matches: (serial: string) => globMatch(chars, [...foldedSerial(serial)]),
  });
}

/** Translates a folded pattern to LIKE: `?`→`_`, `*`→`%`, and literal `%`, `_`, `\` escaped with `\`. */
export function serialPatternToSqlLike(foldedPattern: string): string {
  let out = '';
  for (const ch of foldedPattern) {
    if (ch === '?') out += '_';
    else if (ch === '*') out += '%';
    else if (ch === '%' || ch === '_' || ch === SQL_LIKE_ESCAPE) out += SQL_LIKE_ESCAPE + ch;
    else out += ch;
  }
  return out;
}

/** True when the text contains a wildcard, i.e. should be compiled as a pattern rather than looked up exactly. */
export function isSerialPattern(text: string): boolean {
  return text.includes('?') || text.includes('*');
}

/**
 * Glob matching over code points, greedy with a single backtrack point: O(pattern × serial) in the worst case,
 * never exponential (a regular expression built from user input could be).
 */
function globMatch(pattern: readonly string[], text: readonly string[]): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    const pc = pattern[p];
    if (pc === '*') {
      star = p++;
      resume = t;
    } else if (pc !== undefined && (pc === '?' || pc === text[t])) {
      p++;
      t++;
    } else if (star !== -1) {
      p = star + 1;
      t = ++resume;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}
