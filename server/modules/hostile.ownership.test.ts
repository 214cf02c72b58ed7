// Another agency's ids on /api/v1, and roles without the ability: 404 or 403 problem+json with a title in
// the caller's language, and nothing written to the database.
import { describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../test/databases';
import { NO_SUCH_ID, useHostileWorld } from '../test/hostileWorld';

describe.each(DATABASE_KINDS)('hostile input on %s', (kind) => {
  const world = useHostileWorld(kind);
  const { ids, refused, fieldsOf } = world;

  it('another agency’s ids: 404 or 403 problem+json, nothing written', async () => {
    // Alerts: one NTC may not read is not found; one it may read but not edit is forbidden.
    await refused(
      'ntcTracer',
      (c, lang) =>
        c.patch(`/api/v1/alerts/${ids.fgrAlert}`, { version: ids.fgrAlertVersion, title: 'hijacked' }, lang),
      404,
      'not-found',
      'not_found',
    );
    await refused(
      'ntcTracer',
      (c, lang) => c.patch(`/api/v1/alerts/${ids.deaCountryAlert}`, { version: 1, title: 'hijacked' }, lang),
      403,
      'forbidden',
      'forbidden',
    );
    await refused(
      'ntcTracer',
      (c, lang) => c.patch(`/api/v1/alerts/${ids.deaCountryAlert}`, { version: 1, tlp: 'CLEAR' }, lang),
      403,
      'forbidden',
      'forbidden',
    );
    await refused(
      'ntcTracer',
      (c, lang) => c.get(`/api/v1/alerts/${ids.fgrAlert}`, lang),
      404,
      'not-found',
      'not_found',
    );
    await refused(
      'ntcTracer',
      (c, lang) => c.patch(`/api/v1/alerts/${NO_SUCH_ID}`, { version: 1, title: 'x' }, lang),
      404,
      'not-found',
      'not_found',
    );
    // Users of another agency.
    await refused(
      'deaAdmin',
      (c, lang) => c.patch(`/api/v1/users/${ids.analystUser}`, { disabled: true }, lang),
      404,
      'not-found',
      'not_found',
    );
    await refused(
      'deaAdmin',
      (c, lang) => c.patch(`/api/v1/users/${ids.analystUser}`, { role: 'agency_admin' }, lang),
      404,
      'not-found',
      'not_found',
    );
    await refused(
      'deaAdmin',
      (c, lang) => c.get(`/api/v1/users?agencyId=${ids.fgr}`, lang),
      403,
      'forbidden',
      'forbidden',
    );
    const other = await refused(
      'deaAdmin',
      (c, lang) =>
        c.post(
          '/api/v1/users',
          {
            email: 'mole@dea.example',
            displayName: 'Mole',
            role: 'analyst',
            agencyId: ids.fgr,
            password: 'long-enough-password',
          },
          lang,
        ),
      422,
      'validation',
    );
    expect(other.errors).toEqual([expect.objectContaining({ field: 'agencyId', code: 'other_agency' })]);
    await refused(
      'fgrAdmin',
      (c, lang) =>
        c.post(
          '/api/v1/users',
          {
            email: 'root@fgr.example',
            displayName: 'Root',
            role: 'system_admin',
            password: 'long-enough-password',
          },
          lang,
        ),
      403,
      'forbidden',
      'forbidden',
    );
    // Another agency's access request, and one's own request decided by the requester.
    await refused(
      'deaAdmin',
      (c, lang) => c.post(`/api/v1/access-requests/${ids.request}/grant`, {}, lang),
      404,
      'not-found',
      'not_found',
    );
    await refused(
      'deaAdmin',
      (c, lang) => c.post(`/api/v1/access-requests/${ids.request}/refuse`, {}, lang),
      404,
      'not-found',
      'not_found',
    );
    await refused(
      'deaAdmin',
      (c, lang) => c.post(`/api/v1/access-requests/${ids.request}/revoke`, {}, lang),
      404,
      'not-found',
      'not_found',
    );
    await refused(
      'ntcTracer',
      (c, lang) => c.post(`/api/v1/access-requests/${ids.request}/grant`, {}, lang),
      403,
      'forbidden',
      'forbidden',
    );
    await refused(
      'ntcTracer',
      (c, lang) => c.post(`/api/v1/access-requests/${ids.request}/revoke`, {}, lang),
      403,
      'forbidden',
      'forbidden',
    );
    await refused(
      'fgrAnalyst',
      (c, lang) => c.post(`/api/v1/access-requests/${ids.request}/grant`, {}, lang),
      403,
      'forbidden',
      'forbidden',
    );
    await refused(
      'fgrAdmin',
      (c, lang) => c.post(`/api/v1/access-requests/${NO_SUCH_ID}/grant`, {}, lang),
      404,
      'not-found',
      'not_found',
    );
    await refused(
      'ntcTracer',
      (c, lang) =>
        c.post(
          '/api/v1/access-requests',
          { recordType: 'alert', recordId: NO_SUCH_ID, reason: 'guess' },
          lang,
        ),
      404,
      'not-found',
      'not_found',
    );
    await refused(
      'ntcTracer',
      (c, lang) =>
        c.post(
          '/api/v1/access-requests',
          { recordType: 'alerts; DROP TABLE alerts', recordId: ids.fgrAlert, reason: 'x' },
          lang,
        ),
      422,
      'validation',
    );
    // Agencies, groups and tokens.
    await refused(
      'deaAdmin',
      (c, lang) => c.patch(`/api/v1/agencies/${ids.fgr}`, { totpRequired: true }, lang),
      403,
      'forbidden',
      'forbidden',
    );
    await refused(
      'deaAdmin',
      (c, lang) => c.patch(`/api/v1/agencies/${ids.dea}`, { name: 'Renamed by its admin' }, lang),
      403,
      'forbidden',
      'forbidden',
    );
    await refused(
      'sysadmin',
      (c, lang) => c.patch(`/api/v1/agencies/${NO_SUCH_ID}`, { name: 'Nobody' }, lang),
      404,
      'not-found',
      'not_found',
    );
    await refused(
      'fgrAdmin',
      (c, lang) => c.post('/api/v1/sharing-groups', { name: 'Mine', memberAgencyIds: [ids.fgr] }, lang),
      403,
      'forbidden',
      'forbidden',
    );
    await refused(
      'fgrAdmin',
      (c, lang) => c.patch(`/api/v1/sharing-groups/${ids.group}`, { memberAgencyIds: [] }, lang),
      403,
      'forbidden',
      'forbidden',
    );
    await refused(
      'fgrAdmin',
      (c, lang) =>
        c.post('/api/v1/agencies', { code: 'MX-NEW', name: 'New', country: 'MX', kind: 'police' }, lang),
      403,
      'forbidden',
      'forbidden',
    );
    await refused(
      'ntcTracer',
      (c, lang) => c.delete(`/api/v1/me/tokens/${ids.fgrAdminToken}`, lang),
      404,
      'not-found',
      'not_found',
    );
    // Sharing to a group one's agency is not in, and roles without the ability.
    const notMember = await refused(
      'deaAdmin',
      (c, lang) =>
        c.post(
          '/api/v1/alerts',
          { title: 'x', body: 'y', distribution: 'group', sharingGroupId: ids.group, tlp: 'GREEN' },
          lang,
        ),
      422,
      'validation',
    );
    expect(fieldsOf(notMember)).toEqual(['sharingGroupId']);
    await refused(
      'fgrAuditor',
      (c, lang) =>
        c.post('/api/v1/alerts', { title: 'x', body: 'y', distribution: 'agency', tlp: 'GREEN' }, lang),
      403,
      'forbidden',
      'forbidden',
    );
    await refused('ntcTracer', (c, lang) => c.get('/api/v1/audit', lang), 403, 'forbidden', 'forbidden');
    await refused(
      'anonymous',
      (c, lang) =>
        c.post('/api/v1/alerts', { title: 'x', body: 'y', distribution: 'agency', tlp: 'GREEN' }, lang),
      401,
      'unauthenticated',
      'unauthenticated',
    );
    // The request is still pending, the alert untouched.
    expect(
      (
        await world.t.db
          .selectFrom('access_requests')
          .select('status')
          .where('id', '=', ids.request)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe('pending');
  });
});
