// A recovery's field errors come back all at once, each at its own field (possessor.name, possessor.birthDate), with
// ISO country codes checked in JSON and CSV, and the description check warning about a gun that cannot be routed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../db/seed/demoData';
import { DATABASE_KINDS } from '../../../test/databases';
import { expectFieldErrors, rowCounts } from '../../../test/problems';
import { createTestApp, type TestApp, type UserClient } from '../../../test/testApp';

const es = { 'accept-language': 'es' };

describe.each(DATABASE_KINDS)('recovery validation on %s', (kind) => {
  let t: TestApp;
  let client: UserClient;
  const serial = () => `VQ${kind === 'pglite' ? 3 : 4}${Math.floor(Math.random() * 900000 + 100000)}`;
  const base = (overrides: Record<string, unknown> = {}) => ({
    serial: serial(),
    make: 'Glock',
    model: 'G19',
    caliber: '9mm',
    type: 'P',
    countryOfManufacture: 'AT',
    recoveredOn: '2024-03-05',
    recoveryCountry: 'MX',
    distribution: 'country',
    tlp: 'AMBER',
    ...overrides,
  });
  const messages = (body: { errors?: { field: string; message: string }[] }) =>
    Object.fromEntries((body.errors ?? []).map((e) => [e.field, e.message]));

  beforeAll(async () => {
    t = await createTestApp(kind);
    client = await t.signIn('investigador@fge-son.demo', DEMO_PASSWORD);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('names every field error in one 422: no date and no serial, each at its own field', async () => {
    const before = await rowCounts(t.db);
    const body = expectFieldErrors(
      await client.post(
        '/api/v1/recoveries',
        base({
          serial: '',
          recoveredOn: '',
          latitude: 31.3,
          possessor: { name: 'Juan Pérez', birthDate: '2030-01-01' },
        }),
        es,
      ),
      ['recoveredOn', 'serial', 'longitude', 'possessor.birthDate'],
    );
    expect(messages(body)).toEqual({
      recoveredOn: 'Obligatorio.',
      serial: 'Indique el número de serie o márquelo como borrado.',
      longitude: 'Indique latitud y longitud, o ninguna de las dos.',
      'possessor.birthDate': 'No puede ser una fecha futura.',
    });
    // A birth date without a name is refused at the name, not dropped.
    const nameless = expectFieldErrors(
      await client.post('/api/v1/recoveries', base({ possessor: { name: '', birthDate: '1990-01-01' } })),
      ['possessor.name'],
    );
    expect(Object.keys(messages(nameless))).toEqual(['possessor.name']);
    expect(await rowCounts(t.db)).toEqual({ ...before, audit_events: (await rowCounts(t.db)).audit_events });
  });

  it('refuses country codes that are not ISO 3166-1, localised, in JSON, in an edit and in a CSV row', async () => {
    const body = expectFieldErrors(
      await client.post(
        '/api/v1/recoveries',
        base({ recoveryCountry: 'XX', countryOfManufacture: 'ZZ' }),
        es,
      ),
      ['recoveryCountry', 'countryOfManufacture'],
    );
    expect(messages(body).recoveryCountry).toMatch(/^No es un código de país ISO 3166-1/);
    const created = await client.post('/api/v1/recoveries', base({ countryOfManufacture: 'at' }));
    expect(created.statusCode, created.body).toBe(201);
    const rec = created.json<{ id: string; version: number; countryOfManufacture: string }>();
    expect(rec.countryOfManufacture).toBe('AT');
    expectFieldErrors(
      await client.patch(`/api/v1/recoveries/${rec.id}`, {
        version: rec.version,
        countryOfManufacture: 'QQ',
        serialState: 'intact',
        serial: '',
        recoveredOn: '',
      }),
      ['countryOfManufacture', 'serial', 'recoveredOn'],
    );

    const csv = [
      'case_number,serial,make,recovered_on,recovery_country,country_of_manufacture',
      `CSV-ISO-${kind}-1,${serial()},Glock,2024-01-02,MX,AT`,
      `CSV-ISO-${kind}-2,${serial()},Glock,2024-01-02,XX,AT`,
      `CSV-ISO-${kind}-3,${serial()},Glock,2024-01-02,MX,ZZ`,
    ].join('\n');
    const upload = await t.app.inject({
      method: 'POST',
      url: '/api/v1/recoveries/import?distribution=agency&tlp=AMBER',
      headers: { cookie: client.cookie!, 'x-csrf-token': client.csrfToken!, 'content-type': 'text/csv' },
      payload: Buffer.from(csv),
    });
    expect(upload.statusCode, upload.body).toBe(200);
    const result = upload.json<{
      inserted: number;
      errors: { line: number; field: string; code: string }[];
    }>();
    expect(result.inserted).toBe(1);
    expect(result.errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'invalid_country'],
      [4, 'invalid_country'],
    ]);
  });

  it('warns that a gun without country of manufacture or importer cannot be routed, and suggests the country', async () => {
    const check = async (body: Record<string, unknown>) => {
      const response = await client.post('/api/v1/firearms/description-check', body, es);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{
        make: { countries: string[] } | null;
        model: { types: string[] } | null;
        warnings: { code: string; field: string; message: string }[];
      }>();
    };
    const described = { make: 'Glock', model: 'G19', caliber: '9mm', type: 'P' };
    const unrouted = await check({ ...described, countryOfManufacture: null, importer: null });
    expect(unrouted.warnings).toEqual([
      expect.objectContaining({
        code: 'missing_origin',
        field: 'countryOfManufacture',
        message: expect.stringMatching(/^Indique el país de fabricación \(o el nombre del importador\)/),
      }),
    ]);
    expect(unrouted.make?.countries).toEqual(['AT', 'US']);
    expect(unrouted.model?.types).toEqual(['P']);
    expect((await check({ ...described, importer: 'Glock, Inc.' })).warnings).toEqual([]);
    // A lost/stolen report has no markings to read: no such warning.
    expect((await check(described)).warnings).toEqual([]);
    // The recovery keeps the warning, so its page says why a trace would fail.
    const stored = await client.post('/api/v1/recoveries', base({ countryOfManufacture: null }));
    expect(stored.statusCode, stored.body).toBe(201);
    expect(stored.json<{ descriptionWarnings: { code: string }[] }>().descriptionWarnings).toEqual([
      expect.objectContaining({ code: 'missing_origin' }),
    ]);
  });
});
