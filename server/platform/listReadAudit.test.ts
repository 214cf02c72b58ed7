// Every list page audits the rows it shows of other agencies' records, one `<type>.list_read` row each, and none of
// the caller's own (auditForeignListReads): checked per list route and per user against the rows the page returned.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTracingDemo } from '../db/seed/seedTracingDemo';
import {
  CBP,
  DEALER,
  INVESTIGATOR,
  TRACER,
  recoveryRecorder,
  userClients,
} from '../modules/traces/testFixtures';
import { DATABASE_KINDS } from '../test/databases';
import { createTestApp, type TestApp } from '../test/testApp';

const LISTS = [
  { url: '/api/v1/recoveries?limit=200', recordType: 'recovery' },
  { url: '/api/v1/traces?limit=200', recordType: 'trace' },
  { url: '/api/v1/firearms/multiple-sales', recordType: 'multiple_sales' },
  { url: '/api/v1/lost-stolen?limit=200', recordType: 'lost_stolen' },
  { url: '/api/v1/alerts?limit=200', recordType: 'alert' },
];
const USERS = [INVESTIGATOR, CBP, TRACER, DEALER];

describe.each(DATABASE_KINDS)('list pages audit other agencies’ rows on %s', (kind) => {
  let t: TestApp;
  const as = userClients(() => t);
  beforeAll(async () => {
    t = await createTestApp(kind);
    await seedTracingDemo(t.db);
    // Records of one agency shared with the partners, so each list shows some rows of another agency.
    const record = recoveryRecorder(as, `LRA-${kind}`);
    await record({ serial: 'LRA1001', distribution: 'partners' }, CBP);
    const traced = await record({ serial: 'LRA1002', distribution: 'partners' });
    const trace = await (
      await as(INVESTIGATOR)
    ).post('/api/v1/traces', {
      recoveryId: traced,
      priority: 'routine',
      distribution: 'partners',
      tlp: 'GREEN',
    });
    expect(trace.statusCode, trace.body).toBe(201);
    const report = await (
      await as(CBP)
    ).post('/api/v1/firearms/multiple-sales', {
      form: 'handguns',
      dealer: { licence: '5-99-000-01-0X-00000', name: 'Sunbelt Pawn', state: 'AZ' },
      purchaser: { name: 'Robert Lee Straw', birthDate: '1988-04-12', address: '12 Elm St, Laredo TX' },
      firearms: ['LRA2001', 'LRA2002'].map((serial) => ({
        make: 'Glock',
        model: 'G19',
        caliber: '9mm',
        type: 'P',
        serial,
        soldOn: '2023-06-01',
      })),
      distribution: 'partners',
      tlp: 'GREEN',
    });
    expect(report.statusCode, report.body).toBe(201);
  });
  afterAll(() => t?.close());

  it('each list, as each user: exactly the other agencies’ rows shown', async () => {
    const foreignShown = new Map(LISTS.map((l) => [l.recordType, 0]));
    for (const email of USERS) {
      const client = await as(email);
      const agencyId = (await client.get('/api/v1/session')).json<{ agency: { id: string } }>().agency.id;
      for (const { url, recordType } of LISTS) {
        const response = await client.get(url);
        if (response.statusCode === 403) continue; // a list this role may not open shows (and audits) nothing
        expect(response.statusCode, `${email} ${url}: ${response.body}`).toBe(200);
        const items = response.json<{ items: { id: string; ownerAgency: { id: string } }[] }>().items;
        const foreign = items.filter((i) => i.ownerAgency.id !== agencyId).map((i) => i.id);
        const audited = await sql<{ action: string; record_type: string; record_id: string }>`
          SELECT action, record_type, record_id FROM audit_events
          WHERE request_id = ${String(response.headers['x-request-id'])}`.execute(t.db);
        expect(audited.rows.map((r) => r.record_id).sort(), `${email} ${url}`).toEqual(foreign.sort());
        for (const row of audited.rows)
          expect(row, url).toMatchObject({ action: `${recordType}.list_read`, record_type: recordType });
        foreignShown.set(recordType, foreignShown.get(recordType)! + foreign.length);
      }
    }
    // Some user saw another agency's rows in every list: otherwise this test would check nothing there.
    for (const [recordType, shown] of foreignShown) expect(shown, recordType).toBeGreaterThan(0);
  });
});
