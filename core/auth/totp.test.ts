import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base32Decode, base32Encode, hotp, totpAt, verifyTotp } from './totp';

// RFC 6238 appendix B, SHA-1 secret "12345678901234567890", 8 digits.
const RFC_SECRET = Buffer.from('12345678901234567890');
const RFC_VECTORS: Array<[number, string]> = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(RFC_VECTORS)('matches the RFC test vector at T=%i', (time, expected) => {
    expect(totpAt(RFC_SECRET, time, 8)).toBe(expected);
  });

  it('matches RFC 4226 HOTP vectors', () => {
    expect(hotp(RFC_SECRET, 0)).toBe('755224');
    expect(hotp(RFC_SECRET, 9)).toBe('520489');
  });

  it('accepts one step of drift and refuses two', () => {
    const secret = base32Encode(RFC_SECRET);
    const now = 1_700_000_000;
    const code = totpAt(RFC_SECRET, now);
    expect(verifyTotp(secret, code, now + 30)).toBe(true);
    expect(verifyTotp(secret, code, now - 30)).toBe(true);
    expect(verifyTotp(secret, code, now + 90)).toBe(false);
    expect(verifyTotp(secret, 'abcdef', now)).toBe(false);
  });

  it('base32 round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect([...base32Decode(base32Encode(bytes))]).toEqual([...bytes]);
      }),
    );
  });
});
