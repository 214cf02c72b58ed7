// Hostile path parameters and queries on /api/v1: non-uuid ids, bad query strings and cursors, impossible
// dates, NUL characters, and SQL and HTML in strings (stored verbatim, never executed). Each refusal is
// problem+json with the right status, a title in the caller's language, the bad field named, and
// nothing written to the database.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../test/databases';
import { useHostileWorld } from '../test/hostileWorld';
import { databaseState } from '../test/problems';

describe.each(DATABASE_KINDS)('hostile input on %s', (kind) => {
  const world = useHostileWorld(kind);
  const { clients, ids, refused, fieldsOf } = world;

  it.each([
    ['PATCH', '/api/v1/agencies/not-a-uuid', 'sysadmin', { name: 'x' }],
    ['PATCH', '/api/v1/users/123', 'fgrAdmin', { displayName: 'x' }],
    ['PATCH', "/api/v1/sharing-groups/1'%20OR%20'1'='1", 'sysadmin', { name: 'xx' }],
    ['GET', '/api/v1/alerts/abc', 'fgrAnalyst', undefined],
    ['PATCH', '/api/v1/alerts/00000000-0000-0000-0000-00000000000Z', 'fgrAdmin', { version: 1 }],
    ['POST', '/api/v1/access-requests/%3Cscript%3E/grant', 'fgrAdmin', {}],
    ['POST', '/api/v1/access-requests/42/refuse', 'fgrAdmin', {}],
    ['POST', "/api/v1/access-requests/1'--/revoke", 'fgrAdmin', {}],
    ['DELETE', '/api/v1/me/tokens/..%2F..%2Fadmin', 'ntcTracer', undefined],
  ] as const)('%s %s: a non-uuid id → 422 naming params.id', async (method, url, who, body) => {
    const problem = await refused(
      who,
      (client, lang) => client.request(method, url, body, lang),
      422,
      'validation',
    );
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'params.id', code: 'invalid_uuid' })]);
  });

  it.each([
    ['/api/v1/alerts?limit=abc', 'fgrAnalyst', 'querystring.limit'],
    ['/api/v1/alerts?limit=0', 'fgrAnalyst', 'querystring.limit'],
    ['/api/v1/alerts?limit=100000', 'fgrAnalyst', 'querystring.limit'],
    ['/api/v1/alerts?includeExpired=yes', 'fgrAnalyst', 'querystring.includeExpired'],
    ['/api/v1/alerts?orderBy=title;DROP%20TABLE%20alerts', 'fgrAnalyst', 'querystring.orderBy'],
    ['/api/v1/alerts?cursor=garbage', 'fgrAnalyst', 'cursor'],
    [
      `/api/v1/alerts?cursor=${Buffer.from(JSON.stringify({ at: '2020-01-01T00:00:00Z', id: "x' OR '1'='1" })).toString('base64url')}`,
      'fgrAnalyst',
      'cursor',
    ],
    ['/api/v1/alerts?q=ab%00cd', 'fgrAnalyst', 'querystring.q'],
    ['/api/v1/users?agencyId=fgr', 'fgrAdmin', 'querystring.agencyId'],
    ['/api/v1/users?role=admin', 'fgrAdmin', 'querystring.role'],
    ['/api/v1/access-requests?direction=sideways', 'fgrAdmin', 'querystring.direction'],
    ['/api/v1/search', 'fgrAnalyst', 'querystring.q'],
    ['/api/v1/search?q=a', 'fgrAnalyst', 'querystring.q'],
    [`/api/v1/search?q=${'x'.repeat(201)}`, 'fgrAnalyst', 'querystring.q'],
    ['/api/v1/search?q=ab&q=cd', 'fgrAnalyst', 'querystring.q'],
    ['/api/v1/search?q=ab%00cd', 'fgrAnalyst', 'querystring.q'],
    ['/api/v1/search?q=abc&limit=5000', 'fgrAnalyst', 'querystring.limit'],
    ['/api/v1/audit?from=yesterday', 'fgrAuditor', 'querystring.from'],
    ['/api/v1/audit?to=2026-02-30T00:00:00Z', 'fgrAuditor', 'querystring.to'],
    ['/api/v1/audit?agencyId=1', 'fgrAuditor', 'querystring.agencyId'],
    ['/api/v1/audit?cursor=abc', 'fgrAuditor', 'cursor'],
    ['/api/v1/audit?cursor=9999999999999999999', 'fgrAuditor', 'cursor'],
    ['/api/v1/audit?limit=-1', 'fgrAuditor', 'querystring.limit'],
    ['/api/v1/audit?action=ab%00cd', 'fgrAuditor', 'querystring.action'],
    ['/api/v1/audit/export.csv?from=last%20week', 'fgrAuditor', 'querystring.from'],
  ] as const)('GET %s → 422', async (url, who, field) => {
    const problem = await refused(who, (client, lang) => client.get(url, lang), 422, 'validation');
    if (field) expect(fieldsOf(problem)).toContain(field);
  });

  it('alert dates: a past, malformed or impossible expiresAt is a field error; a far-future one is accepted', async () => {
    const alert = { title: 'Dated', body: 'x', distribution: 'agency', tlp: 'GREEN' };
    for (const [expiresAt, code] of [
      [new Date(Date.now() - 60_000).toISOString(), 'date_in_past'],
      ['2001-09-11T08:46:00-04:00', 'date_in_past'],
      ['tomorrow', 'invalid_datetime'],
      ['2026-13-45T00:00:00Z', 'invalid_datetime'],
      ['+275760-09-13T00:00:00Z', 'invalid_datetime'],
    ] as const) {
      const problem = await refused(
        'fgrAnalyst',
        (c, lang) => c.post('/api/v1/alerts', { ...alert, expiresAt }, lang),
        422,
        'validation',
      );
      expect(problem.errors).toEqual([expect.objectContaining({ field: 'expiresAt', code })]);
      const patched = await refused(
        'fgrAdmin',
        (c, lang) =>
          c.patch(`/api/v1/alerts/${ids.fgrAlert}`, { version: ids.fgrAlertVersion, expiresAt }, lang),
        422,
        'validation',
      );
      expect(fieldsOf(patched)).toEqual(['expiresAt']);
    }
    const far = await clients.fgrAnalyst.post('/api/v1/alerts', {
      ...alert,
      expiresAt: '9999-12-31T23:59:59Z',
    });
    expect(far.statusCode, far.body).toBe(201);
    expect(far.json<{ expiresAt: string; expired: boolean }>()).toMatchObject({
      expiresAt: '9999-12-31T23:59:59.000Z',
      expired: false,
    });
  });

  it('a NUL character in the sign-in email is a field error, not a database error', async () => {
    const problem = await refused(
      'anonymous',
      (c, lang) =>
        c.post('/api/v1/session', { email: 'tracer@ntc.demo\u0000', password: 'rastro-demo-2026' }, lang),
      422,
      'validation',
    );
    expect(fieldsOf(problem)).toEqual(['email']);
  });

  it('SQL and HTML in strings are stored verbatim and returned as data, never executed', async () => {
    const sqlText = "'); DROP TABLE alerts; --";
    const html = '<script>alert(1)</script><img src=x onerror="alert(2)">';
    const mixed = `Robert'); DELETE FROM users WHERE ('1'='1 ${html} \\x00 %s %n {{7*7}} \${7*7} Ünïcødé 🚀 עברית\tend`;
    const tables = [
      'agencies',
      'users',
      'alerts',
      'sharing_groups',
      'access_requests',
      'audit_events',
      'api_tokens',
    ];
    const rowsBefore = await databaseState(world.t.db);

    const alert = await clients.fgrAdmin.post('/api/v1/alerts', {
      title: sqlText,
      body: mixed,
      distribution: 'partners',
      tlp: 'CLEAR',
    });
    expect(alert.statusCode, alert.body).toBe(201);
    expect(alert.headers['content-type']).toMatch(/^application\/json/);
    const alertId = alert.json<{ id: string }>().id;
    const read = await clients.ntcTracer.get(`/api/v1/alerts/${alertId}`);
    expect(read.json<{ title: string; body: string }>()).toMatchObject({ title: sqlText, body: mixed });
    expect(
      await world.t.db
        .selectFrom('alerts')
        .select(['title', 'body'])
        .where('id', '=', alertId)
        .executeTakeFirstOrThrow(),
    ).toEqual({ title: sqlText, body: mixed });
    const edited = await clients.fgrAdmin.patch(`/api/v1/alerts/${alertId}`, { version: 1, title: html });
    expect(edited.json<{ title: string }>().title).toBe(html);

    const group = await clients.sysadmin.post('/api/v1/sharing-groups', {
      name: `<b>${sqlText}</b>`,
      description: mixed,
      memberAgencyIds: [ids.fgr],
    });
    expect(group.statusCode, group.body).toBe(201);
    expect(group.json<{ name: string; description: string }>()).toMatchObject({
      name: `<b>${sqlText}</b>`,
      description: mixed,
    });
    const agency = await clients.sysadmin.post('/api/v1/agencies', {
      code: 'ca-new',
      name: `Agency'; DROP TABLE agencies; --`,
      country: 'CA',
      kind: 'police',
    });
    expect(agency.statusCode, agency.body).toBe(201);
    expect(agency.json<{ code: string; name: string }>()).toMatchObject({
      code: 'CA-NEW',
      name: `Agency'; DROP TABLE agencies; --`,
    });
    const user = await clients.fgrAdmin.post('/api/v1/users', {
      email: 'o.brien@fgr.example',
      displayName: html,
      role: 'analyst',
      password: "pass'); DROP TABLE users; --",
    });
    expect(user.statusCode, user.body).toBe(201);
    expect(user.json<{ displayName: string }>().displayName).toBe(html);
    expect(
      (await world.t.signIn('o.brien@fgr.example', "pass'); DROP TABLE users; --")).csrfToken,
    ).toBeTruthy();
    const token = await clients.ntcTracer.post('/api/v1/me/tokens', { name: html, scopes: ['read'] });
    expect(token.json<{ apiToken: { name: string } }>().apiToken.name).toBe(html);
    const request = await clients.ntcTracer.post('/api/v1/access-requests', {
      recordType: 'alert',
      recordId: ids.discoverableSonAlert,
      reason: mixed,
    });
    expect(request.statusCode, request.body).toBe(201);
    expect(request.json<{ reason: string }>().reason).toBe(mixed);

    // Searches and filters treat the text as data too.
    const found = await clients.fgrAnalyst.get(`/api/v1/search?q=${encodeURIComponent(sqlText)}`);
    expect(found.statusCode, found.body).toBe(200);
    const wildcard = await clients.ntcTracer.get(`/api/v1/search?q=${encodeURIComponent('%_')}`);
    expect(wildcard.json<{ alerts: unknown[]; hidden: unknown[] }>()).toEqual({ alerts: [], hidden: [] });
    const injected = await clients.fgrAuditor.get(
      `/api/v1/audit?action=${encodeURIComponent("' OR '1'='1")}`,
    );
    expect(injected.statusCode).toBe(200);
    expect(injected.json<{ items: unknown[] }>().items).toEqual([]);
    const listed = await clients.ntcTracer.get(`/api/v1/alerts?q=${encodeURIComponent("' OR 1=1 --")}`);
    expect(listed.json<{ items: unknown[] }>().items).toEqual([]);

    for (const table of tables) {
      const exists = await sql<{
        present: string | null;
      }>`SELECT to_regclass(${`public.${table}`})::text AS present`.execute(world.t.db);
      expect(exists.rows[0]!.present, table).toBe(table);
    }
    const rowsAfter = await databaseState(world.t.db);
    expect(rowsAfter.counts.alerts).toBe(rowsBefore.counts.alerts! + 1);
    expect(rowsAfter.counts.users).toBe(rowsBefore.counts.users! + 1);
    expect(rowsAfter.counts.agencies).toBe(rowsBefore.counts.agencies! + 1);
  });
});
