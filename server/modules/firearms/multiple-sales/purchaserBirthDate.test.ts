// A multiple-sales report's purchaser birth date is checked like every date filed (a real day, not in the future),
// against the sales (not after the first one), and for age (no licensee sells to anyone under 18); the OpenAPI
// schema gives it the date format.
import { describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../../test/databases';
import { expectFieldErrors, rowCounts } from '../../../test/problems';
import { CONNECTED_DEALER, RIO, connectedTracingDemo } from '../../traces/testFixtures';

const report = (birthDate: string | null) => ({
  form: 'handguns',
  dealer: { licence: RIO },
  purchaser: { name: 'Robert Lee Straw', birthDate, address: '12 Elm St, Laredo TX' },
  firearms: ['BD1001', 'BD1002'].map((serial, i) => ({
    make: 'Glock',
    model: 'G19',
    type: 'P',
    serial,
    soldOn: i === 0 ? '2023-06-05' : '2023-06-01',
  })),
});

describe.each(DATABASE_KINDS)('multiple-sales purchaser birth date on %s', (kind) => {
  const { app, as } = connectedTracingDemo(kind);
  const file = async (birthDate: string | null, language = 'en') =>
    (await as(CONNECTED_DEALER)).post('/api/v1/firearms/multiple-sales', report(birthDate), {
      'accept-language': language,
    });
  const birthDateError = async (birthDate: string, language = 'en') => {
    const body = expectFieldErrors(await file(birthDate, language), ['purchaser.birthDate']);
    return body.errors!.find((e) => e.field === 'purchaser.birthDate')!;
  };

  it('refuses a future date, a date after the first sale and a purchaser under 18 at it; nothing written', async () => {
    await as(CONNECTED_DEALER);
    const before = await rowCounts(app().db);
    expect(await birthDateError('2090-01-01')).toMatchObject({ code: 'date_in_future' });
    expect(await birthDateError('2023-02-30')).toMatchObject({ code: 'invalid_date' });
    expect(await birthDateError('2023-06-03')).toMatchObject({
      code: 'birth_after_sale',
      message: 'The purchaser cannot be born after the sale (2023-06-01).',
    });
    expect(await birthDateError('2005-06-02')).toMatchObject({
      code: 'purchaser_under_age',
      message: 'With this birth date the purchaser was under 18 on the date of sale.',
    });
    expect((await birthDateError('2023-06-03', 'es')).message).toBe(
      'El comprador no puede haber nacido después de la venta (2023-06-01).',
    );
    expect(await rowCounts(app().db)).toEqual(before);
  });

  it('files a purchaser who turned 18 on the first sale, and one with no birth date', async () => {
    const adult = await file('2005-06-01');
    expect(adult.statusCode, adult.body).toBe(201);
    expect(adult.json()).toMatchObject({ purchaser: { birthDate: '2005-06-01' }, firstSaleOn: '2023-06-01' });
  });

  it('documents the birth date as a date in OpenAPI', async () => {
    const spec = (await app().anonymous.get('/api/openapi.json')).json<{
      paths: Record<string, { post?: { requestBody: { content: Record<string, { schema: unknown }> } } }>;
    }>();
    const body = spec.paths['/api/v1/firearms/multiple-sales']!.post!.requestBody.content['application/json']!
      .schema as { properties: { purchaser: { properties: { birthDate: unknown } } } };
    expect(JSON.stringify(body.properties.purchaser.properties.birthDate)).toContain('"format":"date"');
  });
});
