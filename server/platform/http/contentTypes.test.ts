// A body of a type the route does not take is a 415 that names the type it does take: JSON for most routes,
// text/csv for the CSV imports (declared by the route's `consumes`).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../test/databases';
import { expectProblem } from '../../test/problems';
import { createTestApp, type TestApp, type UserClient } from '../../test/testApp';

describe.each(DATABASE_KINDS)('declared content types on %s', (kind) => {
  let t: TestApp;
  let analyst: UserClient;

  beforeAll(async () => {
    t = await createTestApp(kind);
    analyst = await t.signIn('analista@fgr.demo');
  });
  afterAll(async () => {
    await t?.close();
  });

  it.each(['/api/v1/recoveries/import', '/api/v1/holder/ad-records/import'])(
    '%s names text/csv, for plain text and for JSON',
    async (url) => {
      for (const type of ['text/plain', 'application/json']) {
        const response = await analyst.post(url, '{"a":1}', {
          'content-type': type,
          'accept-language': 'en',
        });
        const problem = expectProblem(response, 415, 'unsupported-media-type');
        expect(problem.detail, type).toBe('Send the body as text/csv.');
      }
      const es = await analyst.post(url, 'x', { 'content-type': 'text/plain', 'accept-language': 'es' });
      expect(expectProblem(es, 415, 'unsupported-media-type').detail).toBe('Envíe el cuerpo como text/csv.');
    },
  );

  it('a JSON route names application/json', async () => {
    const response = await analyst.post('/api/v1/alerts', 'hello', {
      'content-type': 'text/plain',
      'accept-language': 'en',
    });
    expect(expectProblem(response, 415, 'unsupported-media-type').detail).toBe(
      'Send the body as application/json.',
    );
  });
});
