import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  foldedSerial,
  LOOK_ALIKE_FOLDS,
  MAX_SERIAL_LENGTH,
  normaliseSerial,
  plainSerial,
  sameSerial,
} from './serial';

const serialChar = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789');
const serial = fc.array(serialChar, { minLength: 1, maxLength: 20 }).map((cs) => cs.join(''));
const separator = fc.constantFrom(' ', '-', '.', '/', '\\', '\t', '\u2013', '\u00A0', '\u200B');

/** Sprinkles separators between characters and randomises case, as officers type serials. */
function messUp(s: string, seps: string[], lower: boolean[]): string {
  return [...s].map((c, i) => (lower[i] ? c.toLowerCase() : c) + (seps[i] ?? '')).join('');
}

describe('serial normalisation', () => {
  it('upper-cases, strips separators and folds look-alikes', () => {
    const r = normaliseSerial(' ab-12.o/ls ');
    expect(r).toEqual({ ok: true, value: { raw: ' ab-12.o/ls ', plain: 'AB12OLS', folded: 'A812015' } });
  });

  it('turns full-width digits into ASCII', () => {
    expect(plainSerial('ＡＢ１２３')).toBe('AB123');
  });

  it('rejects empty, separator-only, too long and wildcard-bearing serials with typed codes', () => {
    expect(normaliseSerial('')).toEqual({ ok: false, error: { code: 'empty' } });
    expect(normaliseSerial('   ')).toEqual({ ok: false, error: { code: 'empty' } });
    expect(normaliseSerial(' - . / ')).toEqual({ ok: false, error: { code: 'only_separators' } });
    expect(normaliseSerial('A'.repeat(MAX_SERIAL_LENGTH))).toMatchObject({ ok: true });
    expect(normaliseSerial('A'.repeat(MAX_SERIAL_LENGTH + 1))).toEqual({
      ok: false,
      error: { code: 'too_long', length: 41 },
    });
    // Separators do not count towards the length.
    expect(normaliseSerial('A-'.repeat(MAX_SERIAL_LENGTH))).toMatchObject({ ok: true });
    expect(normaliseSerial('AB?12')).toEqual({
      ok: false,
      error: { code: 'invalid_character', character: '?' },
    });
    expect(normaliseSerial('AB\u000712')).toMatchObject({ ok: false, error: { code: 'invalid_character' } });
  });

  it('is idempotent on both forms', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (raw) => {
        expect(plainSerial(plainSerial(raw))).toBe(plainSerial(raw));
        expect(foldedSerial(foldedSerial(raw))).toBe(foldedSerial(raw));
      }),
    );
  });

  it('never lets separators or case change the folded form', () => {
    fc.assert(
      fc.property(
        serial,
        fc.array(fc.oneof(fc.constant(''), separator), { maxLength: 20 }),
        fc.array(fc.boolean(), { maxLength: 20 }),
        (s, seps, lower) => {
          const messy = messUp(s, seps, lower);
          expect(foldedSerial(messy)).toBe(foldedSerial(s));
          expect(plainSerial(messy)).toBe(s);
          expect(sameSerial(messy, s)).toBe(true);
        },
      ),
    );
  });

  it('folds both members of every look-alike pair to one symbol', () => {
    for (const [letter, digit] of Object.entries(LOOK_ALIKE_FOLDS)) {
      expect(foldedSerial(letter)).toBe(foldedSerial(digit));
      expect(foldedSerial(letter.toLowerCase())).toBe(digit);
    }
    fc.assert(
      fc.property(serial, fc.array(fc.boolean(), { maxLength: 20 }), (s, swap) => {
        const inverse: Record<string, string> = {
          '0': 'O',
          '1': 'I',
          '5': 'S',
          '8': 'B',
          '2': 'Z',
          '6': 'G',
        };
        const swapped = [...s]
          .map((c, i) => (swap[i] ? (LOOK_ALIKE_FOLDS[c] ?? inverse[c] ?? c) : c))
          .join('');
        expect(foldedSerial(swapped)).toBe(foldedSerial(s));
      }),
    );
  });

  it('keeps characters that are not look-alikes distinct', () => {
    expect(sameSerial('AB123', 'AB124')).toBe(false);
    expect(sameSerial('Q0', 'D0')).toBe(false);
    expect(sameSerial('', '')).toBe(false);
  });
});
