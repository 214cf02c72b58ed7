// The session cookie is resolved with its user in one query (loadSessionUserAndActor): sign-out, expiry and a
// disabled user must still stop the very next request, and a cookie resolves to its own user only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../test/databases';
import { expectProblem } from '../../test/problems';
import { createTestApp, type TestApp } from '../../test/testApp';
import { loadSessionUserAndActor } from './loadUser';
import { sha256 } from './secrets';

const tokenOf = (cookie: string | null) => cookie!.replace(/^rastro_session=/, '').split(';')[0]!;

describe.each(DATABASE_KINDS)('session lookup on %s', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('loads the session, its user, agency and sharing groups in one query; an unknown token loads nothing', async () => {
    const client = await t.signIn('investigador@fge-son.demo');
    const loaded = await loadSessionUserAndActor(t.db, sha256(tokenOf(client.cookie)));
    expect(loaded).toMatchObject({
      disabled: false,
      csrfToken: client.csrfToken,
      user: { email: 'investigador@fge-son.demo', agencyCode: 'MX-FGE-SON' },
      actor: { country: 'MX', role: 'investigator', recordHolder: false },
    });
    expect(loaded!.expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(await loadSessionUserAndActor(t.db, sha256('not-a-session'))).toBeNull();
    const other = await t.signIn('admin@fgr.demo');
    const otherLoaded = await loadSessionUserAndActor(t.db, sha256(tokenOf(other.cookie)));
    expect(otherLoaded!.user.email).toBe('admin@fgr.demo');
    expect(otherLoaded!.actor.agencyId).not.toBe(loaded!.actor.agencyId);
  });

  it('an expired session and a disabled user are refused on the next request', async () => {
    const expiring = await t.signIn('analista@fgr.demo');
    expect((await expiring.get('/api/v1/session')).statusCode).toBe(200);
    await t.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('token_hash', '=', sha256(tokenOf(expiring.cookie)))
      .execute();
    expectProblem(await expiring.get('/api/v1/session'), 401, 'unauthenticated');

    const disabled = await t.signIn('officer@cbp.demo');
    expect((await disabled.get('/api/v1/session')).statusCode).toBe(200);
    await t.db.updateTable('users').set({ disabled: true }).where('email', '=', 'officer@cbp.demo').execute();
    try {
      expectProblem(await disabled.get('/api/v1/session'), 401, 'unauthenticated');
    } finally {
      await t.db
        .updateTable('users')
        .set({ disabled: false })
        .where('email', '=', 'officer@cbp.demo')
        .execute();
    }
    expect((await disabled.get('/api/v1/session')).statusCode).toBe(200);
  });
});
