// CAS Registry Numbers: parsing, normalisation and check-digit validation, so a mistyped or invented CAS is caught before lookup.

/** A CAS number in canonical form, e.g. "437-38-7". */
export type CasNumber = string & { readonly __brand: 'CasNumber' };

export type CasParseError =
  | { readonly kind: 'format'; readonly input: string }
  | {
      readonly kind: 'check_digit';
      readonly input: string;
      readonly expected: number;
      readonly found: number;
    };

export type CasParseResult =
  { readonly ok: true; readonly cas: CasNumber } | { readonly ok: false; readonly error: CasParseError };

// Dashes as typed in documents and spreadsheets: ASCII hyphen, Unicode hyphens, en/em dash, minus sign.
const DASHES = /[\u2010-\u2015\u2212\uFE63\uFF0D]/g;

/**
 * The check digit of a CAS number from its digits without the check digit:
 * the rightmost digit has weight 1, the next weight 2 and so on, sum modulo 10.
 */
export function casCheckDigit(digitsWithoutCheck: string): number {
  let sum = 0;
  for (let i = 0; i < digitsWithoutCheck.length; i++) {
    const weight = digitsWithoutCheck.length - i;
    sum += weight * Number(digitsWithoutCheck.charCodeAt(i) - 48);
  }
  return sum % 10;
}

/**
 * Parses a CAS number written as "NNNNNNN-NN-N" (2–7 digits first), tolerating spaces, Unicode dashes,
 * spaces used instead of dashes, zero padding of the first part, and no separators at all (unambiguous
 * because the last two parts always have 2 and 1 digits).
 */
export function parseCas(input: string): CasParseResult {
  const fail = (): CasParseResult => ({ ok: false, error: { kind: 'format', input } });
  const unified = input.trim().replace(DASHES, '-');
  let first: string;
  let second: string;
  let check: string;
  const dashed = /^(\d+)\s*-\s*(\d{2})\s*-\s*(\d)$/.exec(unified);
  const spaced = /^(\d+)\s+(\d{2})\s+(\d)$/.exec(unified);
  const compact = /^(\d+)$/.exec(unified.replace(/\s+/g, ''));
  const parts = dashed ?? spaced;
  if (parts) {
    [first, second, check] = [parts[1] ?? '', parts[2] ?? '', parts[3] ?? ''];
  } else if (compact && !unified.includes('-')) {
    const digits = compact[1] ?? '';
    if (digits.length < 5) return fail();
    first = digits.slice(0, -3);
    second = digits.slice(-3, -1);
    check = digits.slice(-1);
  } else {
    return fail();
  }
  // Some databases zero-pad the first part to 7 digits; the registry never writes leading zeros.
  first = first.replace(/^0+(?=\d{2})/, '');
  if (first.length < 2 || first.length > 7 || first.startsWith('0')) return fail();
  const expected = casCheckDigit(first + second);
  const found = Number(check);
  if (expected !== found) return { ok: false, error: { kind: 'check_digit', input, expected, found } };
  return { ok: true, cas: `${first}-${second}-${check}` as CasNumber };
}

/** True when the input parses to a CAS number with a correct check digit. */
export function isValidCas(input: string): boolean {
  return parseCas(input).ok;
}

/** True when the input has the shape of a CAS number, right or wrong check digit (routes free-text input). */
export function looksLikeCas(input: string): boolean {
  const result = parseCas(input);
  return result.ok || result.error.kind === 'check_digit';
}
