import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_GROUPS, DEMO_USERS } from '../../db/seed/demoData';
import { DATABASE_KINDS } from '../../test/databases';
import { expectProblem } from '../../test/problems';
import { createTestApp, type TestApp, type UserClient } from '../../test/testApp';

interface AlertBody {
  id: string;
  title: string;
  body: string;
  tlp: string;
  distribution: string;
  version: number;
  read: boolean;
  ownerAgency: { id: string; code: string };
}
interface SearchBody {
  alerts: AlertBody[];
  hidden: {
    recordType: string;
    recordId: string;
    ownerAgency: { id: string; code: string; name: string; country: string };
  }[];
}

const TRILATERAL = 'Trilateral Fentanyl Committee';
const OPERATIONAL = new Set(['analyst', 'investigator', 'tracing_officer', 'regulator', 'agency_admin']);

describe.each(DATABASE_KINDS)('alerts on %s', (kind) => {
  let t: TestApp;
  const clients = new Map<string, UserClient>();
  const as = async (email: string) => {
    if (!clients.has(email)) clients.set(email, await t.signIn(email));
    return clients.get(email)!;
  };
  let groupId: string;
  let unique = 0;
  /** A word that appears in no other alert, so searches find exactly what a test published. */
  const word = () => `zq${kind}${(unique += 1)}x${Math.random().toString(36).slice(2, 8)}`;
  const publish = async (email: string, input: Record<string, unknown>) => {
    const response = await (await as(email)).post('/api/v1/alerts', input);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<AlertBody>();
  };
  const listIds = async (email: string) =>
    (await (await as(email)).get('/api/v1/alerts?limit=200'))
      .json<{ items: AlertBody[] }>()
      .items.map((a) => a.id);
  const unread = async (email: string) =>
    (await (await as(email)).get('/api/v1/alerts/unread-count')).json<{ count: number }>().count;
  const search = async (email: string, q: string) => {
    const response = await (await as(email)).get(`/api/v1/search?q=${encodeURIComponent(q)}`);
    expect(response.statusCode, response.body).toBe(200);
    return { body: response.json<SearchBody>(), raw: response.body };
  };
  const agencyOf = (email: string) => DEMO_USERS.find((u) => u.email === email)!.agency;

  beforeAll(async () => {
    t = await createTestApp(kind);
    groupId = (
      await t.db
        .selectFrom('sharing_groups')
        .select('id')
        .where('name', '=', TRILATERAL)
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('an alert to the trilateral group reaches every member agency’s users (list, detail, badge) and no one else', async () => {
    const members = new Set(DEMO_GROUPS.find((g) => g.name === TRILATERAL)!.members);
    const publisher = 'reguladora@cofepris.demo';
    const users = DEMO_USERS.filter((u) => OPERATIONAL.has(u.role) && u.email !== publisher);
    const recipients = users.filter((u) => members.has(u.agency));
    const outsiders = users.filter((u) => !members.has(u.agency));
    expect(recipients.length).toBeGreaterThanOrEqual(6);
    expect(new Set(recipients.map((u) => u.agency.slice(0, 2)))).toEqual(new Set(['MX', 'US', 'CA']));
    expect(outsiders.length).toBeGreaterThanOrEqual(2);

    const badgeBefore = new Map<string, number>();
    for (const u of recipients) badgeBefore.set(u.email, await unread(u.email));
    const w = word();
    const alert = await publish(publisher, {
      title: `Precursor ${w}`,
      body: 'Watch 4-AP consignments.',
      distribution: 'group',
      sharingGroupId: groupId,
      tlp: 'AMBER',
    });

    for (const u of recipients) {
      expect(await listIds(u.email), u.email).toContain(alert.id);
      expect(await unread(u.email), u.email).toBe(badgeBefore.get(u.email)! + 1);
      const unreadList = (await (await as(u.email)).get('/api/v1/alerts?unread=true&limit=200')).json<{
        items: AlertBody[];
      }>();
      expect(unreadList.items.map((a) => a.id)).toContain(alert.id);
      const detail = await (await as(u.email)).get(`/api/v1/alerts/${alert.id}`);
      expect(detail.statusCode, u.email).toBe(200);
      expect(detail.json<AlertBody>()).toMatchObject({ id: alert.id, title: `Precursor ${w}`, read: true });
      expect(await unread(u.email), u.email).toBe(badgeBefore.get(u.email)!);
      expect((await listIds(u.email)).includes(alert.id)).toBe(true);
    }
    for (const u of outsiders) {
      expect(await listIds(u.email), u.email).not.toContain(alert.id);
      const detail = await (await as(u.email)).get(`/api/v1/alerts/${alert.id}`);
      expectProblem(detail, 404, 'not-found');
      expect(detail.body).not.toContain(w);
      const found = await search(u.email, w);
      expect(found.body.alerts).toEqual([]);
      expect(found.raw).not.toContain(w);
    }
    // Non-operational roles (auditor, system admin) read no alerts even in member agencies.
    expectProblem(await (await as('auditora@fgr.demo')).get(`/api/v1/alerts/${alert.id}`), 404, 'not-found');
    expect(await unread('sysadmin@rastro.demo')).toBe(0);
  });

  it('an agency-only alert is invisible to other agencies, shows only as "a match exists" in their search, unless undiscoverable', async () => {
    const w = word();
    const title = `Serie limada ${w} Hermosillo`;
    const body = `Detalle confidencial ${w} de la investigación`;
    const visible = await publish('admin@fgr.demo', {
      title,
      body,
      distribution: 'agency',
      tlp: 'AMBER',
      discoverable: true,
    });
    const hiddenTitle = `Fuente ${w} protegida`;
    const secret = await publish('admin@fgr.demo', {
      title: hiddenTitle,
      body: `Nada ${w}`,
      distribution: 'agency',
      tlp: 'AMBER',
      discoverable: false,
    });

    // Same agency: readable in full.
    expect(await listIds('analista@fgr.demo')).toEqual(expect.arrayContaining([visible.id, secret.id]));
    const own = await search('analista@fgr.demo', w);
    expect(own.body.alerts.map((a) => a.id).sort()).toEqual([visible.id, secret.id].sort());
    expect(own.body.hidden).toEqual([]);

    for (const email of ['tracer@ntc.demo', 'officer@cbp.demo', 'enqueteur@rcmp.demo', 'aduanas@anam.demo']) {
      expect(await listIds(email), email).not.toContain(visible.id);
      expectProblem(await (await as(email)).get(`/api/v1/alerts/${visible.id}`), 404, 'not-found');
      expectProblem(await (await as(email)).get(`/api/v1/alerts/${secret.id}`), 404, 'not-found');
      const found = await search(email, w);
      expect(found.body.alerts).toEqual([]);
      expect(found.body.hidden).toHaveLength(1);
      const [hit] = found.body.hidden;
      expect(Object.keys(hit!).sort()).toEqual(['heldBy', 'ownerAgency', 'recordId', 'recordType']);
      expect(Object.keys(hit!.ownerAgency).sort()).toEqual(['code', 'country', 'id', 'name']);
      expect(hit).toMatchObject({
        recordType: 'alert',
        recordId: visible.id,
        ownerAgency: { code: 'MX-FGR', country: 'MX' },
        heldBy: null,
      });
      for (const leak of ['Serie limada', 'Hermosillo', 'confidencial', 'protegida', secret.id])
        expect(found.raw, `${email}: ${leak}`).not.toContain(leak);
    }

    // The owner marks the first one undiscoverable: then nothing at all.
    const patched = await (
      await as('admin@fgr.demo')
    ).patch(`/api/v1/alerts/${visible.id}`, { version: visible.version, discoverable: false });
    expect(patched.statusCode, patched.body).toBe(200);
    const after = await search('tracer@ntc.demo', w);
    expect(after.body).toEqual({ alerts: [], hidden: [] });
    expectProblem(
      await (
        await as('tracer@ntc.demo')
      ).post('/api/v1/access-requests', { recordType: 'alert', recordId: visible.id, reason: 'guessing' }),
      404,
      'not-found',
    );
  });

  it('access request for a hidden hit: the owner’s admin grants it and the requester’s agency can read; a refusal keeps it hidden', async () => {
    const w = word();
    const alert = await publish('investigador@fge-son.demo', {
      title: `Entrega ${w}`,
      body: 'Armas en tránsito.',
      distribution: 'agency',
      tlp: 'AMBER',
    });
    const [hit] = (await search('tracer@ntc.demo', w)).body.hidden;
    expect(hit!.recordId).toBe(alert.id);

    const tracer = await as('tracer@ntc.demo');
    const requested = await tracer.post('/api/v1/access-requests', {
      recordType: 'alert',
      recordId: alert.id,
      reason: 'Matches a trace of ours',
    });
    expect(requested.statusCode, requested.body).toBe(201);
    const request = requested.json<{ id: string; status: string; ownerAgency: { code: string } }>();
    expect(request).toMatchObject({ status: 'pending', ownerAgency: { code: 'MX-FGE-SON' } });
    expectProblem(
      await tracer.post('/api/v1/access-requests', {
        recordType: 'alert',
        recordId: alert.id,
        reason: 'again',
      }),
      409,
      'conflict',
    );
    // The requester cannot grant it to themselves; an unrelated agency's admin does not even see it.
    expectProblem(await tracer.post(`/api/v1/access-requests/${request.id}/grant`, {}), 403, 'forbidden');
    expectProblem(
      await (await as('admin@dea.demo')).post(`/api/v1/access-requests/${request.id}/grant`, {}),
      404,
      'not-found',
    );
    expectProblem(await tracer.get(`/api/v1/alerts/${alert.id}`), 404, 'not-found');

    // FGE-SON has no admin among the demo users: add one through the system admin.
    const sonId = (
      await t.db
        .selectFrom('agencies')
        .select('id')
        .where('code', '=', 'MX-FGE-SON')
        .executeTakeFirstOrThrow()
    ).id;
    const created = await (
      await as('sysadmin@rastro.demo')
    ).post('/api/v1/users', {
      email: 'admin@fge-son.example',
      displayName: 'Admin Sonora',
      role: 'agency_admin',
      agencyId: sonId,
      password: 'sonora-admin-password-1',
    });
    expect(created.statusCode, created.body).toBe(201);
    const ownerAdmin = await t.signIn('admin@fge-son.example', 'sonora-admin-password-1');
    const incoming = await ownerAdmin.get('/api/v1/access-requests?direction=incoming');
    expect(incoming.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(request.id);
    const granted = await ownerAdmin.post(`/api/v1/access-requests/${request.id}/grant`, {
      note: 'Ok for tracing',
    });
    expect(granted.statusCode, granted.body).toBe(200);
    expect(granted.json<{ status: string }>().status).toBe('granted');
    // Sent with no body at all (a decision needs no note): reaches the workflow, which refuses a second decision.
    expectProblem(await ownerAdmin.post(`/api/v1/access-requests/${request.id}/refuse`), 409, 'conflict');

    const opened = await tracer.get(`/api/v1/alerts/${alert.id}`);
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json<AlertBody>().title).toBe(`Entrega ${w}`);
    expect(await listIds('tracer@ntc.demo')).toContain(alert.id);
    const nowReadable = await search('tracer@ntc.demo', w);
    expect(nowReadable.body.alerts.map((a) => a.id)).toEqual([alert.id]);
    expect(nowReadable.body.hidden).toEqual([]);
    // The grant is for NTC only.
    expectProblem(await (await as('officer@cbp.demo')).get(`/api/v1/alerts/${alert.id}`), 404, 'not-found');

    // CBP asks too, and is refused: it stays hidden.
    const cbp = await as('officer@cbp.demo');
    const second = (
      await cbp.post('/api/v1/access-requests', {
        recordType: 'alert',
        recordId: alert.id,
        reason: 'Border seizure',
      })
    ).json<{ id: string }>();
    const refused = await ownerAdmin.post(`/api/v1/access-requests/${second.id}/refuse`, { note: 'Not now' });
    expect(refused.json<{ status: string }>().status).toBe('refused');
    expectProblem(await cbp.get(`/api/v1/alerts/${alert.id}`), 404, 'not-found');
    expect((await search('officer@cbp.demo', w)).body.hidden.map((h) => h.recordId)).toEqual([alert.id]);
    const outgoing = await cbp.get('/api/v1/access-requests?direction=outgoing');
    expect(
      outgoing.json<{ items: { id: string; status: string }[] }>().items.find((i) => i.id === second.id)
        ?.status,
    ).toBe('refused');
  });

  it('TLP:RED reaches only the owner (and granted agencies) whatever the distribution', async () => {
    const w = word();
    const group = await publish('admin@fgr.demo', {
      title: `Rojo grupo ${w}`,
      body: 'x',
      distribution: 'group',
      sharingGroupId: groupId,
      tlp: 'RED',
    });
    const partners = await publish('admin@fgr.demo', {
      title: `Rojo socios ${w}`,
      body: 'x',
      distribution: 'partners',
      tlp: 'RED',
    });
    const country = await publish('admin@fgr.demo', {
      title: `Rojo país ${w}`,
      body: 'x',
      distribution: 'country',
      tlp: 'RED',
    });
    for (const email of [
      'officer@cbp.demo',
      'agent@cbsa.demo',
      'aduanas@anam.demo',
      'investigador@fge-son.demo',
      'tracer@ntc.demo',
    ]) {
      const ids = await listIds(email);
      for (const a of [group, partners, country]) {
        expect(ids, `${email} list`).not.toContain(a.id);
        expectProblem(await (await as(email)).get(`/api/v1/alerts/${a.id}`), 404, 'not-found');
      }
      expect((await search(email, w)).body.alerts).toEqual([]);
    }
    expect(await listIds('analista@fgr.demo')).toEqual(
      expect.arrayContaining([group.id, partners.id, country.id]),
    );

    const cbsa = await as('agent@cbsa.demo');
    const request = (
      await cbsa.post('/api/v1/access-requests', {
        recordType: 'alert',
        recordId: partners.id,
        reason: 'Need it',
      })
    ).json<{ id: string }>();
    expect(
      (await (await as('admin@fgr.demo')).post(`/api/v1/access-requests/${request.id}/grant`, {})).statusCode,
    ).toBe(200);
    expect((await cbsa.get(`/api/v1/alerts/${partners.id}`)).statusCode).toBe(200);
    expectProblem(await cbsa.get(`/api/v1/alerts/${group.id}`), 404, 'not-found');
    expectProblem(
      await (await as('enqueteur@rcmp.demo')).get(`/api/v1/alerts/${partners.id}`),
      404,
      'not-found',
    );
  });

  it('export CSV respects TLP: AMBER+STRICT and RED are not exported outside the owner', async () => {
    const w = word();
    const amber = await publish('admin@fgr.demo', {
      title: `Export ámbar ${w}`,
      body: 'a',
      distribution: 'partners',
      tlp: 'AMBER',
    });
    const strict = await publish('admin@fgr.demo', {
      title: `Export estricto ${w}`,
      body: 'b',
      distribution: 'partners',
      tlp: 'AMBER+STRICT',
    });
    const red = await publish('admin@fgr.demo', {
      title: `Export rojo ${w}`,
      body: 'c',
      distribution: 'partners',
      tlp: 'RED',
    });
    const formula = await publish('admin@fgr.demo', {
      title: `=HYPERLINK("http://evil") ${w}`,
      body: 'd',
      distribution: 'partners',
      tlp: 'CLEAR',
    });

    const outside = await (await as('tracer@ntc.demo')).get('/api/v1/alerts/export.csv');
    expect(outside.statusCode).toBe(200);
    expect(outside.headers['content-type']).toMatch(/^text\/csv/);
    expect(outside.body).toContain(amber.id);
    expect(outside.body).toContain(formula.id);
    expect(outside.body).not.toContain(strict.id);
    expect(outside.body).not.toContain(`Export estricto ${w}`);
    expect(outside.body).not.toContain(red.id);
    // The strict alert is still readable by NTC, just not exportable.
    expect(await listIds('tracer@ntc.demo')).toContain(strict.id);
    // Cells that a spreadsheet would run as formulas are neutralised.
    expect(outside.body).toContain(`"'=HYPERLINK(""http://evil"") ${w}"`);

    const owner = await (await as('analista@fgr.demo')).get('/api/v1/alerts/export.csv');
    for (const a of [amber, strict, red]) expect(owner.body).toContain(a.id);
    const exportAudit = await t.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'alert.export')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect((exportAudit.details as { ids: string[] }).ids).toContain(strict.id);
    // An auditor exports nothing.
    const auditor = await (await as('auditora@fgr.demo')).get('/api/v1/alerts/export.csv');
    expect(auditor.body.trim().split('\r\n')).toHaveLength(1);
  });

  it('concurrent edits with the same version: one 200, one 409 conflict', async () => {
    const alert = await publish('admin@fgr.demo', {
      title: 'Versioned',
      body: 'v1',
      distribution: 'agency',
      tlp: 'GREEN',
    });
    const a = await as('admin@fgr.demo');
    const b = await as('analista@fgr.demo');
    const results = await Promise.all([
      a.patch(`/api/v1/alerts/${alert.id}`, { version: alert.version, body: 'edit from A' }),
      b.patch(`/api/v1/alerts/${alert.id}`, { version: alert.version, body: 'edit from B' }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const winner = results.find((r) => r.statusCode === 200)!.json<AlertBody>();
    expectProblem(
      results.find((r) => r.statusCode === 409)!,
      409,
      'conflict',
    );
    const row = await t.db
      .selectFrom('alerts')
      .select(['body', 'version'])
      .where('id', '=', alert.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ body: winner.body, version: alert.version + 1 });
    expect(
      await t.db
        .selectFrom('audit_events')
        .select('id')
        .where('action', '=', 'alert.update')
        .where('record_id', '=', alert.id)
        .execute(),
    ).toHaveLength(1);
    // A stale version later is a conflict too.
    expectProblem(
      await a.patch(`/api/v1/alerts/${alert.id}`, { version: alert.version, title: 'stale' }),
      409,
      'conflict',
    );
  });

  it('every read of another agency’s alert is audited with its owner agency', async () => {
    const alert = await publish('regulateur@hc.demo', {
      title: 'Audited read',
      body: 'x',
      distribution: 'partners',
      tlp: 'GREEN',
    });
    const reader = 'officer@cbp.demo';
    const readerAgency = (
      await t.db
        .selectFrom('agencies')
        .select('id')
        .where('code', '=', agencyOf(reader))
        .executeTakeFirstOrThrow()
    ).id;
    const ownerAgency = (
      await t.db.selectFrom('agencies').select('id').where('code', '=', 'CA-HC').executeTakeFirstOrThrow()
    ).id;
    const eventsFor = (action: string) =>
      t.db
        .selectFrom('audit_events')
        .selectAll()
        .where('action', '=', action)
        .where('record_id', '=', alert.id)
        .where('actor_agency_id', '=', readerAgency)
        .execute();

    expect((await (await as(reader)).get(`/api/v1/alerts/${alert.id}`)).statusCode).toBe(200);
    const reads = await eventsFor('alert.read');
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ record_type: 'alert', owner_agency_id: ownerAgency });
    await (await as(reader)).get('/api/v1/alerts?limit=200');
    const listed = await eventsFor('alert.list_read');
    expect(listed).toHaveLength(1);
    expect(listed[0]!.owner_agency_id).toBe(ownerAgency);
    // The owner agency's auditor can see who read it.
    const hcAuditor = await t.signIn('sysadmin@rastro.demo');
    const trail = await hcAuditor.get(`/api/v1/audit?recordId=${alert.id}&action=alert.read`);
    expect(
      trail
        .json<{ items: { actorAgency: { code: string } | null }[] }>()
        .items.map((i) => i.actorAgency?.code),
    ).toContain(agencyOf(reader));
  });
});
