import { describe, expect, it } from 'vitest';
import { routeTrace } from './routing';

describe('routing a trace to a tracing centre', () => {
  it('sends US-made guns to the US centre from the manufacturer', () => {
    expect(routeTrace({ countryOfManufacture: 'us', importer: null })).toEqual({
      kind: 'centre',
      centre: 'US',
      reason: 'made_in_us',
      startsAt: 'manufacturer',
    });
  });

  it('sends guns imported into the US to the US centre from the importer, whatever their origin', () => {
    for (const made of ['RO', 'AT', 'CA', null]) {
      expect(
        routeTrace({ countryOfManufacture: made, importer: { name: 'Century Arms', country: 'US' } }),
      ).toMatchObject({
        centre: 'US',
        reason: 'imported_into_us',
        startsAt: 'importer',
      });
    }
  });

  it('sends Canadian-made and Canadian-imported guns to the Canadian centre', () => {
    expect(routeTrace({ countryOfManufacture: 'CA', importer: null })).toMatchObject({
      centre: 'CA',
      reason: 'made_in_ca',
    });
    expect(routeTrace({ countryOfManufacture: 'IT', importer: { name: 'X', country: 'ca' } })).toMatchObject({
      centre: 'CA',
      reason: 'imported_into_ca',
    });
  });

  it('follows a US-made gun exported to Mexico from the US manufacturer', () => {
    expect(
      routeTrace({ countryOfManufacture: 'US', importer: { name: 'DCAM', country: 'MX' } }),
    ).toMatchObject({
      centre: 'US',
      reason: 'made_in_us',
    });
  });

  it('says why a gun has no North American chain, or why it cannot be routed yet', () => {
    expect(routeTrace({ countryOfManufacture: 'BR', importer: null })).toEqual({
      kind: 'foreign',
      country: 'BR',
      reason: 'foreign_no_us_or_ca_importer',
    });
    expect(routeTrace({ countryOfManufacture: 'BR', importer: { name: 'Unknown', country: null } })).toEqual({
      kind: 'undetermined',
      reason: 'importer_country_unknown',
    });
    expect(routeTrace({ countryOfManufacture: ' ', importer: null })).toEqual({
      kind: 'undetermined',
      reason: 'origin_unknown',
    });
  });
});
