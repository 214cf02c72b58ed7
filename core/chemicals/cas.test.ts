// Property and example tests for CAS parsing and check digits.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { casCheckDigit, isValidCas, looksLikeCas, parseCas } from './cas';

// First part 2–7 digits without a leading zero, then two digits.
const casBody = fc
  .tuple(
    fc.integer({ min: 1, max: 9 }),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 6 }),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 2, maxLength: 2 }),
  )
  .map(([lead, rest, second]) => ({ first: [lead, ...rest].join(''), second: second.join('') }));

const validCas = casBody.map(({ first, second }) => `${first}-${second}-${casCheckDigit(first + second)}`);

describe('parseCas', () => {
  it('accepts the CAS numbers of the reference list', () => {
    for (const cas of [
      '437-38-7',
      '39742-60-4',
      '21409-26-7',
      '23056-29-3',
      '125541-22-2',
      '79-03-8',
      '123-62-6',
    ]) {
      expect(parseCas(cas)).toEqual({ ok: true, cas });
    }
  });

  it('rejects a wrong check digit and says which digit was expected', () => {
    expect(parseCas('437-38-8')).toEqual({
      ok: false,
      error: { kind: 'check_digit', input: '437-38-8', expected: 7, found: 8 },
    });
  });

  it('rejects malformed input', () => {
    for (const bad of [
      '',
      'abc',
      '4-38-7',
      '12345678-90-1',
      '437-3-87',
      '437--38-7',
      '43738-7',
      '1234',
      '0-12-3',
    ]) {
      expect(parseCas(bad).ok, bad).toBe(false);
    }
  });

  it('every generated valid CAS validates and round-trips', () => {
    fc.assert(
      fc.property(validCas, (cas) => {
        expect(parseCas(cas)).toEqual({ ok: true, cas });
      }),
    );
  });

  it('normalises spaces, Unicode dashes, missing dashes and zero padding to the same number', () => {
    fc.assert(
      fc.property(validCas, fc.constantFrom('', ' ', '  '), (cas, pad) => {
        const [first = '', second = '', check = ''] = cas.split('-');
        const variants = [
          `${pad}${cas}${pad}`,
          `${first} - ${second} - ${check}`,
          `${first}\u2013${second}\u2013${check}`,
          `${first} ${second} ${check}`,
          `${first}${second}${check}`,
          `${first.padStart(7, '0')}-${second}-${check}`,
        ];
        for (const v of variants) expect(parseCas(v), v).toEqual({ ok: true, cas });
      }),
    );
  });

  it('always detects a changed check digit', () => {
    fc.assert(
      fc.property(validCas, fc.integer({ min: 1, max: 9 }), (cas, delta) => {
        const check = Number(cas.slice(-1));
        const changed = `${cas.slice(0, -1)}${(check + delta) % 10}`;
        expect(isValidCas(changed)).toBe(false);
      }),
    );
  });

  // The CAS checksum is weak: a digit with weight w changed by d is missed exactly when w·d ≡ 0 (mod 10),
  // e.g. weight 5 and an even change. This property pins down precisely which single-digit errors are caught,
  // so nobody relies on the check digit for more than it gives.
  it('detects a changed body digit exactly when weight × change is not a multiple of 10', () => {
    fc.assert(
      fc.property(validCas, fc.nat(), fc.integer({ min: 1, max: 9 }), (cas, pick, delta) => {
        const body = cas.slice(0, -2).replace('-', '');
        const index = pick % body.length;
        if (index === 0 && (Number(body[0]) + delta) % 10 === 0) return; // would create a leading zero
        const weight = body.length - index;
        const digits = body.split('');
        digits[index] = String((Number(digits[index]) + delta) % 10);
        const changed = `${digits.slice(0, -2).join('')}-${digits.slice(-2).join('')}-${cas.slice(-1)}`;
        expect(isValidCas(changed)).toBe((weight * delta) % 10 === 0);
      }),
    );
  });

  it('detects any change of the digit next to the check digit (weight 1)', () => {
    fc.assert(
      fc.property(validCas, fc.integer({ min: 1, max: 9 }), (cas, delta) => {
        const i = cas.length - 3;
        const changed = `${cas.slice(0, i)}${(Number(cas[i]) + delta) % 10}${cas.slice(i + 1)}`;
        expect(isValidCas(changed)).toBe(false);
      }),
    );
  });

  it('routes CAS-shaped input even when the check digit is wrong, but not names or SMILES', () => {
    expect(looksLikeCas('437-38-8')).toBe(true);
    expect(looksLikeCas('437387')).toBe(true);
    expect(looksLikeCas('CCO')).toBe(false);
    expect(looksLikeCas('fentanyl')).toBe(false);
  });
});
