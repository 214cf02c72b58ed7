// A record holder's users read their own agency's licences (what its forms offer instead of a typed number), and
// nobody else's; other agencies' users are refused.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTracingDemo } from '../../db/seed/seedTracingDemo';
import { DATABASE_KINDS } from '../../test/databases';
import { expectProblem } from '../../test/problems';
import { createTestApp, type TestApp } from '../../test/testApp';
import { BORDER, CONNECTED_DEALER, DEALER, INVESTIGATOR, RIO, TRACER, userClients } from './testFixtures';

describe.each(DATABASE_KINDS)('record holder licences on %s', (kind) => {
  let t: TestApp;
  const as = userClients(() => t);
  beforeAll(async () => {
    t = await createTestApp(kind);
    await seedTracingDemo(t.db);
  });
  afterAll(() => t?.close());

  it('each holder gets its own licences only', async () => {
    const licences = async (email: string) => {
      const response = await (await as(email)).get('/api/v1/holder/licences');
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ items: unknown[] }>().items;
    };
    expect(await licences(DEALER)).toEqual([
      { licence: BORDER, name: 'Border Guns & Ammo', kind: 'dealer', country: 'US', usState: 'TX' },
    ]);
    expect(await licences(CONNECTED_DEALER)).toEqual([
      { licence: RIO, name: 'Rio Grande Outfitters', kind: 'dealer', country: 'US', usState: 'TX' },
    ]);
  });

  it('agencies that are not record holders are refused', async () => {
    for (const email of [INVESTIGATOR, TRACER])
      expectProblem(await (await as(email)).get('/api/v1/holder/licences'), 403, 'forbidden');
  });
});
