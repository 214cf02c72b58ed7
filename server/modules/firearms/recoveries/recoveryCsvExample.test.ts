// The recovered-firearms CSV example the README, the web help and the API reference show imports as it stands, and a
// header without a required column is refused naming each one in the user's language.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECOVERY_CSV_EXAMPLE } from '../../../../core/firearms';
import { createTestApp, type TestApp, type UserClient } from '../../../test/testApp';

describe('recovered firearms CSV format', () => {
  let t: TestApp;
  let client: UserClient;
  const upload = (payload: string, lang = 'en') =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/recoveries/import?distribution=country&tlp=AMBER',
      headers: {
        cookie: client.cookie!,
        'x-csrf-token': client.csrfToken!,
        'content-type': 'text/csv',
        'accept-language': lang,
      },
      payload,
    });

  beforeAll(async () => {
    t = await createTestApp('pglite');
    client = await t.signIn('investigador@fge-son.demo');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('imports the documented example with every row kept, and a re-upload changes nothing', async () => {
    const rows = RECOVERY_CSV_EXAMPLE.split('\r\n').length - 1;
    const first = await upload(RECOVERY_CSV_EXAMPLE);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ received: rows, inserted: rows, rejected: 0, errors: [] });
    expect(first.json()).toMatchObject({ ignoredColumns: [] });
    const again = await upload(RECOVERY_CSV_EXAMPLE);
    expect(again.json()).toMatchObject({ received: rows, inserted: 0, unchanged: rows, rejected: 0 });
  });

  it('names each missing required column in the message', async () => {
    const response = await upload('serial,make\nAB1,Glock\n', 'es');
    expect(response.statusCode).toBe(422);
    const errors = (response.json() as { errors: { field: string; message: string }[] }).errors;
    expect(errors.map((e) => e.field)).toEqual(['recovered_on', 'recovery_country', 'case_number']);
    for (const e of errors) expect(e.message).toContain(`"${e.field}"`);
  });
});
