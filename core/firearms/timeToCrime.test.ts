import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYears, daysBetween, formatIsoDate, parseIsoDate, toEpochDay } from './calendar';
import { timeToCrime } from './timeToCrime';

function ttc(sale: string, recovery: string) {
  const r = timeToCrime(sale, recovery);
  if (!r.ok) throw new Error(`unexpected error ${r.error.code}`);
  return r.value;
}

describe('calendar', () => {
  it('parses only real ISO dates', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ ok: true, value: { year: 2024, month: 2, day: 29 } });
    for (const bad of [
      '2023-02-29',
      '1900-02-29',
      '2024-13-01',
      '2024-04-31',
      '2024-1-01',
      '24-01-01',
      '2024-01-01T00:00',
    ]) {
      expect(parseIsoDate(bad)).toMatchObject({ ok: false, error: { code: 'invalid_date' } });
    }
    expect(parseIsoDate('2000-02-29')).toMatchObject({ ok: true });
  });

  it('counts days the same way as the JavaScript UTC calendar', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString().slice(0, 10);
          const parsed = parseIsoDate(iso);
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          expect(toEpochDay(parsed.value)).toBe(
            Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) / 86_400_000),
          );
          expect(formatIsoDate(parsed.value)).toBe(iso);
        },
      ),
    );
  });

  it('clamps 29 February to 28 February when adding years', () => {
    expect(formatIsoDate(addYears({ year: 2024, month: 2, day: 29 }, 1))).toBe('2025-02-28');
    expect(formatIsoDate(addYears({ year: 2024, month: 2, day: 29 }, 4))).toBe('2028-02-29');
  });
});

describe('time-to-crime', () => {
  it('is zero on the same day, and strong', () => {
    expect(ttc('2022-06-15', '2022-06-15')).toEqual({ days: 0, years: 0, band: 'strong' });
  });

  it('counts leap days', () => {
    expect(ttc('2024-02-28', '2024-03-01').days).toBe(2);
    expect(ttc('2023-02-28', '2023-03-01').days).toBe(1);
    expect(ttc('2024-01-01', '2025-01-01')).toEqual({ days: 366, years: 1, band: 'strong' });
    expect(ttc('2023-01-01', '2024-01-01')).toEqual({ days: 365, years: 1, band: 'strong' });
  });

  it('puts the first anniversary inside the strong band and the next day outside', () => {
    expect(ttc('2021-05-10', '2022-05-10').band).toBe('strong');
    expect(ttc('2021-05-10', '2022-05-11').band).toBe('indicator');
    expect(ttc('2021-05-10', '2024-05-10').band).toBe('indicator');
    expect(ttc('2021-05-10', '2024-05-11').band).toBe('none');
  });

  it('takes 28 February as the anniversary of a 29 February sale', () => {
    expect(ttc('2024-02-29', '2025-02-28')).toMatchObject({ days: 365, years: 1, band: 'strong' });
    expect(ttc('2024-02-29', '2025-03-01')).toMatchObject({ days: 366, band: 'indicator' });
    expect(ttc('2024-02-29', '2027-02-28').band).toBe('indicator');
    expect(ttc('2024-02-29', '2027-03-01').band).toBe('none');
    expect(ttc('2024-02-29', '2028-02-29').years).toBe(4);
  });

  it('gives decimal years that grow with the days and hit whole numbers on anniversaries', () => {
    expect(ttc('2010-07-01', '2025-07-01').years).toBe(15);
    expect(ttc('2023-01-01', '2023-07-02').years).toBeCloseTo(182 / 365, 10);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 400 }), (start, extra) => {
        const base = new Date(Date.UTC(1970, 0, 1 + start)).toISOString().slice(0, 10);
        const a = new Date(Date.UTC(1970, 0, 1 + start + extra)).toISOString().slice(0, 10);
        const b = new Date(Date.UTC(1970, 0, 1 + start + extra + 1)).toISOString().slice(0, 10);
        const ra = ttc(base, a);
        const rb = ttc(base, b);
        expect(ra.days).toBe(extra);
        expect(rb.years).toBeGreaterThan(ra.years);
        expect(Math.abs(ra.years - extra / 365.2425)).toBeLessThan(0.01);
      }),
    );
  });

  it('rejects a recovery before the sale and malformed dates', () => {
    expect(timeToCrime('2022-06-15', '2022-06-14')).toEqual({
      ok: false,
      error: { code: 'recovery_before_sale', days: -1 },
    });
    expect(timeToCrime('2022-02-30', '2022-06-14')).toMatchObject({
      ok: false,
      error: { code: 'invalid_date', field: 'saleDate' },
    });
    expect(timeToCrime('2022-02-01', '14/06/2022')).toMatchObject({
      ok: false,
      error: { code: 'invalid_date', field: 'recoveryDate' },
    });
  });

  it('agrees with daysBetween on random date pairs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -30_000, max: 30_000 }),
        fc.integer({ min: -30_000, max: 30_000 }),
        (x, y) => {
          const a = new Date(Date.UTC(1970, 0, 1 + x)).toISOString().slice(0, 10);
          const b = new Date(Date.UTC(1970, 0, 1 + y)).toISOString().slice(0, 10);
          const r = timeToCrime(a, b);
          const pa = parseIsoDate(a);
          const pb = parseIsoDate(b);
          if (!pa.ok || !pb.ok) throw new Error('generator produced a bad date');
          expect(r.ok).toBe(y >= x);
          if (r.ok) expect(r.value.days).toBe(daysBetween(pa.value, pb.value));
        },
      ),
    );
  });
});
