// Hostile bodies on every /api/v1 endpoint that takes one: malformed or non-JSON bodies, prototype
// poisoning, unknown fields, wrong types, oversized bodies, NUL and control characters. Each refusal is
// problem+json with the right status, a title in the caller's language, the bad field named, and
// nothing written to the database.
import { describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../test/databases';
import { BODY_LIMIT, useHostileWorld, type Who } from '../test/hostileWorld';
import type { UserClient } from '../test/testApp';

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
  const { ids, refused, fieldsOf } = useHostileWorld(kind);

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
    {
      name: 'revoke access',
      method: 'POST',
      url: () => `/api/v1/access-requests/${ids.request}/revoke`,
      who: 'fgrAdmin',
      valid: () => ({ note: 'no longer needed' }),
      wrongType: ['note', ['x']],
      text: 'note',
    },
  ];

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
});
