// Every listing reason the screener can give (each bundled chemical × jurisdiction, today and on dates
// before, inside and after the effective dates) is recognised, so none reaches a Spanish or French user as
// an untranslated English sentence; and every recognised phrase has its text in all three languages.
import { describe, expect, it } from 'vitest';
import { SCREENING_MESSAGES_EN } from '../../../../core/chemicals/messages';
import { isControlled, JURISDICTIONS } from '../../../../core/chemicals/reference';
import { bundledReference } from '../../../../core/chemicals/testing';
import { UI_CATALOGUES } from '../../../../core/i18n/ui';
import { parseListingReason } from './ListingReasonText';

const DATES = [undefined, '1990-01-01', '2017-10-18', '2021-06-01', '2023-01-01', '2024-12-31', '2030-01-01'];

describe('listing reasons', () => {
  it('every reason of the bundled registry is recognised, with its source wording kept verbatim', () => {
    const kinds = new Set<string>();
    for (const chemical of bundledReference().chemicals)
      for (const jurisdiction of JURISDICTIONS)
        for (const date of DATES) {
          const answer = isControlled(chemical, jurisdiction, date);
          const parsed = parseListingReason(answer.reason);
          expect(parsed, answer.reason).not.toBeNull();
          expect(parsed!.source).toBe(answer.listing.text);
          kinds.add(parsed!.key);
        }
    // The registry exercises most shapes; the rest are covered below.
    expect(kinds.size).toBeGreaterThanOrEqual(4);
  });

  it('each shape parses to its key and parameters; anything else is left alone', () => {
    expect(parseListingReason('Not yet in force on 2021-06-01: "DOF 2022"')).toEqual({
      key: 'notYetInForce',
      date: '2021-06-01',
      source: 'DOF 2022',
    });
    expect(
      parseListingReason('Controlled as a narcotic drug, but effective date known only as "2019": "Sch. I"'),
    ).toEqual({ key: 'effectiveUncertain', what: 'narcotic', when: '2019', source: 'Sch. I' });
    expect(parseListingReason('Listed, but no effective date in the data: "List I"')).toEqual({
      key: 'noEffectiveDate',
      what: 'listed',
      source: 'List I',
    });
    expect(parseListingReason('Something new from a later release')).toBeNull();
  });

  it('the phrases exist in every language', () => {
    for (const locale of ['en', 'es', 'fr'] as const) {
      const reasons = UI_CATALOGUES[locale].listingReasons;
      for (const key of ['listed', 'narcotic', 'notListed', 'unconfirmed', 'notYetInForce'] as const)
        expect(reasons[key].length, `${locale}.${key}`).toBeGreaterThan(0);
    }
    expect(UI_CATALOGUES.es.listingReasons.listed).not.toBe(UI_CATALOGUES.en.listingReasons.listed);
  });

  it('every finding and note message the screener gives on a line has a UI text (errors refuse the send)', () => {
    const shown = Object.keys(SCREENING_MESSAGES_EN)
      .filter((key) => !key.startsWith('chemicals.screening.error.'))
      .map((key) => key.slice('chemicals.screening.'.length));
    for (const locale of ['en', 'es', 'fr'] as const)
      expect(Object.keys(UI_CATALOGUES[locale].screening.messages).sort(), locale).toEqual(
        expect.arrayContaining(shown),
      );
  });
});
