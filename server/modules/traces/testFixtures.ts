// Fixtures of the trace tests: the demo users involved and the A&D files the three connected holders upload.
import { sql } from 'kysely';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Db } from '../../db/connect';
import { DEMO_HOLDERS, seedTracingDemo } from '../../db/seed/seedTracingDemo';
import type { DatabaseKind } from '../../test/databases';
import { createTestApp, type TestApp, type UserClient } from '../../test/testApp';

export const INVESTIGATOR = 'investigador@fge-son.demo';
export const TRACER = 'tracer@ntc.demo';
export const ANALYST = 'analista@fgr.demo';
export const ANAM = 'aduanas@anam.demo';
export const CBP = 'officer@cbp.demo';
export const MAKER = 'records@glock.demo';
export const WHOLESALER = 'records@gulfcoast.demo';
export const DEALER = 'dealer@borderguns.demo';
export const CONNECTED_DEALER = 'records@riogrande.demo';
const licence = (name: string) => DEMO_HOLDERS.find((h) => h.name.startsWith(name))!.licence;
export const GULF = licence('Gulf');
export const BORDER = licence('Border');
export const RIO = licence('Rio');
export const GLOCK = licence('Glock');
export const DESERT = licence('Desert');

/** Never traced: NO REGISTRY says no route may ever show it (searches below type only prefixes of these). */
export const SENTINELS = ['Registrycheck', 'Nowhere Lane', 'NOREG999', 'N0REG999'];

export const HEADER =
  'make,model,serial,acquired_on,acquired_from,disposition,disposed_on,disposed_to_licence,purchaser_name,purchaser_birth_date,purchaser_address,export_country';
export const MAKER_ROWS = [
  `Glock,G19,AAA1001,,,transfer,2023-01-10,${GULF},,,,`,
  `Glock,G19,AAA1002,,,transfer,2023-01-10,${GULF},,,,`,
  `Glock,G19,AAA1003,,,transfer,2023-01-10,${GULF},,,,`,
  `Glock,G19,LOOP001,,,transfer,2023-01-10,${GULF},,,,`,
  `Glock,G19,LATE001,,,transfer,2023-01-10,${GULF},,,,`,
  `Glock,G19,ABC1234,,,transfer,2023-01-10,${GULF},,,,`,
  `Glock,G17,ABC5634,,,transfer,2023-01-10,${GULF},,,,`,
  `Glock,G19,NOREG999,,,transfer,2023-01-10,${RIO},,,,`,
  `Glock,G19,OOB0001,,,transfer,2023-01-10,${GULF},,,,`,
  `Glock,G19,CONF001,,,transfer,2023-01-10,${RIO},,,,`,
];
export const WHOLESALER_ROWS = [
  `Glock,G19,AAA1001,2023-01-12,${GLOCK},transfer,2023-02-01,${RIO},,,,`,
  `Glock,G19,AAA1002,2023-01-12,${GLOCK},transfer,2023-02-01,${BORDER},,,,`,
  `Glock,G19,AAA1003,2023-01-12,${GLOCK},transfer,2023-02-01,${BORDER},,,,`,
  `Glock,G19,LOOP001,2023-01-12,${GLOCK},transfer,2023-02-01,${GLOCK},,,,`,
  `Glock,G19,LATE001,2023-01-12,${GLOCK},transfer,2023-02-01,${RIO},,,,`,
  `Glock,G19,ABC1234,2023-01-12,${GLOCK},transfer,2023-02-01,${RIO},,,,`,
  `Glock,G19,OOB0001,2023-01-12,${GLOCK},transfer,2023-02-01,${DESERT},,,,`,
];
export const DEALER_ROWS = [
  `Glock,G19,AAA1001,2023-02-03,${GULF},sale,2023-06-01,,Robert Lee Straw,1988-04-12,"12 Elm St, Laredo TX",`,
  `Glock,G19,LATE001,2023-02-03,${GULF},sale,2024-06-01,,Ann Late,1970-01-01,,`,
  `Glock,G19,ABC1234,2023-02-03,${GULF},sale,2023-09-15,,Mary Candidate,1990-05-05,,`,
  `Glock,G19,NOREG999,2023-02-03,${GLOCK},sale,2023-03-01,,Zebulon Registrycheck,1975-07-07,4242 Nowhere Lane,`,
  `Glock,G19,CONF001,2023-02-03,${GLOCK},sale,2023-04-01,,First Buyer,,,`,
  `Glock,G19,CONF001,2023-02-03,${GLOCK},sale,2023-04-02,,Second Buyer,,,`,
];

export interface Trace {
  id: string;
  status: string;
  reason: { code: string; message: string; params: Record<string, unknown> } | null;
  awaiting: { holder: { name: string }; since: string; dueAt: string } | null;
  candidates: { state: string; items: { serial: string; model: string | null }[] };
  hops: { id: string; holder: { name: string }; answeredBy: string | null; state: string }[];
  result: {
    dealer: { name: string; usState: string | null };
    purchaser: { name: string | null; birthDate: string | null; masked: boolean };
    purchaseDate: string;
    timeToCrime: { days: number; years: number; band: string };
    indicators: { code: string; strength: string; message: string }[];
    custody: { name: string }[];
  } | null;
}

/** Signed-in clients by e-mail, each user signed in once per test app (`app` is read when first needed). */
export function userClients(app: () => TestApp): (email: string) => Promise<UserClient> {
  const clients = new Map<string, UserClient>();
  return async (email) => {
    if (!clients.has(email)) clients.set(email, await app().signIn(email));
    return clients.get(email)!;
  };
}

/**
 * Records a Glock G19 recovered in Sonora (the demo chain's gun unless `overrides` say otherwise) as `who`, each
 * with its own case number under `casePrefix`; resolves to the recovery id.
 */
export function recoveryRecorder(
  as: (email: string) => Promise<UserClient>,
  casePrefix: string,
): (overrides?: Record<string, unknown>, who?: string) => Promise<string> {
  let n = 0;
  return async (overrides = {}, who = INVESTIGATOR) => {
    n += 1;
    const response = await (
      await as(who)
    ).post('/api/v1/recoveries', {
      serial: 'AAA1001',
      make: 'Glock',
      model: 'G19',
      caliber: '9mm',
      type: 'P',
      countryOfManufacture: 'US',
      recoveredOn: '2024-03-01',
      recoveryCountry: 'MX',
      recoveryState: 'SON',
      caseNumber: `${casePrefix}/${n}`,
      possessor: { name: 'Juan Pérez Gómez', birthDate: '1990-02-01' },
      distribution: 'agency',
      tlp: 'AMBER',
      ...overrides,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  };
}

/** Requests a routine trace of a recovery as the investigator (`extra` adds to the request); resolves to it. */
export function traceRequester(
  as: (email: string) => Promise<UserClient>,
): (recoveryId: string, extra?: Record<string, unknown>) => Promise<Trace> {
  return async (recoveryId, extra = {}) => {
    const response = await (
      await as(INVESTIGATOR)
    ).post('/api/v1/traces', { recoveryId, priority: 'routine', ...extra });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Trace>();
  };
}

/** The three connected holders (maker, wholesaler, dealer) upload their A&D files, each as its own user. */
export async function connectDemoHolders(
  t: TestApp,
  as: (email: string) => Promise<UserClient>,
): Promise<void> {
  for (const [who, rows] of [
    [MAKER, MAKER_ROWS],
    [WHOLESALER, WHOLESALER_ROWS],
    [CONNECTED_DEALER, DEALER_ROWS],
  ] as const) {
    const client = await as(who);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/holder/ad-records/import',
      headers: { cookie: client.cookie!, 'x-csrf-token': client.csrfToken!, 'content-type': 'text/csv' },
      payload: [HEADER, ...rows].join('\r\n'),
    });
    expect(response.statusCode, response.body).toBe(200);
  }
}

/**
 * The world most trace and firearm-report tests start from: a test app on `kind` with the tracing demo seeded and
 * the three holders connected, made before the enclosing block's tests and closed after them. Call it at the top of a
 * `describe`; `app()` is only there once the block's tests run.
 */
export function connectedTracingDemo(kind: DatabaseKind): {
  app: () => TestApp;
  as: (email: string) => Promise<UserClient>;
} {
  let t: TestApp | undefined;
  const app = () => {
    if (!t) throw new Error('the tracing demo app is made in beforeAll: read it inside a test');
    return t;
  };
  const as = userClients(app);
  beforeAll(async () => {
    t = await createTestApp(kind);
    await seedTracingDemo(t.db);
    await connectDemoHolders(t, as);
  });
  afterAll(async () => {
    await t?.close();
  });
  return { app, as };
}

/** What a trace written by hand (not by the walk) names: a demo agency and user, and a recovery of theirs. */
export async function rowsForBareTraces(db: Db): Promise<{ agency: string; user: string; recovery: string }> {
  const first = async (query: ReturnType<typeof sql<{ id: string }>>) =>
    (await query.execute(db)).rows[0]!.id;
  const agency = await first(sql`SELECT id FROM agencies ORDER BY code LIMIT 1`);
  const user = await first(sql`SELECT id FROM users ORDER BY email LIMIT 1`);
  // The demo records no recovery.
  const recovery = await first(sql`
    INSERT INTO recoveries (owner_agency_id, distribution, tlp, serial_state, recovered_on, recovery_country,
      created_by_user_id)
    VALUES (${agency}::uuid, 'agency', 'GREEN', 'obliterated', '2024-01-01', 'MX', ${user}::uuid)
    RETURNING id`);
  return { agency, user, recovery };
}
