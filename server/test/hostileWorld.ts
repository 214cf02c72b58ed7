// The world the hostile-input tests run in: a test app with a small request body limit, a signed-in
// client per role, the ids the cases aim at (including a pending access request and a token), and
// `refused`, which sends a request and checks the problem, its localised title and that nothing changed.
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import { ERROR_CATALOGUES, type ProblemType } from '../../core/i18n/errors';
import type { Locale } from '../../core/i18n/locale';
import type { DatabaseKind } from './databases';
import { auditCount, databaseState, expectProblem, type ProblemBody } from './problems';
import { createTestApp, type TestApp, type UserClient } from './testApp';

export const BODY_LIMIT = 4096;
export const LOCALES: Locale[] = ['es', 'fr', 'en'];
export const TYPE_OF_STATUS: Record<number, ProblemType> = {
  400: 'malformed_json',
  413: 'body_too_large',
  415: 'unsupported_media_type',
  422: 'validation',
};
export const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

export type Who =
  'anonymous' | 'sysadmin' | 'fgrAdmin' | 'fgrAnalyst' | 'ntcTracer' | 'deaAdmin' | 'fgrAuditor';

export interface HostileIds {
  fgr: string;
  dea: string;
  group: string;
  fgrAlert: string;
  fgrAlertVersion: number;
  deaCountryAlert: string;
  analystUser: string;
  request: string;
  fgrAdminToken: string;
  discoverableSonAlert: string;
}

export type Send = (client: UserClient, headers: Record<string, string>) => Promise<LightMyRequestResponse>;

export interface HostileWorld {
  /** The test app; set by the beforeAll hook, so read it inside tests only. */
  readonly t: TestApp;
  /** A signed-in client per role (filled by the beforeAll hook). */
  readonly clients: Record<Who, UserClient>;
  /** The ids the cases aim at (filled by the beforeAll hook). */
  readonly ids: HostileIds;
  /** Sends a request in a rotating language and checks the problem, its localised title and that nothing changed. */
  refused(
    who: Who,
    send: Send,
    status: number,
    type: string,
    catalogueType?: ProblemType,
  ): Promise<ProblemBody>;
  /** The fields a problem's errors name. */
  fieldsOf(problem: ProblemBody): string[];
}

/** Registers the beforeAll/afterAll hooks that build (and close) the hostile world on `kind`. */
export function useHostileWorld(kind: DatabaseKind): HostileWorld {
  let t: TestApp | undefined;
  const clients = {} as Record<Who, UserClient>;
  const ids: HostileIds = {
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

  const app = (): TestApp => {
    if (!t) throw new Error('the hostile world is only available inside tests (after beforeAll)');
    return t;
  };

  async function refused(
    who: Who,
    send: Send,
    status: number,
    type: string,
    catalogueType: ProblemType = TYPE_OF_STATUS[status] ?? 'validation',
  ): Promise<ProblemBody> {
    const db = app().db;
    const locale = LOCALES[(call += 1) % LOCALES.length]!;
    const before = await databaseState(db);
    const auditBefore = await auditCount(db);
    const response = await send(clients[who], { 'accept-language': locale });
    const problem = expectProblem(response, status, type);
    expect(problem.title).toBe(ERROR_CATALOGUES[locale].problem[catalogueType].title);
    expect(response.headers['content-language']).toBe(locale);
    expect(await databaseState(db), `${type}: database changed`).toEqual(before);
    expect(await auditCount(db), `${type}: audit written`).toBe(auditBefore);
    return problem;
  }
  const fieldsOf = (problem: ProblemBody) => (problem.errors ?? []).map((e) => e.field);

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
    const db = t.db;
    const agency = async (code: string) =>
      (await db.selectFrom('agencies').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
    ids.fgr = await agency('MX-FGR');
    ids.dea = await agency('US-DEA');
    ids.group = (
      await db
        .selectFrom('sharing_groups')
        .select('id')
        .where('name', '=', 'MX–US firearms')
        .executeTakeFirstOrThrow()
    ).id;
    const fgrAlert = await db
      .selectFrom('alerts')
      .select(['id', 'version'])
      .where('owner_agency_id', '=', ids.fgr)
      .executeTakeFirstOrThrow();
    ids.fgrAlert = fgrAlert.id;
    ids.fgrAlertVersion = fgrAlert.version;
    ids.deaCountryAlert = (
      await db
        .selectFrom('alerts')
        .select('id')
        .where('owner_agency_id', '=', ids.dea)
        .executeTakeFirstOrThrow()
    ).id;
    ids.analystUser = (
      await db
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

  return {
    get t() {
      return app();
    },
    clients,
    ids,
    refused,
    fieldsOf,
  };
}
