// Pre-export notifications, on every test database: hostile input (problem+json, the bad field named,
// nothing written), parties, screening on send, and who may see a notice, its lists and its CSV export.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../core/chemicals/notificationStatus';
import { DATABASE_KINDS } from '../../test/databases';
import { expectFieldErrors, expectProblem, rowCounts } from '../../test/problems';
import type { NotificationView } from './schemas';
import { COFEPRIS, DEA, HC, useNotificationsWorld } from './testWorld';

describe.each(DATABASE_KINDS)('pre-export notifications on %s', (kind) => {
  const world = useNotificationsWorld(kind);
  const { agencies, parties, today, as, act, ok, draft, draftBody, sent, auditActions } = world;

  it('parties: identifiers checked and normalised, reused within the authority only', async () => {
    const dea = await as(DEA);
    const listed = (await dea.get('/api/v1/parties')).json<{
      items: { id: string; name: string; identifiers: Record<string, string> }[];
    }>().items;
    expect(listed.map((p) => p.id).sort()).toEqual(
      [parties.exporter, parties.importer, parties.consignee].sort(),
    );
    expect(listed.find((p) => p.id === parties.exporter)!.identifiers).toEqual({ ein: '74-1234567' });
    expect(listed.find((p) => p.id === parties.importer)!.identifiers).toEqual({ rfc: 'QIB0103158K2' });
    expect((await dea.get('/api/v1/parties?q=bajío')).json<{ items: unknown[] }>().items).toHaveLength(1);
    expect(
      (await (await as(HC)).get('/api/v1/parties'))
        .json<{ items: { id: string }[] }>()
        .items.map((p) => p.id),
    ).toEqual([parties.hcParty]);

    const fgrAnalyst = await as('analista@fgr.demo');
    const before = await rowCounts(world.t.db);
    const bad = (identifiers: Record<string, string>) =>
      dea.post('/api/v1/parties', { name: 'X', country: 'MX', identifiers, address: 'Somewhere' });
    expectFieldErrors(await bad({ rfc: 'QIB011358K2' }), ['identifiers.rfc']); // month 13
    expectFieldErrors(await bad({ ein: '00-1234567' }), ['identifiers.ein']);
    expectFieldErrors(await bad({ bn: '123456789' }), ['identifiers.bn']); // Luhn fails
    expectFieldErrors(await bad({ vat: 'X' }), ['identifiers.vat']);
    expectProblem(
      await fgrAnalyst.post('/api/v1/parties', {
        name: 'X',
        country: 'MX',
        address: 'Y',
      }),
      403,
      'forbidden',
    );
    expect(await rowCounts(world.t.db)).toEqual(before);
  });

  it('send screens every line; both authorities see the findings; nobody else sees the notice', async () => {
    const created = await draft();
    expect(created).toMatchObject({
      status: 'draft',
      side: 'exporter',
      exportingAgency: { code: 'US-DEA' },
      importingAgency: { code: 'MX-COFEPRIS' },
      sendBy: addDays(today, 25),
      responseDueDate: null,
      overdue: false,
      exporter: { name: 'Gulf Coast Fine Chemicals LLC' },
      consignee: { identifiers: { rfc: 'LFA990101AB3' } },
    });
    expect(created.actions.sort()).toEqual(['edit', 'send', 'stop']);
    expect(created.lines.map((l) => l.screening)).toEqual([null, null, null]);
    // A draft is the exporter's alone.
    expectProblem(await (await as(COFEPRIS)).get(`/api/v1/notifications/${created.id}`), 404, 'not-found');

    const sentView = await ok(DEA, created, 'send');
    expect(sentView).toMatchObject({ status: 'sent', responseDueDate: addDays(today, 15), version: 2 });
    expect(sentView.screeningSummary).toEqual({
      controlled: 1,
      suspectedDesignerPrecursor: 1,
      unresolved: 0,
      clear: 1,
    });

    const seen = await (await as(COFEPRIS)).get(`/api/v1/notifications/${created.id}`);
    expect(seen.statusCode, seen.body).toBe(200);
    const importerView = seen.json<NotificationView>();
    expect(importerView.side).toBe('importer');
    expect(importerView.actions.sort()).toEqual(['acknowledge', 'clear', 'object']);
    for (const view of [sentView, importerView]) {
      const [npp, cbz, acetone] = view.lines;
      expect(npp!.screening!.status).toBe('controlled');
      expect(npp!.screening!.findings[0]!.parent.id).toBe('npp');
      expect(cbz!.screening!.status).toBe('suspected_designer_precursor');
      expect(cbz!.screening!.findings.map((f) => f.parent.id)).toContain('4piperidone');
      expect(acetone!.screening!.status).toBe('clear');
      expect(npp!.screenedAt).not.toBeNull();
    }
    expect(importerView.lines).toEqual(sentView.lines);

    // A third country's regulator, another Mexican agency and the US customs: not found, not listed.
    for (const email of [HC, 'analista@fgr.demo', 'officer@cbp.demo', 'auditora@fgr.demo']) {
      expectProblem(await (await as(email)).get(`/api/v1/notifications/${created.id}`), 404, 'not-found');
      const list = await (await as(email)).get('/api/v1/notifications?limit=200');
      expect(
        list.json<{ items: { id: string }[] }>().items.map((n) => n.id),
        email,
      ).not.toContain(created.id);
      expectProblem(await act(email, sentView, 'acknowledge'), 404, 'not-found');
    }

    const ids = async (email: string, query: string) =>
      (await (await as(email)).get(`/api/v1/notifications?${query}`))
        .json<{ items: { id: string }[] }>()
        .items.map((n) => n.id);
    expect(await ids(COFEPRIS, 'box=inbox&limit=200')).toContain(created.id);
    expect(await ids(COFEPRIS, 'box=outbox&limit=200')).not.toContain(created.id);
    expect(await ids(DEA, 'box=outbox&limit=200')).toContain(created.id);
    expect(await ids(DEA, 'box=inbox&limit=200')).not.toContain(created.id);

    // Reads by the importing side are audited, with its agency.
    const trail = await auditActions(created.id);
    expect(trail.map((e) => e.action)).toEqual(
      expect.arrayContaining(['export_notification.create', 'export_notification.send']),
    );
    expect(trail).toContainEqual({ action: 'export_notification.read', agency: agencies['MX-COFEPRIS'] });
    expect(trail).toContainEqual({
      action: 'export_notification.list_read',
      agency: agencies['MX-COFEPRIS'],
    });
  });

  it('lists page by cursor; CSV export respects sharing and TLP', async () => {
    const red = await sent({ tlp: 'RED', reference: 'RED-ONE' });
    const amber = await sent({ reference: 'AMBER-ONE' });
    const first = await (await as(DEA)).get('/api/v1/notifications?box=outbox&limit=1');
    const page1 = first.json<{ items: { id: string }[]; nextCursor: string | null }>();
    expect(page1.items).toHaveLength(1);
    const second = (
      await (await as(DEA)).get(`/api/v1/notifications?box=outbox&limit=1&cursor=${page1.nextCursor}`)
    ).json<{ items: { id: string }[] }>();
    expect(second.items[0]!.id).not.toBe(page1.items[0]!.id);

    const csv = async (email: string) => {
      const response = await (await as(email)).get('/api/v1/notifications/export.csv');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv/);
      return response.body;
    };
    const deaCsv = await csv(DEA);
    expect(deaCsv).toContain(red.id);
    expect(deaCsv).toContain(amber.id);
    expect(deaCsv.split('\r\n')[0]).toContain('screening_status');
    expect(deaCsv).toContain('suspected_designer_precursor');
    const mxCsv = await csv(COFEPRIS);
    expect(mxCsv).toContain(amber.id);
    expect(mxCsv).not.toContain(red.id); // TLP:RED leaves only the owner
    expect((await (await as(COFEPRIS)).get(`/api/v1/notifications/${red.id}`)).statusCode).toBe(200);
    const hcCsv = await csv(HC);
    expect(hcCsv).not.toContain(amber.id);
    const exports = await world.t.db
      .selectFrom('audit_events')
      .select('actor_agency_id')
      .where('action', '=', 'export_notification.export')
      .execute();
    expect(exports.length).toBeGreaterThanOrEqual(3);
  });

  it('hostile input: problem+json, the bad field named, nothing written', async () => {
    const sample = await sent();
    const dea = await as(DEA);
    const before = await rowCounts(world.t.db);
    const line = { chemicalId: 'npp', quantity: 1, unit: 'kg' };
    expectProblem(
      await dea.request('POST', '/api/v1/notifications', '{"importingAgencyId": ', {
        'content-type': 'application/json',
      }),
      400,
      'malformed-json',
    );
    expectFieldErrors(await dea.post('/api/v1/notifications', draftBody({ sneaky: true })), ['sneaky']);
    expectFieldErrors(
      await dea.post('/api/v1/notifications', draftBody({ lines: [{ ...line, quantity: -3 }] })),
      ['lines.0.quantity'],
    );
    expectFieldErrors(
      await dea.post('/api/v1/notifications', draftBody({ lines: [{ ...line, quantity: 0 }] })),
      ['lines.0.quantity'],
    );
    const absurd = expectFieldErrors(
      await dea.post('/api/v1/notifications', draftBody({ lines: [{ ...line, quantity: 1e9, unit: 't' }] })),
      ['lines.0.quantity'],
    );
    expect(absurd.errors![0]!.code).toBe('quantity_absurd');
    expectFieldErrors(
      await dea.post('/api/v1/notifications', draftBody({ lines: [{ ...line, unit: 'lb' }] })),
      ['lines.0.unit'],
    );
    expectFieldErrors(
      await dea.post('/api/v1/notifications', draftBody({ lines: [{ ...line, quantity: '12' }] })),
      ['lines.0.quantity'],
    );
    expectFieldErrors(
      await dea.post('/api/v1/notifications', draftBody({ lines: [{ ...line, name: 'NPP' }] })),
      ['lines.0.name'],
    );
    expectFieldErrors(await dea.post('/api/v1/notifications', draftBody({ lines: [] })), ['lines']);
    expectFieldErrors(
      await dea.post(
        '/api/v1/notifications',
        draftBody({ lines: [{ cas: '39742-60-5', quantity: 1, unit: 'kg' }] }),
      ),
      ['lines.0.cas'],
    );
    expectFieldErrors(
      await dea.post(
        '/api/v1/notifications',
        draftBody({ lines: [{ chemicalId: 'no-such', quantity: 1, unit: 'kg' }] }),
      ),
      ['lines.0.chemicalId'],
    );
    // Not a foreign competent authority: own country, or an agency without regulators.
    for (const code of ['US-CBP', 'MX-FGR', 'US-DEA'])
      expectFieldErrors(
        await dea.post('/api/v1/notifications', draftBody({ importingAgencyId: agencies[code] })),
        ['importingAgencyId'],
      );
    // Another authority's party.
    expectFieldErrors(
      await dea.post('/api/v1/notifications', draftBody({ consigneePartyId: parties.hcParty })),
      ['consigneePartyId'],
    );
    expectFieldErrors(await dea.post('/api/v1/notifications', draftBody({ plannedDispatchDate: today })), [
      'plannedDispatchDate',
    ]);
    expectFieldErrors(
      await dea.post('/api/v1/notifications', draftBody({ plannedDispatchDate: '2026-02-30' })),
      ['plannedDispatchDate'],
    );
    // Another agency's notification id, and ids that are not ids.
    const hc = await as(HC);
    expectProblem(
      await hc.patch(`/api/v1/notifications/${sample.id}`, { version: 2, reference: 'x' }),
      404,
      'not-found',
    );
    expectProblem(
      await hc.post(`/api/v1/notifications/${sample.id}/object`, { version: 2, reason: 'x' }),
      404,
      'not-found',
    );
    expectFieldErrors(await hc.get('/api/v1/notifications/not-a-uuid'), ['params.id']);
    expectFieldErrors(await hc.get('/api/v1/notifications?box=everything'), ['querystring.box']);
    expectFieldErrors(await dea.post(`/api/v1/notifications/${sample.id}/stop`, { version: 2, extra: 1 }), [
      'extra',
    ]);
    expectFieldErrors(await dea.post(`/api/v1/notifications/${sample.id}/stop`, {}), ['version']);
    expectProblem(await world.t.anonymous.get('/api/v1/notifications'), 401, 'unauthenticated');
    expect(await rowCounts(world.t.db)).toEqual(before);
  });

  it('a line that cannot be screened refuses the send and writes nothing', async () => {
    const d = await draft({ lines: [{ smiles: 'C1CC(N', quantity: 1, unit: 'kg' }] });
    const before = await rowCounts(world.t.db);
    expectFieldErrors(await act(DEA, d, 'send'), ['lines.0.smiles']);
    expect(await rowCounts(world.t.db)).toEqual(before);
  });
});
