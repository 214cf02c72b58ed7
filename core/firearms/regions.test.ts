import { describe, expect, it } from 'vitest';
import {
  FOLD_FROM,
  FOLD_TO,
  findRegions,
  foldRegionName,
  REGIONS,
  regionSpellings,
  regionsOf,
} from './regions';

describe('states and provinces', () => {
  it('lists the 32 Mexican states, 50 US states with DC and PR, and 13 Canadian provinces and territories', () => {
    expect(regionsOf('MX')).toHaveLength(32);
    expect(regionsOf('US')).toHaveLength(52);
    expect(regionsOf('CA')).toHaveLength(13);
  });

  it('keeps codes unique within a country', () => {
    for (const country of ['MX', 'US', 'CA'] as const) {
      const codes = regionsOf(country).map((r) => r.code);
      expect(new Set(codes).size).toBe(codes.length);
    }
  });

  it('holds every code the scale seed stores for Mexican recoveries', () => {
    for (const code of [
      'SON',
      'CHIH',
      'BC',
      'TAMPS',
      'JAL',
      'GTO',
      'MICH',
      'SIN',
      'GRO',
      'NL',
      'ZAC',
      'COAH',
    ]) {
      expect(findRegions(code, 'MX').map((r) => r.code)).toEqual([code]);
    }
    for (const code of ['CDMX', 'MEX', 'VER', 'COL']) expect(findRegions(code, 'MX')).toHaveLength(1);
  });

  it('finds a state by code or name, whatever the case and accents', () => {
    for (const text of ['sonora', 'Sonora', 'SON', ' son ']) expect(findRegions(text)[0]?.code).toBe('SON');
    for (const text of ['Nuevo León', 'Nuevo Leon', 'nuevo  leon', 'NL'])
      expect(findRegions(text, 'MX').map((r) => r.code)).toEqual(['NL']);
    expect(findRegions('Texas').map((r) => [r.country, r.code])).toEqual([['US', 'TX']]);
    expect(findRegions('tx').map((r) => r.code)).toEqual(['TX']);
    expect(findRegions('Ontario').map((r) => [r.country, r.code])).toEqual([['CA', 'ON']]);
    expect(findRegions('quebec').map((r) => r.code)).toEqual(['QC']);
  });

  it('gives every stored spelling of the state named, folded', () => {
    expect(regionSpellings('Sonora')).toEqual(['SONORA', 'SON']);
    expect(regionSpellings('nuevo león', 'MX')).toEqual(['NUEVO LEON', 'NL', 'NLE']);
    expect(regionSpellings('TX')).toEqual(['TX', 'TEXAS']);
  });

  it('keeps both regions of a code shared across countries unless the country is given', () => {
    expect(findRegions('BC').map((r) => r.country)).toEqual(['MX', 'CA']);
    expect(regionSpellings('BC', 'CA')).toEqual(['BC', 'BRITISH COLUMBIA', 'COLOMBIE-BRITANNIQUE']);
  });

  it('matches an unknown place as itself', () => {
    expect(regionSpellings('Nogales')).toEqual(['NOGALES']);
    expect(regionSpellings('   ')).toEqual([]);
  });

  it('folds every accented letter of the table with the map SQL uses', () => {
    expect(FOLD_FROM).toHaveLength(FOLD_TO.length);
    const sqlFold = (s: string) =>
      [...s]
        .map((c) => {
          const i = FOLD_FROM.indexOf(c);
          return i < 0 ? c : FOLD_TO[i];
        })
        .join('')
        .toUpperCase()
        .trim();
    for (const r of REGIONS)
      for (const s of [r.code, r.name, ...r.aliases]) expect(sqlFold(s)).toBe(foldRegionName(s));
  });
});
