import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CATALOGUES } from '../../../core/i18n/errors';
import { DATABASE_KINDS } from '../../test/databases';
import { auditCount, databaseState, expectProblem } from '../../test/problems';
import { createTestApp, userClient, type TestApp, type UserClient } from '../../test/testApp';

interface CreatedToken {
  token: string;
  apiToken: {
    id: string;
    name: string;
    prefix: string;
    scopes: string[];
    expiresAt: string;
    revokedAt: string | null;
    lastUsedAt: string | null;
  };
}

describe.each(DATABASE_KINDS)('API tokens on %s', (kind) => {
  let t: TestApp;
  let owner: UserClient;
  const withToken = (
    token: string,
    method: string,
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    userClient(t.app, null, null).request(method, url, body, {
      authorization: `Bearer ${token}`,
      ...headers,
    });
  const create = async (scopes: string[], name = 'integration') => {
    const response = await owner.post('/api/v1/me/tokens', { name, scopes, expiresInDays: 30 });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<CreatedToken>();
  };
  const alert = (title: string) => ({
    title,
    body: 'Posted by a machine.',
    distribution: 'agency',
    tlp: 'GREEN',
  });

  beforeAll(async () => {
    t = await createTestApp(kind);
    owner = await t.signIn('tracer@ntc.demo');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('creates a token that is returned once and stored only as a hash', async () => {
    const { token, apiToken } = await create(['read', 'write'], 'ETL job');
    expect(token).toMatch(/^rst_[\w-]{8}_[\w-]{20,}$/);
    expect(token.startsWith(`rst_${apiToken.prefix}_`)).toBe(true);
    expect(new Date(apiToken.expiresAt).getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    const row = await t.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', apiToken.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).not.toBe(token);
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    const anywhere = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM api_tokens t WHERE t::text LIKE ${`%${token.slice(13)}%`}`.execute(
      t.db,
    );
    expect(anywhere.rows[0]!.n).toBe(0);
    const audit = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM audit_events e WHERE e::text LIKE ${`%${token.slice(13)}%`}`.execute(
      t.db,
    );
    expect(audit.rows[0]!.n).toBe(0);
    const listed = await owner.get('/api/v1/me/tokens');
    expect(listed.body).not.toContain(token.slice(13));
    expect(listed.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toContain(apiToken.id);
  });

  it('authenticates with Authorization: Bearer, needs no CSRF token, and records last use', async () => {
    const { token, apiToken } = await create(['read', 'write']);
    const session = await withToken(token, 'GET', '/api/v1/session');
    expect(session.statusCode, session.body).toBe(200);
    expect(session.json<{ user: { email: string }; csrfToken: string | null }>()).toMatchObject({
      user: { email: 'tracer@ntc.demo' },
      csrfToken: null,
    });
    const posted = await withToken(token, 'POST', '/api/v1/alerts', alert('Posted with a token'));
    expect(posted.statusCode, posted.body).toBe(201);
    const created = await t.db
      .selectFrom('alerts')
      .select(['title', 'created_by_user_id'])
      .where('title', '=', 'Posted with a token')
      .executeTakeFirstOrThrow();
    expect(created.created_by_user_id).toBe(
      (
        await t.db
          .selectFrom('users')
          .select('id')
          .where('email', '=', 'tracer@ntc.demo')
          .executeTakeFirstOrThrow()
      ).id,
    );
    const row = await t.db
      .selectFrom('api_tokens')
      .select('last_used_at')
      .where('id', '=', apiToken.id)
      .executeTakeFirstOrThrow();
    expect(row.last_used_at).not.toBeNull();
  });

  it('refuses writes with a read-only token (403 token-scope), writing nothing', async () => {
    const { token } = await create(['read']);
    expect((await withToken(token, 'GET', '/api/v1/alerts')).statusCode).toBe(200);
    const before = await databaseState(t.db);
    const auditBefore = await auditCount(t.db);
    const refused = await withToken(token, 'POST', '/api/v1/alerts', alert('read-only write'), {
      'accept-language': 'es',
    });
    expect(expectProblem(refused, 403, 'token-scope').title).toBe(
      ERROR_CATALOGUES.es.problem.token_scope.title,
    );
    expectProblem(await withToken(token, 'PATCH', '/api/v1/me', { locale: 'fr' }), 403, 'token-scope');
    expectProblem(await withToken(token, 'DELETE', '/api/v1/session'), 403, 'token-scope');
    expect(await databaseState(t.db)).toEqual(before);
    expect(await auditCount(t.db)).toBe(auditBefore);
  });

  it('refuses an expired token with 401 token-expired', async () => {
    const { token, apiToken } = await create(['read', 'write']);
    expect((await withToken(token, 'GET', '/api/v1/alerts')).statusCode).toBe(200);
    await sql`UPDATE api_tokens SET expires_at = now() - interval '1 minute' WHERE id = ${apiToken.id}`.execute(
      t.db,
    );
    const before = await databaseState(t.db);
    expectProblem(await withToken(token, 'GET', '/api/v1/alerts'), 401, 'token-expired');
    expectProblem(
      await withToken(token, 'POST', '/api/v1/alerts', alert('expired write')),
      401,
      'token-expired',
    );
    expect(await databaseState(t.db)).toEqual(before);
  });

  it('refuses a revoked token with 401 token-revoked; only its owner can revoke it', async () => {
    const { token, apiToken } = await create(['read']);
    const stranger = await t.signIn('officer@cbp.demo');
    expectProblem(await stranger.delete(`/api/v1/me/tokens/${apiToken.id}`), 404, 'not-found');
    expect((await withToken(token, 'GET', '/api/v1/alerts')).statusCode).toBe(200);
    const revoked = await owner.delete(`/api/v1/me/tokens/${apiToken.id}`);
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json<CreatedToken['apiToken']>().revokedAt).not.toBeNull();
    const refused = await withToken(token, 'GET', '/api/v1/alerts', undefined, { 'accept-language': 'fr' });
    expect(expectProblem(refused, 401, 'token-revoked').title).toBe(
      ERROR_CATALOGUES.fr.problem.token_revoked.title,
    );
    expectProblem(await owner.delete(`/api/v1/me/tokens/${apiToken.id}`), 404, 'not-found');
  });

  it.each([
    ['garbage', 'not-a-token'],
    ['a well-formed but unknown token', 'rst_AAAAAAAA_bm90LWEtcmVhbC10b2tlbi1hdC1hbGwtMTIzNDU2'],
    ['an empty bearer', ''],
    ['SQL in the token', "' OR '1'='1"],
  ])('refuses %s with 401 token-invalid', async (_label, token) => {
    const before = await databaseState(t.db);
    expectProblem(await withToken(token, 'GET', '/api/v1/alerts'), 401, 'token-invalid');
    expectProblem(
      await withToken(token, 'POST', '/api/v1/alerts', alert('garbage write')),
      401,
      'token-invalid',
    );
    expect(await databaseState(t.db)).toEqual(before);
  });

  it('a token cannot create tokens, even with the write scope', async () => {
    const { token } = await create(['read', 'write']);
    const before = await databaseState(t.db);
    const auditBefore = await auditCount(t.db);
    expectProblem(
      await withToken(token, 'POST', '/api/v1/me/tokens', { name: 'child', scopes: ['read', 'write'] }),
      403,
      'forbidden',
    );
    expect(await databaseState(t.db)).toEqual(before);
    expect(await auditCount(t.db)).toBe(auditBefore);
  });

  it('stops working when its user is disabled', async () => {
    const admin = await t.signIn('admin@fgr.demo');
    const analyst = await t.signIn('analista@fgr.demo');
    const response = await analyst.post('/api/v1/me/tokens', { name: 'analyst token', scopes: ['read'] });
    const { token } = response.json<CreatedToken>();
    expect((await withToken(token, 'GET', '/api/v1/alerts')).statusCode).toBe(200);
    const userId = (
      await t.db
        .selectFrom('users')
        .select('id')
        .where('email', '=', 'analista@fgr.demo')
        .executeTakeFirstOrThrow()
    ).id;
    expect((await admin.patch(`/api/v1/users/${userId}`, { disabled: true })).statusCode).toBe(200);
    expectProblem(await withToken(token, 'GET', '/api/v1/alerts'), 401, 'token-invalid');
    expectProblem(await analyst.get('/api/v1/alerts'), 401, 'unauthenticated');
  });
});
