// Hostile input on every /api/v1 endpoint that takes a body, path parameters or a query: each refusal is
// problem+json with the right status, a title in the caller's language, the bad field named, and
// nothing written to the database.
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CATALOGUES, type ProblemType } from '../../core/i18n/errors';
import type { Locale } from '../../core/i18n/locale';
import { DATABASE_KINDS } from '../test/databases';
import { auditCount, databaseState, expectProblem, type ProblemBody } from '../test/problems';
import { createTestApp, type TestApp, type UserClient } from '../test/testApp';

const BODY_LIMIT = 4096;
const LOCALES: Locale[] = ['es', 'fr', 'en'];
const TYPE_OF_STATUS: Record<number, ProblemType> = {
  400: 'malformed_json',
  413: 'body_too_large',
  415: 'unsupported_media_type',
  422: 'validation',
};
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

type Who = 'anonymous' | 'sysadmin' | 'fgrAdmin' | 'fgrAnalyst' | 'ntcTracer' | 'deaAdmin' | 'fgrAuditor';

interface BodyEndpoint {
  name: string;
  method: 'POST' | 'PATCH';
  url: () => string;
  who: Who;
  /** A body that would be accepted: each case breaks exactly one thing in it. */
  valid: () => Record<string, unknown>;
  wrongType: [field: string, value: unknown];
  /** A free-text field (plainText), for control characters; absent when the endpoint has none. */
  text?: string;
}

describe.each(DATABASE_KINDS)('hostile input on %s', (kind) => {
  let t: TestApp;
  const clients = {} as Record<Who, UserClient>;
  const ids = {
    fgr: '',
    dea: '',
    group: '',
    fgrAlert: '',
    fgrAlertVersion: 1,
    deaCountryAlert: '',
    analystUser: '',
    request: '',
    fgrAdminToken: '',
    discoverableSonAlert: '',
  };
  let call = 0;

  /** Sends a request in a rotating language and checks the problem, its localised title and that nothing changed. */
  async function refused(
    who: Who,
    send: (client: UserClient, headers: Record<string, string>) => Promise<LightMyRequestResponse>,
    status: number,
    type: string,
    catalogueType: ProblemType = TYPE_OF_STATUS[status] ?? 'validation',
  ): Promise<ProblemBody> {
    const locale = LOCALES[(call += 1) % LOCALES.length]!;
    const before = await databaseState(t.db);
    const auditBefore = await auditCount(t.db);
    const response = await send(clients[who], { 'accept-language': locale });
    const problem = expectProblem(response, status, type);
    expect(problem.title).toBe(ERROR_CATALOGUES[locale].problem[catalogueType].title);
    expect(response.headers['content-language']).toBe(locale);
    expect(await databaseState(t.db), `${type}: database changed`).toEqual(before);
    expect(await auditCount(t.db), `${type}: audit written`).toBe(auditBefore);
    return problem;
  }
  const fieldsOf = (problem: ProblemBody) => (problem.errors ?? []).map((e) => e.field);

  const endpoints: BodyEndpoint[] = [
    {
      name: 'sign in',
      method: 'POST',
      url: () => '/api/v1/session',
      who: 'anonymous',
      valid: () => ({ email: 'tracer@ntc.demo', password: 'rastro-demo-2026' }),
      wrongType: ['password', 12345],
    },
    {
      name: 'change my language',
      method: 'PATCH',
      url: () => '/api/v1/me',
      who: 'fgrAnalyst',
      valid: () => ({ locale: 'fr' }),
      wrongType: ['locale', 7],
    },
    {
      name: 'enable TOTP',
      method: 'POST',
      url: () => '/api/v1/me/totp/enable',
      who: 'fgrAnalyst',
      valid: () => ({ code: '123456' }),
      wrongType: ['code', 123456],
    },
    {
      name: 'create a token',
      method: 'POST',
      url: () => '/api/v1/me/tokens',
      who: 'ntcTracer',
      valid: () => ({ name: 'ci', scopes: ['read'] }),
      wrongType: ['scopes', 'read'],
      text: 'name',
    },
    {
      name: 'create an agency',
      method: 'POST',
      url: () => '/api/v1/agencies',
      who: 'sysadmin',
      valid: () => ({ code: 'XX-NEW', name: 'New agency', country: 'MX', kind: 'police' }),
      wrongType: ['totpRequired', 'yes'],
      text: 'name',
    },
    {
      name: 'update an agency',
      method: 'PATCH',
      url: () => `/api/v1/agencies/${ids.fgr}`,
      who: 'sysadmin',
      valid: () => ({ name: 'Renamed' }),
      wrongType: ['totpRequired', 1],
      text: 'name',
    },
    {
      name: 'create a user',
      method: 'POST',
      url: () => '/api/v1/users',
      who: 'fgrAdmin',
      valid: () => ({
        email: 'new@fgr.example',
        displayName: 'New',
        role: 'analyst',
        password: 'long-enough-password',
      }),
      wrongType: ['role', 3],
      text: 'displayName',
    },
    {
      name: 'update a user',
      method: 'PATCH',
      url: () => `/api/v1/users/${ids.analystUser}`,
      who: 'fgrAdmin',
      valid: () => ({ displayName: 'Changed' }),
      wrongType: ['disabled', 'true'],
      text: 'displayName',
    },
    {
      name: 'create a sharing group',
      method: 'POST',
      url: () => '/api/v1/sharing-groups',
      who: 'sysadmin',
      valid: () => ({ name: 'New group', memberAgencyIds: [ids.fgr] }),
      wrongType: ['memberAgencyIds', 'all'],
      text: 'name',
    },
    {
      name: 'update a sharing group',
      method: 'PATCH',
      url: () => `/api/v1/sharing-groups/${ids.group}`,
      who: 'sysadmin',
      valid: () => ({ description: 'Changed' }),
      wrongType: ['name', ['a', 'b']],
      text: 'description',
    },
    {
      name: 'publish an alert',
      method: 'POST',
      url: () => '/api/v1/alerts',
      who: 'fgrAnalyst',
      valid: () => ({ title: 'T', body: 'B', distribution: 'agency', tlp: 'GREEN' }),
      wrongType: ['discoverable', 'no'],
      text: 'title',
    },
    {
      name: 'edit an alert',
      method: 'PATCH',
      url: () => `/api/v1/alerts/${ids.fgrAlert}`,
      who: 'fgrAdmin',
      valid: () => ({ version: ids.fgrAlertVersion, body: 'Changed' }),
      wrongType: ['version', '1'],
      text: 'body',
    },
    {
      name: 'request access',
      method: 'POST',
      url: () => '/api/v1/access-requests',
      who: 'ntcTracer',
      valid: () => ({ recordType: 'alert', recordId: ids.discoverableSonAlert, reason: 'Because' }),
      wrongType: ['recordId', 42],
      text: 'reason',
    },
    {
      name: 'grant access',
      method: 'POST',
      url: () => `/api/v1/access-requests/${ids.request}/grant`,
      who: 'fgrAdmin',
      valid: () => ({ note: 'ok' }),
      wrongType: ['note', 5],
      text: 'note',
    },
    {
      name: 'refuse access',
      method: 'POST',
      url: () => `/api/v1/access-requests/${ids.request}/refuse`,
      who: 'fgrAdmin',
      valid: () => ({ note: 'no' }),
      wrongType: ['note', false],
      text: 'note',
    },
  ];

  beforeAll(async () => {
    t = await createTestApp(kind, { BODY_LIMIT_BYTES: String(BODY_LIMIT) });
    clients.anonymous = t.anonymous;
    const emails: [Who, string][] = [
      ['sysadmin', 'sysadmin@rastro.demo'],
      ['fgrAdmin', 'admin@fgr.demo'],
      ['fgrAnalyst', 'analista@fgr.demo'],
      ['ntcTracer', 'tracer@ntc.demo'],
      ['deaAdmin', 'admin@dea.demo'],
      ['fgrAuditor', 'auditora@fgr.demo'],
    ];
    for (const [who, email] of emails) clients[who] = await t.signIn(email);
    const agency = async (code: string) =>
      (await t.db.selectFrom('agencies').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    ids.fgr = await agency('MX-FGR');
    ids.dea = await agency('US-DEA');
    ids.group = (
      await t.db
        .selectFrom('sharing_groups')
        .select('id')
        .where('name', '=', 'MX–US firearms')
        .executeTakeFirstOrThrow()
    ).id;
    const fgrAlert = await t.db
      .selectFrom('alerts')
      .select(['id', 'version'])
      .where('owner_agency_id', '=', ids.fgr)
      .executeTakeFirstOrThrow();
    ids.fgrAlert = fgrAlert.id;
    ids.fgrAlertVersion = fgrAlert.version;
    ids.deaCountryAlert = (
      await t.db
        .selectFrom('alerts')
        .select('id')
        .where('owner_agency_id', '=', ids.dea)
        .executeTakeFirstOrThrow()
    ).id;
    ids.analystUser = (
      await t.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'analista@fgr.demo')
        .executeTakeFirstOrThrow()
    ).id;
    // NTC found FGR's agency-only alert by discovery and asked for it: a pending request FGR decides.
    const requested = await clients.ntcTracer.post('/api/v1/access-requests', {
      recordType: 'alert',
      recordId: ids.fgrAlert,
      reason: 'Matches our traces',
    });
    expect(requested.statusCode, requested.body).toBe(201);
    ids.request = requested.json<{ id: string }>().id;
    const son = await clients.fgrAdmin.post('/api/v1/alerts', {
      title: 'Discoverable FGR alert',
      body: 'x',
      distribution: 'agency',
      tlp: 'AMBER',
    });
    ids.discoverableSonAlert = son.json<{ id: string }>().id;
    const token = await clients.fgrAdmin.post('/api/v1/me/tokens', { name: 'admin token', scopes: ['read'] });
    ids.fgrAdminToken = token.json<{ apiToken: { id: string } }>().apiToken.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  describe.each(endpoints)('$method $name', (endpoint) => {
    const send =
      (payload: string | unknown, headers: Record<string, string> = {}) =>
      (client: UserClient, lang: Record<string, string>) =>
        client.request(endpoint.method, endpoint.url(), payload, { ...lang, ...headers });

    it('malformed JSON → 400 malformed-json', async () => {
      const json = JSON.stringify(endpoint.valid());
      await refused(endpoint.who, send(json.slice(0, -3)), 400, 'malformed-json');
      await refused(endpoint.who, send("{'single': 'quotes'}"), 400, 'malformed-json');
      await refused(endpoint.who, send(''), 400, 'malformed-json');
    });

    it('prototype-poisoning keys are refused', async () => {
      await refused(
        endpoint.who,
        send(`{"__proto__": {"isAdmin": true}, ${JSON.stringify(endpoint.valid()).slice(1)}`),
        400,
        'malformed-json',
      );
    });

    it('unknown field → 422 naming it', async () => {
      const problem = await refused(
        endpoint.who,
        send({ ...endpoint.valid(), isAdmin: true }),
        422,
        'validation',
      );
      expect(problem.errors).toContainEqual(
        expect.objectContaining({ field: 'isAdmin', code: 'unknown_field' }),
      );
    });

    it('wrong type → 422 naming the field', async () => {
      const [field, value] = endpoint.wrongType;
      const problem = await refused(
        endpoint.who,
        send({ ...endpoint.valid(), [field]: value }),
        422,
        'validation',
      );
      expect(fieldsOf(problem)).toContain(field);
    });

    it('a JSON array or scalar instead of an object → 422', async () => {
      await refused(endpoint.who, send([endpoint.valid()]), 422, 'validation');
      await refused(endpoint.who, send('"just a string"'), 422, 'validation');
    });

    it(`a body over ${BODY_LIMIT} bytes → 413 body-too-large`, async () => {
      const field = endpoint.text ?? 'padding';
      const problem = await refused(
        endpoint.who,
        send({ ...endpoint.valid(), [field]: 'x'.repeat(BODY_LIMIT + 10) }),
        413,
        'body-too-large',
      );
      expect(problem.detail).toContain(String(BODY_LIMIT));
    });

    it('a body that is not JSON (XML, plain text) → 415', async () => {
      await refused(
        endpoint.who,
        send('<alert>x</alert>', { 'content-type': 'application/xml' }),
        415,
        'unsupported-media-type',
      );
      await refused(
        endpoint.who,
        send('hello', { 'content-type': 'text/plain' }),
        415,
        'unsupported-media-type',
      );
    });

    it('a NUL character in any string → 422 naming the field (never a database error)', async () => {
      const field =
        endpoint.text ?? Object.keys(endpoint.valid()).find((k) => typeof endpoint.valid()[k] === 'string')!;
      const problem = await refused(
        endpoint.who,
        send({ ...endpoint.valid(), [field]: 'ab\u0000cd' }),
        422,
        'validation',
      );
      expect(fieldsOf(problem)).toEqual([field]);
    });

    if (endpoint.text)
      it('control characters in text → 422 naming the field', async () => {
        for (const bad of ['bell\u0007', 'esc\u001b[31m', 'del\u007f', 'v\u000bt', 'form\u000cfeed']) {
          const problem = await refused(
            endpoint.who,
            send({ ...endpoint.valid(), [endpoint.text!]: bad }),
            422,
            'validation',
          );
          expect(problem.errors).toContainEqual(
            expect.objectContaining({ field: endpoint.text, code: 'invalid_format' }),
          );
        }
      });
  });

  it.each([
    ['PATCH', '/api/v1/agencies/not-a-uuid', 'sysadmin', { name: 'x' }],
    ['PATCH', '/api/v1/users/123', 'fgrAdmin', { displayName: 'x' }],
    ['PATCH', "/api/v1/sharing-groups/1'%20OR%20'1'='1", 'sysadmin', { name: 'xx' }],
    ['GET', '/api/v1/alerts/abc', 'fgrAnalyst', undefined],
    ['PATCH', '/api/v1/alerts/00000000-0000-0000-0000-00000000000Z', 'fgrAdmin', { version: 1 }],
    ['POST', '/api/v1/access-requests/%3Cscript%3E/grant', 'fgrAdmin', {}],
    ['POST', '/api/v1/access-requests/42/refuse', 'fgrAdmin', {}],
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
      'ntcTracer',
      (c, lang) => c.post(`/api/v1/access-requests/${ids.request}/grant`, {}, lang),
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
        await t.db
          .selectFrom('access_requests')
          .select('status')
          .where('id', '=', ids.request)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe('pending');
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
    const rowsBefore = await databaseState(t.db);

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
      await t.db
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
    expect((await t.signIn('o.brien@fgr.example', "pass'); DROP TABLE users; --")).csrfToken).toBeTruthy();
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
      }>`SELECT to_regclass(${`public.${table}`})::text AS present`.execute(t.db);
      expect(exists.rows[0]!.present, table).toBe(table);
    }
    const rowsAfter = await databaseState(t.db);
    expect(rowsAfter.counts.alerts).toBe(rowsBefore.counts.alerts! + 1);
    expect(rowsAfter.counts.users).toBe(rowsBefore.counts.users! + 1);
    expect(rowsAfter.counts.agencies).toBe(rowsBefore.counts.agencies! + 1);
  });
});
