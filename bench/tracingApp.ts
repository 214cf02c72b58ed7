// The real app over the scale database, signed in as a demo user, for benchmarks that go through HTTP routes
// (Fastify inject: the full request path — auth, validation, policy, audit — without a network hop).
import { buildApp } from '../server/app';
import { loadConfig } from '../server/config';
import { DEMO_PASSWORD } from '../server/db/seed/demoData';
import type { ScaleDatabase } from './tracingDatabase';

export async function signedInApp(database: ScaleDatabase, email: string) {
  const app = await buildApp(
    loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', LOGIN_RATE_PER_MINUTE: '10000' }),
    database,
    { logger: false },
  );
  await app.ready();
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/session',
    payload: { email, password: DEMO_PASSWORD },
  });
  if (login.statusCode !== 200) throw new Error(`sign-in as ${email}: ${login.statusCode} ${login.body}`);
  const cookie = `rastro_session=${login.cookies.find((c) => c.name === 'rastro_session')!.value}`;
  const csrf = login.json<{ csrfToken: string }>().csrfToken;
  return { app, headers: { cookie, 'x-csrf-token': csrf } };
}
