import { describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS, dealerLookback, evaluateIndicators, type TraceFacts } from './indicators';
import { comparePersons } from './persons';

const base: TraceFacts = {
  firstRetailSaleDate: '2015-01-10',
  recoveryDate: '2023-05-01',
  recoveryCountry: 'US',
  saleCountry: 'US',
  saleState: 'OH',
  purchaser: { id: 'p1', fullName: 'John Smith' },
  possessor: { id: 'p1', fullName: 'John Smith' },
  purchaserOtherTracedGuns: 0,
  dealerOtherShortTtcTraces: 0,
  multipleSalesReportIds: [],
  serialObliterated: false,
};

const codes = (facts: Partial<TraceFacts>, t = DEFAULT_THRESHOLDS) =>
  evaluateIndicators({ ...base, ...facts }, t).map((i) => `${i.code}:${i.strength}`);

describe('trafficking indicators', () => {
  it('raises nothing for a long-TTC gun found with its buyer', () => {
    expect(codes({})).toEqual([]);
  });

  it('grades short TTC: ≤ 1 year strong, ≤ 3 years moderate, with days and years as params', () => {
    expect(codes({ firstRetailSaleDate: '2023-01-01' })).toEqual(['short_ttc:strong']);
    expect(codes({ firstRetailSaleDate: '2021-01-01' })).toEqual(['short_ttc:moderate']);
    const [i] = evaluateIndicators({ ...base, firstRetailSaleDate: '2022-05-01' });
    expect(i).toEqual({
      code: 'short_ttc',
      strength: 'strong',
      messageKey: 'firearms.indicator.short_ttc',
      params: { days: 365, years: 1 },
    });
    // No sale date, or a recovery before the sale: no TTC, so no indicator (never a guess).
    expect(codes({ firstRetailSaleDate: null })).toEqual([]);
    expect(codes({ firstRetailSaleDate: '2024-01-01' })).toEqual([]);
  });

  it('flags a possessor who is not the purchaser, but not when one of them is unknown', () => {
    expect(codes({ possessor: { id: 'p2', fullName: 'Jane Doe' } })).toEqual([
      'purchaser_not_possessor:moderate',
    ]);
    expect(codes({ possessor: null })).toEqual([]);
    expect(codes({ possessor: { fullName: 'SMITH, john' } })).toEqual([]);
  });

  it('flags a purchaser of several traced guns at the threshold', () => {
    expect(codes({ purchaserOtherTracedGuns: 1 })).toEqual(['purchaser_multiple_traces:strong']);
    expect(
      codes({ purchaserOtherTracedGuns: 1 }, { ...DEFAULT_THRESHOLDS, purchaserMinTracedGuns: 3 }),
    ).toEqual([]);
    expect(
      codes({ purchaserOtherTracedGuns: 2 }, { ...DEFAULT_THRESHOLDS, purchaserMinTracedGuns: 3 }),
    ).toEqual(['purchaser_multiple_traces:strong']);
    expect(codes({ purchaserOtherTracedGuns: 5, purchaser: null, possessor: null })).toEqual([]);
  });

  it('counts this trace towards the dealer threshold only when its own TTC is short', () => {
    const t = { ...DEFAULT_THRESHOLDS, dealerMinShortTtcTraces: 25 };
    expect(codes({ dealerOtherShortTtcTraces: 24 }, t)).toEqual([]);
    expect(codes({ dealerOtherShortTtcTraces: 24, firstRetailSaleDate: '2021-01-01' }, t)).toEqual([
      'short_ttc:moderate',
      'dealer_short_ttc_traces:moderate',
    ]);
    expect(codes({ dealerOtherShortTtcTraces: 25 }, t)).toEqual(['dealer_short_ttc_traces:moderate']);
  });

  it('looks back over the recovery month and the eleven before it, across year ends and leap days', () => {
    expect(dealerLookback('2024-03-15')).toEqual({ from: '2023-04', to: '2024-03' });
    expect(dealerLookback('2024-12-31')).toEqual({ from: '2024-01', to: '2024-12' });
    expect(dealerLookback('2024-01-01')).toEqual({ from: '2023-02', to: '2024-01' });
    expect(dealerLookback('2024-02-29')).toEqual({ from: '2023-03', to: '2024-02' });
    expect(dealerLookback('2023-02-29')).toBeNull();
    expect(dealerLookback('')).toBeNull();
    const [flag] = evaluateIndicators({ ...base, dealerOtherShortTtcTraces: 25 });
    expect(flag?.params).toEqual({ count: 25, threshold: 25, months: 12 });
  });

  it('flags multiple-sales report hits and obliterated serials', () => {
    expect(codes({ multipleSalesReportIds: ['ms-1', 'ms-2'] })).toEqual(['multiple_sales_report:moderate']);
    expect(evaluateIndicators({ ...base, multipleSalesReportIds: ['ms-1', 'ms-2'] })[0]?.params).toEqual({
      reports: 2,
    });
    expect(codes({ serialObliterated: true })).toEqual(['obliterated_serial:strong']);
  });

  it('flags a sale in a border state recovered in Mexico, only that', () => {
    for (const state of ['TX', 'az', 'California', 'New Mexico']) {
      expect(codes({ saleState: state, recoveryCountry: 'MX' })).toEqual(['border_state_to_mexico:moderate']);
    }
    expect(codes({ saleState: 'TX', recoveryCountry: 'US' })).toEqual([]);
    expect(codes({ saleState: 'OH', recoveryCountry: 'MX' })).toEqual([]);
    expect(codes({ saleState: 'CA', saleCountry: 'CA', recoveryCountry: 'MX' })).toEqual([]);
  });

  it('lists several indicators in a fixed order', () => {
    expect(
      codes({
        firstRetailSaleDate: '2023-03-01',
        recoveryCountry: 'MX',
        saleState: 'TX',
        possessor: { id: 'p9' },
        purchaserOtherTracedGuns: 3,
        multipleSalesReportIds: ['m'],
        serialObliterated: true,
      }),
    ).toEqual([
      'short_ttc:strong',
      'purchaser_not_possessor:moderate',
      'purchaser_multiple_traces:strong',
      'multiple_sales_report:moderate',
      'border_state_to_mexico:moderate',
      'obliterated_serial:strong',
    ]);
  });
});

describe('comparing persons', () => {
  it('ignores accents, case, punctuation and name order', () => {
    expect(comparePersons({ fullName: 'GARCÍA LÓPEZ, Juan' }, { fullName: 'juan garcia lopez' })).toBe(
      'same',
    );
    expect(comparePersons({ id: 'a', fullName: 'Juan García' }, { id: 'b', fullName: 'Juan Garcia' })).toBe(
      'same',
    );
  });

  it('tells different people apart by name, birth date or id', () => {
    expect(comparePersons({ fullName: 'Juan García' }, { fullName: 'Pedro García' })).toBe('different');
    expect(
      comparePersons(
        { fullName: 'Juan García', birthDate: '1990-01-01' },
        { fullName: 'Juan Garcia', birthDate: '1991-01-01' },
      ),
    ).toBe('different');
    expect(comparePersons({ id: 'a' }, { id: 'b' })).toBe('different');
    expect(comparePersons({ id: 'a' }, { fullName: 'X' })).toBe('unknown');
    expect(comparePersons(null, { id: 'a' })).toBe('unknown');
  });
});
