import { describe, expect, it } from 'vitest';
import { ISO_COUNTRY_CODES, isIsoCountryCode } from './countryCodes';
import { checkDescription } from './description';
import { routingNeedsOrigin } from './routing';

const codes = (input: Parameters<typeof checkDescription>[0]) =>
  checkDescription(input).warnings.map((w) => w.code);

describe('the missing-origin warning', () => {
  const glock = { make: 'Glock', model: 'G19', caliber: '9mm Luger', type: 'P' };

  it('warns when neither country of manufacture nor importer is given, at the country field', () => {
    const check = checkDescription({ ...glock, countryOfManufacture: null, importer: null });
    expect(check.warnings).toEqual([
      expect.objectContaining({ code: 'missing_origin', field: 'countryOfManufacture' }),
    ]);
    expect(codes({ ...glock, countryOfManufacture: ' ', importer: '  ' })).toEqual(['missing_origin']);
  });

  it('is satisfied by a country of manufacture or by an importer', () => {
    expect(codes({ ...glock, countryOfManufacture: 'AT', importer: null })).toEqual([]);
    expect(codes({ ...glock, countryOfManufacture: null, importer: 'Glock, Inc.' })).toEqual([]);
  });

  it('is not given for a description without markings (a lost/stolen report)', () => {
    expect(codes(glock)).toEqual([]);
  });

  it('follows the routing rules: only "origin unknown" needs it', () => {
    expect(routingNeedsOrigin(null, null)).toBe(true);
    expect(routingNeedsOrigin('', undefined)).toBe(true);
    expect(routingNeedsOrigin('IT', null)).toBe(false);
    expect(routingNeedsOrigin(null, 'Century Arms')).toBe(false);
  });
});

describe('ISO 3166-1 alpha-2 codes', () => {
  it('holds the 249 assigned codes, each a region the platform can name', () => {
    expect(ISO_COUNTRY_CODES.size).toBe(249);
    const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
    for (const code of ISO_COUNTRY_CODES) expect(names.of(code), code).toBeTruthy();
  });

  it('refuses unassigned, user-assigned and lower-case codes', () => {
    expect(isIsoCountryCode('MX')).toBe(true);
    expect(isIsoCountryCode('AT')).toBe(true);
    for (const code of ['XX', 'ZZ', 'EU', 'UK', 'mx', 'M', ''])
      expect(isIsoCountryCode(code), code).toBe(false);
  });
});
