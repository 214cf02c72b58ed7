import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldedSerial } from './serial';
import { compileSerialPattern, serialPatternToSqlLike } from './serialPattern';

/**
 * An independent LIKE evaluator (PostgreSQL semantics: `%` any run, `_` one character, `\` escapes the next
 * character), written separately from the code under test so the two can disagree.
 */
function sqlLike(text: string, pattern: string): boolean {
  const t = [...text];
  const p = [...pattern];
  const memo = new Map<string, boolean>();
  const go = (i: number, j: number): boolean => {
    const key = `${i},${j}`;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let result: boolean;
    if (j === p.length) result = i === t.length;
    else if (p[j] === '%') result = go(i, j + 1) || (i < t.length && go(i + 1, j));
    else if (p[j] === '_') result = i < t.length && go(i + 1, j + 1);
    else if (p[j] === '\\') result = i < t.length && t[i] === p[j + 1] && go(i + 1, j + 2);
    else result = i < t.length && t[i] === p[j] && go(i + 1, j + 1);
    memo.set(key, result);
    return result;
  };
  return go(0, 0);
}

function compile(text: string) {
  const r = compileSerialPattern(text);
  if (!r.ok) throw new Error(`did not compile: ${text} (${r.error.code})`);
  return r.value;
}

// A small alphabet makes matches frequent, and includes the characters LIKE must escape.
const ch = fc.constantFrom('A', 'B', '8', '0', 'O', '%', '_', '1');
const serialArb = fc.array(ch, { minLength: 1, maxLength: 12 }).map((c) => c.join(''));
const patternArb = fc
  .array(fc.oneof(ch, fc.constant('?'), fc.constant('*')), { minLength: 1, maxLength: 10 })
  .map((c) => c.join(''))
  .filter((p) => /[^?*]/.test(p));

describe('wildcard serial patterns', () => {
  it('matches obliterated positions with ? and runs with *', () => {
    const p = compile('AB??34*');
    expect(p.matches('AB1234')).toBe(true);
    expect(p.matches('ab-12-34-XYZ')).toBe(true);
    expect(p.matches('AB12345')).toBe(true);
    expect(p.matches('AB123')).toBe(false);
    expect(p.matches('XAB1234')).toBe(false);
    expect(p).toMatchObject({
      folded: 'A8??34*',
      minLength: 6,
      maxLength: null,
      isExact: false,
      sqlLike: 'A8__34%',
    });
  });

  it('matches look-alikes through folding', () => {
    expect(compile('O?S').matches('0X5')).toBe(true);
    expect(compile('0?5').matches('oxs')).toBe(true);
  });

  it('collapses runs of * and keeps exact patterns exact', () => {
    expect(compile('A**B').folded).toBe('A*8');
    expect(compile('A-1-B')).toMatchObject({ isExact: true, minLength: 3, maxLength: 3 });
  });

  it('refuses patterns that are empty, only wildcards or too long', () => {
    expect(compileSerialPattern('')).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(compileSerialPattern('--')).toMatchObject({ ok: false, error: { code: 'only_separators' } });
    expect(compileSerialPattern('??*?')).toMatchObject({ ok: false, error: { code: 'no_literal' } });
    expect(compileSerialPattern('A' + '?'.repeat(40))).toMatchObject({
      ok: false,
      error: { code: 'too_long' },
    });
    expect(compileSerialPattern('A' + '?'.repeat(39) + '*')).toMatchObject({ ok: true });
  });

  it('escapes LIKE metacharacters', () => {
    expect(serialPatternToSqlLike('A%B_C\\D?*')).toBe('A\\%B\\_C\\\\D_%');
    expect(sqlLike('A%B', serialPatternToSqlLike('A%B'))).toBe(true);
    expect(sqlLike('AXB', serialPatternToSqlLike('A%B'))).toBe(false);
    expect(sqlLike('AXB', serialPatternToSqlLike('A_B'))).toBe(false);
  });

  it('always matches the serial it was made from by blanking characters with ?', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...'ABCDEFGHJKMNPRSTUVWXY0123456789'), { minLength: 2, maxLength: 20 }),
        fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }),
        fc.boolean(),
        (chars, blank, trailingStar) => {
          const serial = chars.join('');
          const pattern =
            chars.map((c, i) => (blank[i] && i > 0 ? '?' : c)).join('') + (trailingStar ? '*' : '');
          expect(compile(pattern).matches(serial)).toBe(true);
        },
      ),
    );
  });

  it('agrees with SQL LIKE on the folded form for random patterns and serials', () => {
    fc.assert(
      fc.property(patternArb, serialArb, (pattern, serial) => {
        const p = compile(pattern);
        expect(sqlLike(foldedSerial(serial), p.sqlLike)).toBe(p.matches(serial));
      }),
      { numRuns: 2000 },
    );
  });

  it('respects the computed length bounds', () => {
    fc.assert(
      fc.property(patternArb, serialArb, (pattern, serial) => {
        const p = compile(pattern);
        if (!p.matches(serial)) return;
        const n = [...foldedSerial(serial)].length;
        expect(n).toBeGreaterThanOrEqual(p.minLength);
        if (p.maxLength !== null) expect(n).toBeLessThanOrEqual(p.maxLength);
      }),
    );
  });
});
