// Quantities as manifests write them, converted to kg / L / units; bad ones are named errors.
import { describe, expect, it } from 'vitest';
import { parseDecimal, parseQuantity, unitOf } from './units';

describe('parseDecimal', () => {
  it.each([
    ['1,234.5', 1234.5],
    ['1.234,5', 1234.5],
    ['1 234,5', 1234.5],
    ['1\u202f234,5', 1234.5],
    ['0,5', 0.5],
    ['1,000', 1000],
    ['1.234.567', 1234567],
    ['12', 12],
    ['-3', -3],
    ['.5', 0.5],
  ])('%s → %d', (text, value) => expect(parseDecimal(text)).toBe(value));
  it.each(['', 'abc', '1e5', '1,2,3.4.5x', '--1'])('%s is not a number', (text) =>
    expect(parseDecimal(text)).toBeNull(),
  );
});

describe('parseQuantity', () => {
  const base = (q: string, u: string) => {
    const r = parseQuantity(q, u);
    if (!r.ok || !r.quantity) throw new Error(JSON.stringify(r));
    return [r.quantity.base, Number(r.quantity.baseValue.toPrecision(9))];
  };
  it('converts mass, volume and counts to kg, L and units, in en/es/fr spellings', () => {
    expect(base('2500', 'g')).toEqual(['kg', 2.5]);
    expect(base('3', 'Kilogramos')).toEqual(['kg', 3]);
    expect(base('1.5', 't')).toEqual(['kg', 1500]);
    expect(base('500', 'mg')).toEqual(['kg', 0.0005]);
    expect(base('10', 'lbs')).toEqual(['kg', 4.5359237]);
    expect(base('2', 'livres')).toEqual(['kg', 0.90718474]);
    expect(base('250', 'mL')).toEqual(['L', 0.25]);
    expect(base('200', 'litros')).toEqual(['L', 200]);
    expect(base('55', 'gal')).toEqual(['L', 208.197648]);
    expect(base('3', 'pzas')).toEqual(['unit', 3]);
    expect(base('25 kg', '')).toEqual(['kg', 25]);
    expect(base('1.000,5 KGS.', '')).toEqual(['kg', 1000.5]);
  });
  it('an empty quantity and unit is no quantity, not an error', () =>
    expect(parseQuantity(' ', '')).toEqual({ ok: true, quantity: null }));
  it.each([
    ['12', 'furlongs', 'unit_unknown'],
    ['12', '', 'unit_missing'],
    ['0', 'kg', 'quantity_not_positive'],
    ['-4', 'kg', 'quantity_not_positive'],
    ['\u22124', 'kg', 'quantity_not_positive'],
    ['lots', 'kg', 'quantity_not_a_number'],
    ['20000', 't', 'quantity_absurd'],
    ['2000000', 'pcs', 'quantity_absurd'],
  ])('%s %s → %s', (q, u, error) => expect(parseQuantity(q, u)).toEqual({ ok: false, error }));
  it('knows units case- and dot-insensitively and refuses unknown ones', () => {
    expect(unitOf('K.G.')?.base).toBe('kg');
    expect(unitOf('Unités')?.base).toBe('unit');
    expect(unitOf('parsec')).toBeUndefined();
    expect(unitOf('constructor')).toBeUndefined(); // not an Object.prototype key
  });
});
