// Proposed additions to the firearm reference table on every test database: who may propose, list and decide (as a
// truth table over the demo roles), the checks that keep the table unambiguous, and an accepted entry reaching
// autocomplete and the description check at once and again after a restart (loadReferenceAdditions).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseCaliber, setReferenceAdditions } from '../../../../core/firearms';
import { DATABASE_KINDS } from '../../../test/databases';
import { expectFieldErrors, expectProblem } from '../../../test/problems';
import { createTestApp, type TestApp, type UserClient } from '../../../test/testApp';
import { loadReferenceAdditions } from './proposals';

const URL = '/api/v1/firearms/reference/proposals';

interface Proposal {
  id: string;
  status: string;
  name: string;
  make: { id: string; name: string } | null;
  calibers: { id: string; name: string }[];
  decisionNote: string | null;
  proposedBy: { agencyCode: string };
}

describe.each(DATABASE_KINDS)('reference table proposals on %s', (kind) => {
  let t: TestApp;
  const clients = new Map<string, UserClient>();
  const as = async (email: string) => {
    if (!clients.has(email)) clients.set(email, await t.signIn(email));
    return clients.get(email)!;
  };
  const propose = async (email: string, body: Record<string, unknown>) => (await as(email)).post(URL, body);

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    setReferenceAdditions([]);
    await t?.close();
  });

  it('who may propose, list and decide, role by role', async () => {
    // [user, may propose and list, is a curator (sees every proposal, decides)]
    const table: [string, boolean, boolean][] = [
      ['analista@fgr.demo', true, false],
      ['investigador@fge-son.demo', true, false],
      ['admin@fgr.demo', true, false],
      ['tracer@ntc.demo', true, true],
      ['sysadmin@rastro.demo', false, true],
      ['auditora@fgr.demo', false, false],
      ['reguladora@cofepris.demo', false, false],
      ['records@glock.demo', false, false],
    ];
    const pending = await propose('enqueteur@rcmp.demo', { kind: 'caliber', name: '9.3x74R TruthTable' });
    expect(pending.statusCode, pending.body).toBe(201);
    const id = pending.json<Proposal>().id;
    for (const [email, mayPropose, curator] of table) {
      const client = await as(email);
      const list = await client.get(URL);
      const created = await client.post(URL, { kind: 'caliber', name: `Test ${email.split('@')[0]} cal` });
      if (mayPropose || curator) {
        expect(list.statusCode, email).toBe(200);
        // A curator sees every agency's proposals; others only their own agency's.
        const ids = list.json<{ items: Proposal[] }>().items.map((p) => p.id);
        expect(ids.includes(id), email).toBe(curator);
      } else expect(list.statusCode, email).toBe(403);
      expect(created.statusCode, email).toBe(mayPropose ? 201 : 403);
      if (!curator) {
        const decided = await client.post(`${URL}/${id}/decision`, { decision: 'reject' });
        expect(decided.statusCode, email).toBe(403);
      }
    }
    expect((await t.anonymous.get(URL)).statusCode).toBe(401);
  });

  it('refuses what the table already answers to, unknown makes and calibers, and a second open proposal', async () => {
    const investigator = 'investigador@fge-son.demo';
    const fields = async (body: Record<string, unknown>) =>
      expectFieldErrors(await propose(investigator, body), []).errors!.map((e) => [e.field, e.code]);
    expect(await fields({ kind: 'model', make: 'Glock', name: 'G19', types: ['P'] })).toEqual([
      ['name', 'already_in_reference'],
    ]);
    expect(await fields({ kind: 'make', name: 'Kral Arms', aliases: ['S&W'] })).toEqual([
      ['aliases', 'already_in_reference'],
    ]);
    expect(await fields({ kind: 'caliber', name: '9 mm' })).toEqual([['name', 'already_in_reference']]);
    expect(
      await fields({ kind: 'model', make: 'Nobody Arms', name: 'X1', types: ['P'], calibers: ['9mm'] }),
    ).toEqual([['make', 'unknown_make']]);
    expect(await fields({ kind: 'model', make: 'Glock', name: 'G99', calibers: ['Wishful 12mm'] })).toEqual([
      ['types', 'required'],
      ['calibers', 'unknown_caliber_named'],
    ]);
    const first = await propose(investigator, { kind: 'make', name: 'Kral Arms', countries: ['tr'] });
    expect(first.statusCode, first.body).toBe(201);
    // The same entry as other agencies write it ("KRAL ARMS, Inc.") is the same proposal.
    const again = await propose('analista@fgr.demo', { kind: 'make', name: 'KRAL ARMS, Inc.' });
    expect(expectFieldErrors(again, ['name']).errors![0]).toMatchObject({ code: 'proposal_exists' });
    // Hostile text is kept as text; wrong types and unknown fields are refused whole.
    const html = await propose(investigator, { kind: 'caliber', name: `<b>x</b>'; DROP TABLE users;--` });
    expect(html.json<Proposal>().name).toBe(`<b>x</b>'; DROP TABLE users;--`);
    expectFieldErrors(await propose(investigator, { kind: 'gun', name: 'x' }), ['kind']);
    expectFieldErrors(await propose(investigator, { kind: 'make', name: 'x'.repeat(121) }), ['name']);
    expectFieldErrors(await propose(investigator, { kind: 'make', name: 'Y', secret: 1 }), []);
  });

  it('an accepted model joins autocomplete and the description check at once, and after a restart', async () => {
    const investigator = await as('investigador@fge-son.demo');
    const tracer = await as('tracer@ntc.demo');
    const created = await investigator.post(URL, {
      kind: 'model',
      make: 'glock',
      name: 'G49 MOS',
      types: ['P'],
      calibers: ['9mm', '9 mm'],
      note: 'Seen in three Sonora cases this month.',
    });
    expect(created.statusCode, created.body).toBe(201);
    const proposal = created.json<Proposal>();
    expect(proposal).toMatchObject({
      status: 'pending',
      make: { id: 'glock', name: 'Glock' },
      calibers: [{ id: '9mm-luger', name: '9mm Luger' }],
      proposedBy: { agencyCode: 'MX-FGE-SON' },
    });
    const check = async () =>
      (
        await investigator.post('/api/v1/firearms/description-check', {
          make: 'Glock',
          model: 'G49 MOS',
          caliber: '9mm',
          type: 'P',
        })
      ).json<{ warnings: { code: string }[]; model: { name: string } | null }>();
    expect((await check()).warnings.map((w) => w.code)).toContain('unknown_model');

    const accepted = await tracer.post(`${URL}/${proposal.id}/decision`, {
      decision: 'accept',
      note: 'Confirmed with the manufacturer.',
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<Proposal>()).toMatchObject({
      status: 'accepted',
      decisionNote: 'Confirmed with the manufacturer.',
    });
    expect(await check()).toMatchObject({ warnings: [], model: { name: 'G49 MOS' } });
    const models = await investigator.get('/api/v1/firearms/reference/models?make=Glock&q=G49');
    expect(models.json<{ items: { name: string }[] }>().items.map((m) => m.name)).toEqual(['G49 MOS']);
    expectProblem(
      await tracer.post(`${URL}/${proposal.id}/decision`, { decision: 'reject' }),
      409,
      'conflict',
    );
    expect(
      await t.db
        .selectFrom('audit_events')
        .select('action')
        .where('record_id', '=', proposal.id)
        .orderBy('at')
        .execute(),
    ).toEqual([{ action: 'reference_proposal.create' }, { action: 'reference_proposal.accept' }]);

    // A restarted server reads the accepted additions back from its database.
    setReferenceAdditions([]);
    expect((await check()).model).toBeNull();
    expect(await loadReferenceAdditions(t.db)).toBeGreaterThanOrEqual(1);
    expect((await check()).model).toMatchObject({ name: 'G49 MOS' });
  });

  it('a rejected proposal keeps its note, stays out of the table, and may be proposed again', async () => {
    const created = await propose('analista@fgr.demo', { kind: 'caliber', name: '.50 Rejectable' });
    const id = created.json<Proposal>().id;
    const rejected = await (
      await as('sysadmin@rastro.demo')
    ).post(`${URL}/${id}/decision`, { decision: 'reject', note: 'Not a real cartridge.' });
    expect(rejected.json<Proposal>()).toMatchObject({
      status: 'rejected',
      decisionNote: 'Not a real cartridge.',
    });
    expect(normaliseCaliber('.50 Rejectable')).toBeNull();
    const own = await (await as('analista@fgr.demo')).get(`${URL}?status=rejected`);
    expect(own.json<{ items: Proposal[] }>().items.map((p) => p.id)).toContain(id);
    expect((await propose('analista@fgr.demo', { kind: 'caliber', name: '.50 Rejectable' })).statusCode).toBe(
      201,
    );
    expectProblem(
      await (
        await as('tracer@ntc.demo')
      ).post(`${URL}/00000000-0000-4000-8000-000000000000/decision`, {
        decision: 'accept',
      }),
      404,
      'not-found',
    );
  });
});
