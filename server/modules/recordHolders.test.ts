// Record holders (dealers, manufacturers) are not partners: what their users may do across modules. Their agency's
// "analyst" carries only the holder abilities (core/sharing sessionAbilitiesOf), and the server checks the same list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../test/databases';
import { expectProblem } from '../test/problems';
import { createTestApp, type TestApp } from '../test/testApp';

const DEALER = 'dealer@borderguns.demo';

describe.each(DATABASE_KINDS)('record holders on %s', (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('an alert to all partners does not reach them, nor may they publish; they list no recoveries', async () => {
    const tracer = await t.signIn('tracer@ntc.demo');
    const published = await tracer.post('/api/v1/alerts', {
      title: 'All partners',
      body: 'Distributed to every partner agency.',
      distribution: 'partners',
      tlp: 'CLEAR',
    });
    expect(published.statusCode, published.body).toBe(201);
    const alert = published.json<{ id: string }>();
    const officer = await t.signIn('officer@cbp.demo');
    const officerList = (await officer.get('/api/v1/alerts?limit=200')).json<{ items: { id: string }[] }>();
    expect(officerList.items.map((a) => a.id)).toContain(alert.id);
    // A dealer's analyst has the holder inbox, not an analyst's abilities: no alerts to read, none to publish.
    const dealer = await t.signIn(DEALER);
    expectProblem(await dealer.get('/api/v1/alerts'), 403, 'forbidden');
    expectProblem(await dealer.get(`/api/v1/alerts/${alert.id}`), 404, 'not-found');
    expectProblem(
      await dealer.post('/api/v1/alerts', {
        title: 'From a dealer',
        body: 'Should never reach law enforcement feeds.',
        distribution: 'partners',
        tlp: 'CLEAR',
      }),
      403,
      'forbidden',
    );
    expect((await dealer.get('/api/v1/recoveries')).json<{ items: unknown[] }>().items).toEqual([]);
  });
});
