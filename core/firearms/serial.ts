// Serial-number normalisation and validation: the one place that decides when two written serials are "the same".
//
// Two forms are kept for every serial:
// - `plain`: NFKC, upper-case, separators removed. What the officer typed, cleaned; used for exact search and display.
// - `folded`: `plain` with look-alike characters folded to one symbol. Used for matching, wildcard and fuzzy search,
//   because stamped serials are read off worn or obliterated metal and O/0, I/1, S/5 are routinely misread.
import { err, ok, type Result } from './result';

/** Longest serial we accept, counted on the plain form (code points). No firearm serial comes near it. */
export const MAX_SERIAL_LENGTH = 40;

/**
 * Look-alike folding. Each confusable pair folds to the digit, because serials are mostly digits and the digit is
 * what a misread letter most often stands for. The set is deliberately small: each extra class (Q/D→0, U/V, T/7…)
 * makes more distinct serials collide, and fuzzy search already covers one-off misreadings.
 * - O→0, I→1, S→5, B→8 are the pairs named by the tracing officers (DOMAIN.md, issue 4).
 * - L→1 because a lower-case l typed from a handwritten form is indistinguishable from 1 (we upper-case first).
 * - Z→2 and G→6 are the remaining classic stamped-metal confusions.
 */
export const LOOK_ALIKE_FOLDS: Readonly<Record<string, string>> = Object.freeze({
  O: '0',
  I: '1',
  L: '1',
  S: '5',
  B: '8',
  Z: '2',
  G: '6',
});

/**
 * Separators people put inside serials: whitespace, hyphens and dashes (ASCII and Unicode), dots, slashes.
 * Backslash counts as a slash because forms and spreadsheets mix the two; zero-width characters arrive invisibly
 * with copy-paste from PDFs, so they are treated as separators rather than rejected.
 */
const SEPARATOR = /[\s\-\u2010-\u2015\u2212\u00AD.\u00B7/\\\u200B-\u200D\u2060\uFEFF]/gu;

/** `?` and `*` are reserved for wildcard patterns; control characters are never part of a stamped serial. */
const FORBIDDEN = /[?*\p{Cc}\p{Cf}]/u;

export type SerialErrorCode = 'empty' | 'only_separators' | 'too_long' | 'invalid_character';

export interface SerialError {
  readonly code: SerialErrorCode;
  /** For `too_long`: the plain length; for `invalid_character`: the offending character. */
  readonly length?: number;
  readonly character?: string;
}

export interface NormalisedSerial {
  /** As received (trimmed nothing), kept for the audit of what was typed. */
  readonly raw: string;
  readonly plain: string;
  readonly folded: string;
}

/** Upper-cases and strips separators; no validation. Idempotent. */
export function plainSerial(raw: string): string {
  // NFKC first so full-width digits pasted from documents (１２３) become ASCII before anything else looks at them.
  return raw.normalize('NFKC').toUpperCase().replace(SEPARATOR, '');
}

/** Folds look-alikes of an already plain string. Idempotent: no fold target is itself a fold source. */
export function foldLookAlikes(plain: string): string {
  let out = '';
  for (const ch of plain) out += LOOK_ALIKE_FOLDS[ch] ?? ch;
  return out;
}

/** The folded form of any input, without validation: what search indexes store and compare. */
export function foldedSerial(raw: string): string {
  return foldLookAlikes(plainSerial(raw));
}

/** Validates and normalises a serial as typed into a recovery, trace request or A&D record. */
export function normaliseSerial(raw: string): Result<NormalisedSerial, SerialError> {
  if (raw.trim() === '') return err({ code: 'empty' });
  const plain = plainSerial(raw);
  if (plain === '') return err({ code: 'only_separators' });
  const bad = FORBIDDEN.exec(plain);
  if (bad) return err({ code: 'invalid_character', character: bad[0] });
  const length = [...plain].length;
  if (length > MAX_SERIAL_LENGTH) return err({ code: 'too_long', length });
  return ok({ raw, plain, folded: foldLookAlikes(plain) });
}

/** True when two typed serials denote the same stamped serial once separators, case and look-alikes are ignored. */
export function sameSerial(a: string, b: string): boolean {
  const fa = foldedSerial(a);
  return fa !== '' && fa === foldedSerial(b);
}
