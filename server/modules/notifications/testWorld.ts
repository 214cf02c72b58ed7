// The world the pre-export notification tests run in, on one test database: a test app, a COFEPRIS analyst,
// parties of the DEA (exporter, importer, consignee) and of Health Canada, and helpers that draft, send and
// act on notifications as a given user and read a record's audit trail.
import { afterAll, beforeAll, expect } from 'vitest';
import { addDays, utcDay } from '../../../core/chemicals/notificationStatus';
import type { DatabaseKind } from '../../test/databases';
import { createTestApp, type TestApp, type UserClient } from '../../test/testApp';
import type { NotificationView } from './schemas';

export const DEA = 'diversion@dea.demo';
export const COFEPRIS = 'reguladora@cofepris.demo';
export const HC = 'regulateur@hc.demo';
export const COFEPRIS_ANALYST = 'analista@cofepris.example';
const ANALYST_PASSWORD = 'cofepris-analyst-password-1';
const CBZ_PIPERIDONE = 'O=C1CCN(CC1)C(=O)OCc1ccccc1';

export interface NotificationParties {
  exporter: string;
  importer: string;
  consignee: string;
  hcParty: string;
}

type Versioned = { id: string; version: number };

export interface NotificationsWorld {
  /** The test app; set by the beforeAll hook, so read it inside tests only. */
  readonly t: TestApp;
  /** Agency ids by code (filled by the beforeAll hook). */
  readonly agencies: Record<string, string>;
  /** The parties made by the beforeAll hook. */
  readonly parties: NotificationParties;
  /** Today, as a UTC day. */
  readonly today: string;
  /** A signed-in client for `email`, made once and reused. */
  as(email: string): Promise<UserClient>;
  /** A valid draft body from the DEA to COFEPRIS, with `overrides` applied. */
  draftBody(overrides?: Record<string, unknown>): Record<string, unknown>;
  /** Drafts a notification as the DEA, expecting 201. */
  draft(overrides?: Record<string, unknown>): Promise<NotificationView>;
  /** Posts `action` on `n` as `email`, at `n`'s version. */
  act(email: string, n: Versioned, action: string, extra?: object): ReturnType<UserClient['post']>;
  /** Like `act`, expecting 200, and returns the view. */
  ok(email: string, n: Versioned, action: string, extra?: object): Promise<NotificationView>;
  /** Drafts and sends a notification as the DEA. */
  sent(overrides?: Record<string, unknown>): Promise<NotificationView>;
  /** A record's audit trail: action and actor agency, oldest first. */
  auditActions(recordId: string): Promise<{ action: string; agency: string | null }[]>;
}

/** Registers the beforeAll/afterAll hooks that build (and close) the notifications world on `kind`. */
export function useNotificationsWorld(kind: DatabaseKind): NotificationsWorld {
  let t: TestApp;
  const clients = new Map<string, UserClient>();
  const as = async (email: string) => {
    if (!clients.has(email))
      clients.set(email, await t.signIn(email, email === COFEPRIS_ANALYST ? ANALYST_PASSWORD : undefined));
    return clients.get(email)!;
  };
  const agencies: Record<string, string> = {};
  const parties = { exporter: '', importer: '', consignee: '', hcParty: '' };
  const today = utcDay(new Date());

  const draftBody = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
    importingAgencyId: agencies['MX-COFEPRIS'],
    exporterPartyId: parties.exporter,
    importerPartyId: parties.importer,
    consigneePartyId: parties.consignee,
    pointOfEntry: 'Nuevo Laredo, Tamaulipas',
    plannedDispatchDate: addDays(today, 40),
    route: 'Houston TX → Laredo TX → Nuevo Laredo → Ciudad de México',
    transitCountries: [],
    reference: 'DEA-2026-0001',
    lines: [
      { chemicalId: 'npp', quantity: 25, unit: 'kg', description: 'drums' },
      { smiles: CBZ_PIPERIDONE, quantity: 500, unit: 'g' },
      { smiles: 'CC(C)=O', quantity: 200, unit: 'L', description: 'acetone' },
    ],
    ...overrides,
  });
  const draft = async (overrides: Record<string, unknown> = {}) => {
    const response = await (await as(DEA)).post('/api/v1/notifications', draftBody(overrides));
    expect(response.statusCode, response.body).toBe(201);
    return response.json<NotificationView>();
  };
  const act = async (email: string, n: { id: string; version: number }, action: string, extra = {}) =>
    (await as(email)).post(`/api/v1/notifications/${n.id}/${action}`, { version: n.version, ...extra });
  const ok = async (email: string, n: { id: string; version: number }, action: string, extra = {}) => {
    const response = await act(email, n, action, extra);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<NotificationView>();
  };
  const sent = async (overrides: Record<string, unknown> = {}) => ok(DEA, await draft(overrides), 'send');
  const auditActions = async (recordId: string) =>
    (
      await t.db
        .selectFrom('audit_events')
        .select(['action', 'actor_agency_id'])
        .where('record_id', '=', recordId)
        .orderBy('at')
        .orderBy('id')
        .execute()
    ).map((r) => ({ action: r.action, agency: r.actor_agency_id }));

  beforeAll(async () => {
    t = await createTestApp(kind);
    for (const a of await t.db.selectFrom('agencies').select(['id', 'code']).execute())
      agencies[a.code] = a.id;
    const created = await (
      await as('sysadmin@rastro.demo')
    ).post('/api/v1/users', {
      email: COFEPRIS_ANALYST,
      displayName: 'Analista COFEPRIS',
      role: 'analyst',
      agencyId: agencies['MX-COFEPRIS'],
      password: ANALYST_PASSWORD,
    });
    expect(created.statusCode, created.body).toBe(201);
    const party = async (email: string, body: Record<string, unknown>) => {
      const response = await (await as(email)).post('/api/v1/parties', body);
      expect(response.statusCode, response.body).toBe(201);
      return response.json<{ id: string }>().id;
    };
    parties.exporter = await party(DEA, {
      name: 'Gulf Coast Fine Chemicals LLC',
      country: 'US',
      identifiers: { ein: '741234567' },
      address: '1200 Industrial Blvd, Pasadena, TX 77506',
    });
    parties.importer = await party(DEA, {
      name: 'Química Industrial del Bajío, S.A. de C.V.',
      country: 'MX',
      identifiers: { rfc: 'qib0103158k2' },
      address: 'Av. Industrias 45, León, Guanajuato',
    });
    parties.consignee = await party(DEA, {
      name: 'Laboratorios Farmacéuticos Anáhuac',
      country: 'MX',
      identifiers: { rfc: 'LFA990101AB3' },
      address: 'Calz. de Tlalpan 1000, CDMX',
    });
    parties.hcParty = await party(HC, {
      name: 'Northern Reagents Inc.',
      country: 'CA',
      identifiers: { bn: '123456782RT0001' },
      address: '55 Rue Sherbrooke, Montréal QC',
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  return {
    get t() {
      return t;
    },
    agencies,
    parties,
    today,
    as,
    draftBody,
    draft,
    act,
    ok,
    sent,
    auditActions,
  };
}
