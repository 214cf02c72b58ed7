// Tests for reading effective dates out of listing notes, with their precision, and for in-force checks.
import { describe, expect, it } from 'vitest';
import { inForceOn, parseEffectiveDate } from './effectiveDate';

describe('parseEffectiveDate', () => {
  const cases: [string, string | null, string | null, string, string][] = [
    // text, earliest, latest, precision, basis
    [
      'List I (+amides, carbamates, salts): 85 FR 20822, eff. 15 May 2020; halides added, eff. 30 Nov 2023',
      '2020-05-15',
      '2020-05-15',
      'day',
      'effective',
    ],
    [
      'Added to LFCPQ art.4 fr.I list by CSG acuerdo, DOF 18 Jul 2017',
      '2017-07-18',
      '2017-07-18',
      'day',
      'stated',
    ],
    ['Table I, CND Mar 2022, in force 23 Nov 2022', '2022-11-23', '2022-11-23', 'day', 'in_force'],
    ['Table I, 2017', '2017-01-01', '2017-12-31', 'year', 'stated'],
    [
      'Class A (PCR item 31, 2016-17); derivatives & analogues SOR/2023-102, in force 30 Aug 2023',
      '2016-01-01',
      '2017-12-31',
      'year_range',
      'stated',
    ],
    [
      'Class A precursor (CDSA Sch. VI item, in force by 2016-11-30; PCR item 27)',
      null,
      '2016-11-30',
      'day',
      'in_force_by',
    ],
    [
      'Narcotic Control Regs item 15(14) incl. derivatives/analogues, SOR/2019-120 (May 2019)',
      '2019-05-01',
      '2019-05-31',
      'month',
      'stated',
    ],
    [
      'Table I, CND decision 67/6 (Mar 2024), effective 180 days after notification',
      '2024-08-28',
      null,
      'month',
      'effective',
    ],
    ['Table I, CND decision 67/7 (Mar 2024)', '2024-03-01', null, 'month', 'decision'],
    [
      'List I as carbamate of 4-piperidone since 12 May 2023; specific listing eff. 2 Oct 2025 (DEA-1394)',
      '2023-05-12',
      '2023-05-12',
      'day',
      'since',
    ],
    [
      'List I: interim rule 72 FR 20039 (23 Apr 2007), final 73 FR 43355 (2008)',
      '2007-04-23',
      '2007-04-23',
      'day',
      'stated',
    ],
  ];
  it.each(cases)('%s', (text, earliest, latest, precision, basis) => {
    expect(parseEffectiveDate(text)).toMatchObject({ earliest, latest, precision, basis });
  });

  it('does not read regulation numbers or treaty names as dates', () => {
    expect(parseEffectiveDate('derivatives/analogues SOR/2019-120')).toBeNull();
    expect(parseEffectiveDate('Not a precursor: 1961 Single Convention (narcotic drug)')).toBeNull();
    expect(parseEffectiveDate('85 FR 20822')).toBeNull();
  });
});

describe('inForceOn', () => {
  const year = parseEffectiveDate('Table I, 2017');
  const day = parseEffectiveDate('eff. 15 May 2020');
  const by = parseEffectiveDate('in force by 2016-11-30');
  it('is exact for day precision', () => {
    expect(inForceOn(day, '2020-05-14')).toBe('no');
    expect(inForceOn(day, '2020-05-15')).toBe('yes');
  });
  it('answers unknown inside a year-only date, never a guessed day', () => {
    expect(inForceOn(year, '2016-12-31')).toBe('no');
    expect(inForceOn(year, '2017-06-01')).toBe('unknown');
    expect(inForceOn(year, '2018-01-01')).toBe('yes');
  });
  it('knows only the upper bound of "in force by"', () => {
    expect(inForceOn(by, '2016-01-01')).toBe('unknown');
    expect(inForceOn(by, '2016-11-30')).toBe('yes');
  });
  it('treats no date as "per the current data" and a missing effective date as unknown on a given day', () => {
    expect(inForceOn(null, undefined)).toBe('yes');
    expect(inForceOn(null, '2020-01-01')).toBe('unknown');
  });
});
