// Tests for formula parsing and count-based comparison.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatHill, formulaFromInchi, formulasEqual, parseFormula, sameFormula } from './formula';

const counts = (f: string) => {
  const r = parseFormula(f);
  if (!r.ok) throw new Error(r.error);
  return Object.fromEntries(r.counts);
};

describe('parseFormula', () => {
  it('counts elements, including two-letter symbols', () => {
    expect(counts('C19H24N2')).toEqual({ C: 19, H: 24, N: 2 });
    expect(counts('C3H5ClO')).toEqual({ C: 3, H: 5, Cl: 1, O: 1 });
  });

  it('handles groups, components and multipliers', () => {
    expect(counts('(CH3)3COH')).toEqual({ C: 4, H: 10, O: 1 });
    expect(counts('C11H16N2.2HCl')).toEqual({ C: 11, H: 18, N: 2, Cl: 2 });
    expect(counts('C5H9NO·HCl·H2O')).toEqual({ C: 5, H: 12, N: 1, O: 2, Cl: 1 });
    expect(counts('[Cu(NH3)4]SO4')).toEqual({ Cu: 1, N: 4, H: 12, S: 1, O: 4 });
  });

  it('rejects unknown symbols and broken input', () => {
    for (const bad of ['', 'Xx2', 'C2H6O)', '(C2', 'c2h6o', 'C2..H6'])
      expect(parseFormula(bad).ok, bad).toBe(false);
  });
});

describe('comparison by counts', () => {
  it('treats differently written formulas of the same composition as equal', () => {
    expect(formulasEqual('C2H6O', 'H6C2O')).toBe(true);
    expect(formulasEqual('CH3CH2OH', 'C2H6O')).toBe(true);
    expect(formulasEqual('C13H17NO', 'C13H17NO.HCl')).toBe(false);
    expect(formulasEqual('CO', 'Co')).toBe(false);
  });

  it('any permutation of element tokens gives the same counts', () => {
    const element = fc.constantFrom('C', 'H', 'N', 'O', 'Cl', 'Br', 'S', 'P', 'F', 'Na');
    const tokens = fc.array(fc.tuple(element, fc.integer({ min: 1, max: 40 })), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(tokens, fc.infiniteStream(fc.nat()), (ts, seeds) => {
        const text = ts.map(([e, n]) => `${e}${n}`).join('');
        const shuffled = [...ts]
          .map((t) => ({ t, k: seeds.next().value as number }))
          .sort((a, b) => a.k - b.k)
          .map(({ t: [e, n] }) => `${e}${n}`)
          .join('');
        const a = parseFormula(text);
        const b = parseFormula(shuffled);
        expect(a.ok && b.ok && sameFormula(a.counts, b.counts)).toBe(true);
        if (a.ok) expect(formulasEqual(formatHill(a.counts), text)).toBe(true);
      }),
    );
  });

  it('writes Hill notation and reads the formula layer of an InChI', () => {
    const r = parseFormula('NC5H9O');
    expect(r.ok && formatHill(r.counts)).toBe('C5H9NO');
    expect(formulaFromInchi('InChI=1S/C13H17NO.ClH/c15-13/h1H')).toBe('C13H17NO.ClH');
    expect(formulaFromInchi('not an inchi')).toBeUndefined();
  });
});
