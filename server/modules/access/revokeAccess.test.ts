// Revoking access: the agency that granted a request takes the access back. The requester's agency stops reading the
// record everywhere (detail, list, search), sees it as "a match exists" again, and may ask anew; only the deciding
// agency's admin may revoke, only granted access can be, and the revocation is audited under the record's owner.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../test/databases';
import { expectProblem } from '../../test/problems';
import { createTestApp, type TestApp, type UserClient } from '../../test/testApp';

const OWNER_ADMIN = 'admin@fgr.demo';
const OWNER_ANALYST = 'analista@fgr.demo';
const REQUESTER = 'agent@cbsa.demo';

interface AccessRequestBody {
  id: string;
  status: string;
  decisionNote: string | null;
  revocationNote: string | null;
  revokedAt: string | null;
}

describe.each(DATABASE_KINDS)('revoking granted access on %s', (kind) => {
  let t: TestApp;
  const clients = new Map<string, UserClient>();
  const as = async (email: string) => {
    if (!clients.has(email)) clients.set(email, await t.signIn(email));
    return clients.get(email)!;
  };
  const word = () => `rv${kind}${Math.random().toString(36).slice(2, 10)}`;

  /** An alert only FGR reads, found by CBSA as a hidden match, asked for and granted. */
  async function grantedAlert() {
    const w = word();
    const published = await (
      await as(OWNER_ADMIN)
    ).post('/api/v1/alerts', {
      title: `Cargamento ${w}`,
      body: 'Ruta',
      distribution: 'agency',
      tlp: 'AMBER',
    });
    expect(published.statusCode, published.body).toBe(201);
    const alert = published.json<{ id: string }>();
    const requested = await (
      await as(REQUESTER)
    ).post('/api/v1/access-requests', { recordType: 'alert', recordId: alert.id, reason: 'Same route' });
    expect(requested.statusCode, requested.body).toBe(201);
    const request = requested.json<AccessRequestBody>();
    const granted = await (await as(OWNER_ADMIN)).post(`/api/v1/access-requests/${request.id}/grant`, {});
    expect(granted.statusCode, granted.body).toBe(200);
    return { word: w, alertId: alert.id, requestId: request.id };
  }

  const requesterView = async (w: string, alertId: string) => {
    const requester = await as(REQUESTER);
    const search = (await requester.get(`/api/v1/search?q=${w}`)).json<{
      alerts: { id: string }[];
      hidden: { recordId: string }[];
    }>();
    return {
      detail: (await requester.get(`/api/v1/alerts/${alertId}`)).statusCode,
      listed: (await requester.get('/api/v1/alerts?limit=200'))
        .json<{ items: { id: string }[] }>()
        .items.some((a) => a.id === alertId),
      found: search.alerts.map((a) => a.id),
      hidden: search.hidden.map((h) => h.recordId),
    };
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('takes the record away from the requester’s agency everywhere, says why, and lets it ask again', async () => {
    const { word: w, alertId, requestId } = await grantedAlert();
    expect(await requesterView(w, alertId)).toEqual({
      detail: 200,
      listed: true,
      found: [alertId],
      hidden: [],
    });

    const revoked = await (
      await as(OWNER_ADMIN)
    ).post(`/api/v1/access-requests/${requestId}/revoke`, { note: 'Case closed' });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json<AccessRequestBody>()).toMatchObject({
      status: 'revoked',
      revocationNote: 'Case closed',
      revokedAt: expect.any(String),
    });
    expect(await requesterView(w, alertId)).toEqual({
      detail: 404,
      listed: false,
      found: [],
      hidden: [alertId],
    });

    // The requester sees what happened to its request, and why.
    const outgoing = (await (await as(REQUESTER)).get('/api/v1/access-requests?direction=outgoing')).json<{
      items: AccessRequestBody[];
    }>();
    expect(outgoing.items.find((r) => r.id === requestId)).toMatchObject({
      status: 'revoked',
      revocationNote: 'Case closed',
    });

    const grants = await t.db
      .selectFrom('access_grants')
      .select(['revoked_at', 'revoked_by_user_id'])
      .where('access_request_id', '=', requestId)
      .execute();
    expect(grants).toEqual([{ revoked_at: expect.any(Date), revoked_by_user_id: expect.any(String) }]);
    const audit = await t.db
      .selectFrom('audit_events as e')
      .innerJoin('agencies as o', 'o.id', 'e.owner_agency_id')
      .innerJoin('agencies as a', 'a.id', 'e.actor_agency_id')
      .select(['e.record_id', 'e.details', 'o.code as owner', 'a.code as actor'])
      .where('e.action', '=', 'access.revoke')
      .where('e.record_id', '=', alertId)
      .execute();
    expect(audit).toEqual([
      {
        record_id: alertId,
        owner: 'MX-FGR',
        actor: 'MX-FGR',
        details: expect.objectContaining({
          accessRequestId: requestId,
          grantsRevoked: 1,
          note: 'Case closed',
        }),
      },
    ]);

    // Revoked is final for that request; a new request starts over, and a new grant opens the record again.
    expectProblem(
      await (await as(OWNER_ADMIN)).post(`/api/v1/access-requests/${requestId}/revoke`, {}),
      409,
      'conflict',
    );
    const again = await (
      await as(REQUESTER)
    ).post('/api/v1/access-requests', { recordType: 'alert', recordId: alertId, reason: 'Case reopened' });
    expect(again.statusCode, again.body).toBe(201);
    const regrant = await (
      await as(OWNER_ADMIN)
    ).post(`/api/v1/access-requests/${again.json<AccessRequestBody>().id}/grant`);
    expect(regrant.statusCode, regrant.body).toBe(200);
    expect((await requesterView(w, alertId)).detail).toBe(200);
  });

  it('is for the deciding agency’s admin only, and only for access currently granted', async () => {
    const { alertId, requestId } = await grantedAlert();
    const revoke = async (email: string, id = requestId) =>
      (await as(email)).post(`/api/v1/access-requests/${id}/revoke`, {});
    // The requester cannot keep or drop it itself; the owner's analyst may not decide; a stranger learns nothing.
    expectProblem(await revoke(REQUESTER), 403, 'forbidden');
    expectProblem(await revoke(OWNER_ANALYST), 403, 'forbidden');
    expectProblem(await revoke('admin@dea.demo'), 404, 'not-found');
    expect((await (await as(REQUESTER)).get(`/api/v1/alerts/${alertId}`)).statusCode).toBe(200);

    // Pending and refused requests gave nothing to take back.
    const other = await (
      await as('officer@cbp.demo')
    ).post('/api/v1/access-requests', { recordType: 'alert', recordId: alertId, reason: 'Border' });
    const pendingId = other.json<AccessRequestBody>().id;
    const notGranted = expectProblem(
      await (
        await as(OWNER_ADMIN)
      ).post(`/api/v1/access-requests/${pendingId}/revoke`, {}, { 'accept-language': 'en' }),
      409,
      'conflict',
    );
    expect(notGranted.detail).toContain('Only access currently granted can be revoked');
    await (await as(OWNER_ADMIN)).post(`/api/v1/access-requests/${pendingId}/refuse`, {});
    expectProblem(await revoke(OWNER_ADMIN, pendingId), 409, 'conflict');
    const audited = await t.db
      .selectFrom('audit_events')
      .select('id')
      .where('action', '=', 'access.revoke')
      .where('record_id', '=', alertId)
      .execute();
    expect(audited).toEqual([]);
  });
});
