// Token scopes hold both ways (`read` to read, `write` to change), and errors come in the language asked for when
// Rastro speaks it, else in the user's own: `*` (Node's fetch default) or `de` is no choice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CATALOGUES } from '../../../core/i18n/errors';
import { requestedLocale } from '../../../core/i18n/locale';
import { DATABASE_KINDS } from '../../test/databases';
import { expectProblem } from '../../test/problems';
import { createTestApp, userClient, type TestApp } from '../../test/testApp';

describe('requestedLocale', () => {
  it('takes the best supported language by weight, and nothing else', () => {
    expect(requestedLocale('fr-CA,fr;q=0.9,en;q=0.8')).toBe('fr');
    expect(requestedLocale('de, es;q=0.5, en;q=0.4')).toBe('es');
    expect(requestedLocale('en;q=0.2, fr;q=0.7')).toBe('fr');
    expect(requestedLocale('es;q=0, en')).toBe('en');
    expect(requestedLocale('*')).toBeNull();
    expect(requestedLocale('de-DE, *;q=0.5')).toBeNull();
    expect(requestedLocale('')).toBeNull();
    expect(requestedLocale(undefined)).toBeNull();
  });
});

describe.each(DATABASE_KINDS)('token scopes and error language on %s', (kind) => {
  let t: TestApp;
  const tokenOf = async (scopes: string[]) => {
    const owner = await t.signIn('analista@fgr.demo');
    const response = await owner.post('/api/v1/me/tokens', {
      name: scopes.join('+'),
      scopes,
      expiresInDays: 1,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ token: string }>().token;
  };
  const call = (token: string, method: string, url: string, body?: unknown, headers = {}) =>
    userClient(t.app, null, null).request(method, url, body, {
      authorization: `Bearer ${token}`,
      ...headers,
    });

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses a read to a write-only token and a change to a read-only one', async () => {
    const writeOnly = await tokenOf(['write']);
    const refused = expectProblem(await call(writeOnly, 'GET', '/api/v1/alerts'), 403, 'token-scope');
    expect(refused.detail).toContain('"read"');
    const readOnly = await tokenOf(['read']);
    expect((await call(readOnly, 'GET', '/api/v1/alerts')).statusCode).toBe(200);
    const alert = { title: 'Machine', body: 'Posted by a machine.', distribution: 'agency', tlp: 'GREEN' };
    expect(
      expectProblem(await call(readOnly, 'POST', '/api/v1/alerts', alert), 403, 'token-scope').detail,
    ).toContain('"write"');
    const both = await tokenOf(['read', 'write']);
    expect((await call(both, 'GET', '/api/v1/alerts')).statusCode).toBe(200);
  });

  it('answers in the user’s language when Accept-Language names none Rastro speaks', async () => {
    const token = await tokenOf(['read']);
    const es = ERROR_CATALOGUES.es.problem.not_found.title;
    for (const header of ['*', 'de', 'de-DE, *;q=0.5']) {
      const response = await call(
        token,
        'GET',
        '/api/v1/alerts/00000000-0000-4000-8000-000000000000',
        undefined,
        {
          'accept-language': header,
        },
      );
      expect(expectProblem(response, 404, 'not-found').title, header).toBe(es);
      expect(response.headers['content-language']).toBe('es');
    }
    const fr = await call(token, 'GET', '/api/v1/alerts/00000000-0000-4000-8000-000000000000', undefined, {
      'accept-language': 'de, fr;q=0.5',
    });
    expect(expectProblem(fr, 404, 'not-found').title).toBe(ERROR_CATALOGUES.fr.problem.not_found.title);
  });
});
