import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base32Decode, totpAt } from '../../../core/auth/totp';
import { ERROR_CATALOGUES } from '../../../core/i18n/errors';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import { DEMO_PASSWORD } from '../../db/seed/demoData';
import { DATABASE_KINDS } from '../../test/databases';
import { auditCount, databaseState, expectProblem } from '../../test/problems';
import { createTestApp, userClient, type TestApp, type UserClient } from '../../test/testApp';

const MAX_FAILURES = 3;

interface SessionBody {
  user: { id: string; email: string; locale: string; totpEnabled: boolean };
  agency: { id: string; code: string; totpRequired: boolean };
  abilities: string[];
  csrfToken: string | null;
  totpEnrollmentRequired: boolean;
}

const currentCode = (secret: string, offsetSteps = 0) =>
  totpAt(base32Decode(secret), Date.now() / 1000 + offsetSteps * 30);
/** A six-digit code that is not valid now (nor one step either side). */
function wrongCode(secret: string): string {
  const valid = new Set([-1, 0, 1].map((step) => currentCode(secret, step)));
  for (let n = 0; ; n += 1) {
    const candidate = String((Number(currentCode(secret)) + 1 + n) % 1_000_000).padStart(6, '0');
    if (!valid.has(candidate)) return candidate;
  }
}

describe.each(DATABASE_KINDS)('session on %s', (kind) => {
  let t: TestApp;
  const post = (payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/v1/session', payload, headers });
  const userId = async (email: string) =>
    (await t.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
  const agencyId = async (code: string) =>
    (await t.db.selectFrom('agencies').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;

  beforeAll(async () => {
    t = await createTestApp(kind, { LOGIN_MAX_FAILURES: String(MAX_FAILURES), LOGIN_LOCKOUT_MINUTES: '15' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('signs in with the right password: session cookie (httpOnly, SameSite) and a CSRF token', async () => {
    const response = await post({ email: 'Tracer@NTC.demo', password: DEMO_PASSWORD });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'rastro_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    const body = response.json<SessionBody>();
    expect(body.user.email).toBe('tracer@ntc.demo');
    expect(body.csrfToken).toMatch(/^\S{20,}$/);
    const stored = await t.db
      .selectFrom('sessions')
      .select('token_hash')
      .where('user_id', '=', body.user.id)
      .execute();
    expect(stored.map((s) => s.token_hash)).not.toContain(cookie.value);
  });

  it('refuses a wrong password with 401 invalid-credentials, audited as session.login_failed', async () => {
    const failedBefore = await auditCount(t.db, 'session.login_failed');
    const sessionsBefore = (await databaseState(t.db)).counts.sessions;
    const response = await post(
      { email: 'officer@cbp.demo', password: 'not-the-password' },
      { 'accept-language': 'es' },
    );
    const problem = expectProblem(response, 401, 'invalid-credentials');
    expect(problem.title).toBe(ERROR_CATALOGUES.es.problem.invalid_credentials.title);
    expect(response.cookies.find((c) => c.name === 'rastro_session')).toBeUndefined();
    expect(await auditCount(t.db, 'session.login_failed')).toBe(failedBefore + 1);
    const row = await t.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'session.login_failed')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(row.record_id).toBe(await userId('officer@cbp.demo'));
    expect(row.details).toMatchObject({ email: 'officer@cbp.demo', reason: 'wrong_password' });
    expect((await databaseState(t.db)).counts.sessions).toBe(sessionsBefore);

    const unknown = await post({ email: 'nobody@nowhere.demo', password: 'whatever' });
    expectProblem(unknown, 401, 'invalid-credentials');
    expect(await auditCount(t.db, 'session.login_failed')).toBe(failedBefore + 2);
    // The successful sign-in resets the failure counter.
    await t.signIn('officer@cbp.demo');
    expect(
      (
        await t.db
          .selectFrom('users')
          .select('failed_logins')
          .where('email', '=', 'officer@cbp.demo')
          .executeTakeFirstOrThrow()
      ).failed_logins,
    ).toBe(0);
  });

  it(`locks the account after ${MAX_FAILURES} failures (423 even with the right password) until an agency admin unlocks it`, async () => {
    const email = 'auditora@fgr.demo';
    for (let i = 1; i < MAX_FAILURES; i += 1)
      expectProblem(await post({ email, password: `wrong-${i}` }), 401, 'invalid-credentials');
    const locking = await post({ email, password: 'wrong-last' }, { 'accept-language': 'fr' });
    expect(expectProblem(locking, 423, 'account-locked').title).toBe(
      ERROR_CATALOGUES.fr.problem.account_locked.title,
    );
    const locked = await t.db
      .selectFrom('users')
      .select('locked_until')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    expect(locked.locked_until!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);

    const failedBefore = await auditCount(t.db, 'session.login_failed');
    const right = await post({ email, password: DEMO_PASSWORD });
    expectProblem(right, 423, 'account-locked');
    expect(right.cookies.find((c) => c.name === 'rastro_session')).toBeUndefined();
    expect(await auditCount(t.db, 'session.login_failed')).toBe(failedBefore + 1);

    // Another agency's admin cannot unlock (the user is not found for them)...
    const dea = await t.signIn('admin@dea.demo');
    expectProblem(
      await dea.patch(`/api/v1/users/${await userId(email)}`, { unlock: true }),
      404,
      'not-found',
    );
    expectProblem(await post({ email, password: DEMO_PASSWORD }), 423, 'account-locked');
    // ...their own agency's admin can.
    const fgr = await t.signIn('admin@fgr.demo');
    const unlocked = await fgr.patch(`/api/v1/users/${await userId(email)}`, { unlock: true });
    expect(unlocked.statusCode, unlocked.body).toBe(200);
    expect(unlocked.json<{ lockedUntil: string | null }>().lockedUntil).toBeNull();
    expect((await post({ email, password: DEMO_PASSWORD })).statusCode).toBe(200);
  });

  it('lockout also ends by itself once locked_until has passed', async () => {
    const email = 'agent@cbsa.demo';
    for (let i = 0; i < MAX_FAILURES; i += 1) await post({ email, password: 'wrong' });
    expectProblem(await post({ email, password: DEMO_PASSWORD }), 423, 'account-locked');
    await sql`UPDATE users SET locked_until = now() - interval '1 second' WHERE email = ${email}`.execute(
      t.db,
    );
    expect((await post({ email, password: DEMO_PASSWORD })).statusCode).toBe(200);
  });

  it('TOTP: enrol, then sign-in needs the code; a wrong code is refused', async () => {
    const email = 'enqueteur@rcmp.demo';
    const user = await t.signIn(email);
    const setup = await user.post('/api/v1/me/totp/setup');
    expect(setup.statusCode, setup.body).toBe(200);
    const { secret, otpauthUri } = setup.json<{ secret: string; otpauthUri: string }>();
    expect(otpauthUri).toContain(`secret=${secret}`);

    const badEnable = await user.post('/api/v1/me/totp/enable', { code: wrongCode(secret) });
    expectProblem(badEnable, 401, 'totp-invalid');
    expect(
      (
        await t.db
          .selectFrom('users')
          .select('totp_enabled')
          .where('email', '=', email)
          .executeTakeFirstOrThrow()
      ).totp_enabled,
    ).toBe(false);
    // Not enabled yet: a password alone still signs in.
    expect((await post({ email, password: DEMO_PASSWORD })).statusCode).toBe(200);

    const enabled = await user.post('/api/v1/me/totp/enable', { code: currentCode(secret) });
    expect(enabled.statusCode, enabled.body).toBe(200);
    expect(enabled.json<SessionBody>().user.totpEnabled).toBe(true);
    expectProblem(await user.post('/api/v1/me/totp/setup'), 409, 'conflict');

    const without = await post({ email, password: DEMO_PASSWORD });
    expectProblem(without, 401, 'totp-required');
    expect(without.cookies.find((c) => c.name === 'rastro_session')).toBeUndefined();
    const wrong = await post(
      { email, password: DEMO_PASSWORD, totpCode: wrongCode(secret) },
      { 'accept-language': 'fr-CA,fr;q=0.9' },
    );
    expect(expectProblem(wrong, 401, 'totp-invalid').title).toBe(
      ERROR_CATALOGUES.fr.problem.totp_invalid.title,
    );
    const wrongPasswordRightCode = await post({ email, password: 'nope', totpCode: currentCode(secret) });
    expectProblem(wrongPasswordRightCode, 401, 'invalid-credentials');
    const right = await post({ email, password: DEMO_PASSWORD, totpCode: currentCode(secret) });
    expect(right.statusCode, right.body).toBe(200);
    expect(right.json<SessionBody>().user.totpEnabled).toBe(true);
  });

  it('an agency that makes TOTP mandatory blocks its un-enrolled users from the API but not from /session', async () => {
    const deaId = await agencyId('US-DEA');
    const analyst = await t.signIn('diversion@dea.demo');
    expect((await analyst.get('/api/v1/alerts')).statusCode).toBe(200);

    // Only that agency's admin (or a system admin) may set it.
    const otherAdmin = await t.signIn('admin@fgr.demo');
    const before = await databaseState(t.db);
    expectProblem(
      await otherAdmin.patch(`/api/v1/agencies/${deaId}`, { totpRequired: true }),
      403,
      'forbidden',
    );
    expectProblem(await analyst.patch(`/api/v1/agencies/${deaId}`, { totpRequired: true }), 403, 'forbidden');
    expect(await databaseState(t.db)).toEqual(before);

    const admin = await t.signIn('admin@dea.demo');
    const set = await admin.patch(`/api/v1/agencies/${deaId}`, { totpRequired: true });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json<{ totpRequired: boolean }>().totpRequired).toBe(true);

    const blocked = await analyst.get('/api/v1/alerts', { 'accept-language': 'es' });
    expect(expectProblem(blocked, 403, 'totp-enrollment-required').title).toBe(
      ERROR_CATALOGUES.es.problem.totp_enrollment_required.title,
    );
    expectProblem(await analyst.get('/api/v1/search?q=pill'), 403, 'totp-enrollment-required');
    expectProblem(
      await analyst.post('/api/v1/alerts', { title: 'x', body: 'y', distribution: 'agency', tlp: 'GREEN' }),
      403,
      'totp-enrollment-required',
    );
    const session = await analyst.get('/api/v1/session');
    expect(session.statusCode).toBe(200);
    expect(session.json<SessionBody>()).toMatchObject({
      totpEnrollmentRequired: true,
      abilities: [],
      agency: { totpRequired: true },
    });
    // A fresh sign-in is allowed, and says enrolment is required.
    expect(
      (await post({ email: 'diversion@dea.demo', password: DEMO_PASSWORD })).json<SessionBody>()
        .totpEnrollmentRequired,
    ).toBe(true);

    const setup = await analyst.post('/api/v1/me/totp/setup');
    const { secret } = setup.json<{ secret: string }>();
    expect((await analyst.post('/api/v1/me/totp/enable', { code: currentCode(secret) })).statusCode).toBe(
      200,
    );
    expect((await analyst.get('/api/v1/alerts')).statusCode).toBe(200);
    expect((await analyst.get('/api/v1/session')).json<SessionBody>().totpEnrollmentRequired).toBe(false);
    // The admin who set it is bound by it too.
    expectProblem(await admin.get('/api/v1/alerts'), 403, 'totp-enrollment-required');
  });

  it('refuses unsafe requests with the cookie but a missing or wrong CSRF token: 403 csrf-failed, nothing written', async () => {
    const signedIn = await t.signIn('tracer@ntc.demo');
    const created = await signedIn.post('/api/v1/me/tokens', { name: 'for the CSRF test', scopes: ['read'] });
    expect(created.statusCode).toBe(201);
    const tokenId = created.json<{ apiToken: { id: string } }>().apiToken.id;
    const alertBody = {
      title: 'CSRF probe',
      body: 'should never be stored',
      distribution: 'partners',
      tlp: 'CLEAR',
    };
    for (const csrf of [null, 'wrong-token', `${signedIn.csrfToken!}x`, '']) {
      const client: UserClient = userClient(t.app, signedIn.cookie, csrf);
      const before = await databaseState(t.db);
      const auditBefore = await auditCount(t.db);
      const attempts = [
        await client.post('/api/v1/alerts', alertBody, { 'accept-language': 'fr' }),
        await client.patch('/api/v1/me', { locale: 'es' }),
        await client.delete(`/api/v1/me/tokens/${tokenId}`),
        await client.delete('/api/v1/session'),
        await client.post('/api/v1/me/tokens', { name: 'sneaky', scopes: ['read', 'write'] }),
      ];
      for (const response of attempts) expectProblem(response, 403, 'csrf-failed');
      expect(attempts[0]!.json<{ title: string }>().title).toBe(
        ERROR_CATALOGUES.fr.problem.csrf_failed.title,
      );
      expect(await databaseState(t.db)).toEqual(before);
      expect(await auditCount(t.db)).toBe(auditBefore);
    }
    // The session still works with the right token, and GET needs none.
    expect((await userClient(t.app, signedIn.cookie, null).get('/api/v1/alerts')).statusCode).toBe(200);
    expect((await signedIn.delete(`/api/v1/me/tokens/${tokenId}`)).statusCode).toBe(200);
  });

  it('sign-out deletes the session: the old cookie no longer works', async () => {
    const user = await t.signIn('regulateur@hc.demo');
    expect((await user.get('/api/v1/session')).statusCode).toBe(200);
    const out = await user.delete('/api/v1/session');
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'rastro_session')?.value).toBe('');
    expectProblem(await user.get('/api/v1/session'), 401, 'unauthenticated');
    expectProblem(await user.get('/api/v1/alerts'), 401, 'unauthenticated');
    // An unsafe request with the dead cookie is unauthenticated, not a CSRF failure, and writes nothing.
    const before = await databaseState(t.db);
    expectProblem(
      await user.post('/api/v1/alerts', {
        title: 'after sign-out',
        body: 'x',
        distribution: 'agency',
        tlp: 'RED',
      }),
      401,
      'unauthenticated',
    );
    expect(await databaseState(t.db)).toEqual(before);
    expect(await auditCount(t.db, 'session.logout')).toBeGreaterThanOrEqual(1);
  });

  it('remembers the language: PATCH /me {locale} makes errors French without Accept-Language', async () => {
    const user = await t.signIn('officer@cbp.demo');
    const missing = '/api/v1/alerts/00000000-0000-4000-8000-000000000000';
    expect(expectProblem(await user.get(missing), 404, 'not-found').title).toBe(
      ERROR_CATALOGUES.en.problem.not_found.title,
    );
    const changed = await user.patch('/api/v1/me', { locale: 'fr' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json<SessionBody>().user.locale).toBe('fr');
    const french = await user.get(missing);
    expect(expectProblem(french, 404, 'not-found').title).toBe(ERROR_CATALOGUES.fr.problem.not_found.title);
    expect(french.headers['content-language']).toBe('fr');
    // Accept-Language still wins when sent.
    expect(
      expectProblem(await user.get(missing, { 'accept-language': 'es-MX' }), 404, 'not-found').title,
    ).toBe(ERROR_CATALOGUES.es.problem.not_found.title);
    // And the choice survives a new sign-in.
    const again = await t.signIn('officer@cbp.demo');
    expect((await again.get('/api/v1/session')).json<SessionBody>().user.locale).toBe('fr');
    expect(expectProblem(await again.get(missing), 404, 'not-found').title).toBe(
      ERROR_CATALOGUES.fr.problem.not_found.title,
    );
  });

  it('refuses demo users when NODE_ENV=production, but not real users', async () => {
    const admin = await t.signIn('admin@fgr.demo');
    const created = await admin.post('/api/v1/users', {
      email: 'real.person@fgr.example',
      displayName: 'Real Person',
      role: 'analyst',
      password: 'a-real-long-password-2026',
    });
    expect(created.statusCode, created.body).toBe(201);

    const production = await buildApp(
      loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', LOGIN_RATE_PER_MINUTE: '10000' }),
      t.database,
      { logger: false },
    );
    await production.ready();
    try {
      const failedBefore = await auditCount(t.db, 'session.login_failed');
      const demo = await production.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: 'analista@fgr.demo', password: DEMO_PASSWORD },
      });
      expectProblem(demo, 401, 'invalid-credentials');
      expect(await auditCount(t.db, 'session.login_failed')).toBe(failedBefore + 1);
      const row = await t.db
        .selectFrom('audit_events')
        .select('details')
        .where('action', '=', 'session.login_failed')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
      expect(row.details).toMatchObject({ reason: 'demo_refused_in_production' });
      const real = await production.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email: 'real.person@fgr.example', password: 'a-real-long-password-2026' },
      });
      expect(real.statusCode, real.body).toBe(200);
      expect(real.cookies.find((c) => c.name === 'rastro_session')!.secure).toBe(true);
    } finally {
      await production.close();
    }
  });

  it('rate-limits sign-in attempts per address with 429 and Retry-After', async () => {
    const limited = await buildApp(
      loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', LOGIN_RATE_PER_MINUTE: '2' }),
      t.database,
      { logger: false },
    );
    await limited.ready();
    try {
      const attempt = () =>
        limited.inject({
          method: 'POST',
          url: '/api/v1/session',
          payload: { email: 'nobody@x.demo', password: 'x' },
        });
      expectProblem(await attempt(), 401, 'invalid-credentials');
      expectProblem(await attempt(), 401, 'invalid-credentials');
      const auditBefore = await auditCount(t.db);
      const third = await attempt();
      expectProblem(third, 429, 'rate-limited');
      expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
      expect(await auditCount(t.db)).toBe(auditBefore);
    } finally {
      await limited.close();
    }
  });
});
