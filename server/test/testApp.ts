// A real Rastro app on a fresh database with the demo world, and helpers to act as its users.
import type { LightMyRequestResponse } from 'fastify';
import { buildApp, type AppInstance } from '../app';
import { loadConfig } from '../config';
import type { DatabaseHandle } from '../db/connect';
import { DEMO_PASSWORD } from '../db/seed/demoData';
import { seedChemicals } from '../db/seed/seedChemicals';
import { seedDemo } from '../db/seed/seedDemo';
import { freshDatabase, type DatabaseKind } from './databases';

export interface TestApp {
  app: AppInstance;
  database: DatabaseHandle;
  db: DatabaseHandle['db'];
  /** Signs in a (demo) user and returns a client that sends their cookie and CSRF token. */
  signIn(email: string, password?: string): Promise<UserClient>;
  anonymous: UserClient;
  close(): Promise<void>;
}

export interface UserClient {
  csrfToken: string | null;
  cookie: string | null;
  request(
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  delete(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  /** POSTs a CSV file as is (text/csv, not JSON), as the web app's uploads send one. */
  postCsv(url: string, csv: string | Buffer): Promise<LightMyRequestResponse>;
}

export function userClient(app: AppInstance, cookie: string | null, csrfToken: string | null): UserClient {
  const request: UserClient['request'] = (method, url, body, headers = {}) =>
    app.inject({
      method: method as 'GET',
      url,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
  return {
    csrfToken,
    cookie,
    request,
    get: (url, headers) => request('GET', url, undefined, headers),
    post: (url, body, headers) => request('POST', url, body, headers),
    patch: (url, body, headers) => request('PATCH', url, body, headers),
    delete: (url, headers) => request('DELETE', url, undefined, headers),
    // Not through `request`: it would send a Buffer as JSON.
    postCsv: (url, csv) =>
      app.inject({
        method: 'POST',
        url,
        headers: {
          ...(cookie ? { cookie } : {}),
          ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
          'content-type': 'text/csv',
        },
        payload: csv,
      }),
  };
}

export async function createTestApp(
  kind: DatabaseKind,
  env: Record<string, string> = {},
  /** What goes into the fresh database after the chemical registry: the hand-made demo world by default. */
  seed: (database: DatabaseHandle) => Promise<unknown> = (database) =>
    seedDemo(database.db, { production: false }),
): Promise<TestApp> {
  const database = await freshDatabase(kind);
  await seedChemicals(database.db);
  await seed(database);
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    LOGIN_RATE_PER_MINUTE: '10000',
    ...env,
  });
  const app = await buildApp(config, database, { logger: false });
  await app.ready();
  return {
    app,
    database,
    db: database.db,
    anonymous: userClient(app, null, null),
    async signIn(email, password = DEMO_PASSWORD) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/v1/session',
        payload: { email, password },
      });
      if (response.statusCode !== 200)
        throw new Error(`sign-in of ${email} failed: ${response.statusCode} ${response.body}`);
      const setCookie = response.cookies.find((c) => c.name === 'rastro_session');
      return userClient(
        app,
        `rastro_session=${setCookie!.value}`,
        response.json<{ csrfToken: string }>().csrfToken,
      );
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}
