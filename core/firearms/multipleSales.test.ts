import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { businessDaysSpanned, checkMultipleSale } from './multipleSales';

const codes = (p: { code: string }[]) => p.map((x) => x.code);

describe('multiple-sales reports', () => {
  it('counts business days across a weekend (Fri 2024-03-01 to Thu 2024-03-07 is five)', () => {
    expect(businessDaysSpanned(['2024-03-01', '2024-03-07'])).toBe(5);
    expect(businessDaysSpanned(['2024-03-01', '2024-03-08'])).toBe(6);
    expect(businessDaysSpanned(['2024-03-02', '2024-03-03'])).toBe(1); // a weekend alone
    expect(businessDaysSpanned(['2024-02-28', '2024-03-01'])).toBe(3); // over a leap day
  });

  it('two handguns within five business days make a 3310.4-like report', () => {
    expect(
      checkMultipleSale(
        'handguns',
        [
          { type: 'P', soldOn: '2024-03-01' },
          { type: 'P', soldOn: '2024-03-07' },
        ],
        'TX',
      ),
    ).toEqual([]);
  });

  it('refuses one gun, a rifle on a handgun report, a wider window and rifles outside the border states', () => {
    expect(codes(checkMultipleSale('handguns', [{ type: 'P', soldOn: '2024-03-01' }], 'TX'))).toEqual([
      'multiple_sales_too_few',
    ]);
    expect(
      checkMultipleSale(
        'handguns',
        [
          { type: 'P', soldOn: '2024-03-01' },
          { type: 'R', soldOn: '2024-03-01' },
        ],
        'TX',
      ),
    ).toEqual([{ code: 'multiple_sales_wrong_type', index: 1 }]);
    expect(
      codes(
        checkMultipleSale(
          'handguns',
          [
            { type: 'P', soldOn: '2024-03-01' },
            { type: 'P', soldOn: '2024-03-08' },
          ],
          'TX',
        ),
      ),
    ).toEqual(['multiple_sales_window']);
    const rifles = [
      { type: 'R' as const, soldOn: '2024-03-04' },
      { type: 'R' as const, soldOn: '2024-03-05' },
    ];
    expect(checkMultipleSale('rifles', rifles, 'Arizona')).toEqual([]);
    expect(codes(checkMultipleSale('rifles', rifles, 'GA'))).toEqual(['multiple_sales_not_border_state']);
  });

  it('property: the span never exceeds calendar days and never falls below 1', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 60 }),
        (start, extra) => {
          const a = start.toISOString().slice(0, 10);
          const b = new Date(start.getTime() + extra * 86_400_000).toISOString().slice(0, 10);
          const span = businessDaysSpanned([a, b]);
          expect(span).toBeGreaterThanOrEqual(1);
          expect(span).toBeLessThanOrEqual(extra + 1);
          expect(span).toBeGreaterThanOrEqual(Math.floor(((extra + 1) * 5) / 7) - 1);
        },
      ),
    );
  });
});
