// Serial search returns at most 100 readable matches, and says when there were more (truncated), so a user does not
// take the first 100 for all of them; on every test database.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../../db/seed/demoData';
import { DATABASE_KINDS } from '../../../test/databases';
import { createTestApp, type TestApp, type UserClient } from '../../../test/testApp';

const INVESTIGATOR = 'investigador@fge-son.demo';

describe.each(DATABASE_KINDS)('serial search limit on %s', (kind) => {
  let t: TestApp;
  let client: UserClient;
  const search = async (q: string) => {
    const response = await client.get(`/api/v1/serials/search?q=${encodeURIComponent(q)}&mode=normalized`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ matches: unknown[]; truncated: boolean }>();
  };
  /** `count` recoveries of one serial: one through the API, the others copied from it in one statement. */
  const recoveries = async (serial: string, count: number) => {
    const created = await client.post('/api/v1/recoveries', {
      serial,
      make: 'Glock',
      model: '19',
      recoveredOn: '2024-03-05',
      recoveryCountry: 'MX',
      recoveryState: 'SON',
      caseNumber: `LIMIT/${serial}`,
      distribution: 'agency',
      tlp: 'AMBER',
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json<{ id: string }>();
    await sql`INSERT INTO recoveries (owner_agency_id, distribution, tlp, serial_state, serial_raw, serial_plain,
        serial_folded, make, make_id, make_key, model, recovered_on, recovery_country, recovery_state, case_number,
        created_by_user_id)
      SELECT owner_agency_id, distribution, tlp, serial_state, serial_raw, serial_plain, serial_folded, make, make_id,
        make_key, model, recovered_on, recovery_country, recovery_state, case_number || '/' || n, created_by_user_id
      FROM recoveries, generate_series(2, ${count}::int) AS n WHERE id = ${id}`.execute(t.db);
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    client = await t.signIn(INVESTIGATOR, DEMO_PASSWORD);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('flags more than 100 matches as truncated, and exactly 100 as complete', async () => {
    // Serials no other run shares, should the database be reused.
    const run = `${kind === 'pglite' ? 7 : 9}${Math.floor(Math.random() * 90000 + 10000)}`;
    const many = `LM${run}TRUNC`;
    await recoveries(many, 101);
    const over = await search(many);
    expect(over.matches).toHaveLength(100);
    expect(over.truncated).toBe(true);

    const exact = `LM${run}EXACT`;
    await recoveries(exact, 100);
    const all = await search(exact);
    expect(all.matches).toHaveLength(100);
    expect(all.truncated).toBe(false);
    expect((await search(`LM${run}NONE`)).truncated).toBe(false);
  });
});
