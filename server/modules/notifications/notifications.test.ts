// Pre-export notifications end to end, on every test database: drafting, sending with screening, every
// transition and who may make it, deadlines, expiry, concurrent decisions, audit, visibility and hostile input.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, utcDay } from '../../../core/chemicals/notificationStatus';
import { DATABASE_KINDS } from '../../test/databases';
import { expectFieldErrors, expectProblem, rowCounts } from '../../test/problems';
import { createTestApp, type TestApp, type UserClient } from '../../test/testApp';
import { expireOverdueNotifications } from './commands/expireOverdueNotifications';
import type { NotificationView } from './schemas';

const DEA = 'diversion@dea.demo';
const COFEPRIS = 'reguladora@cofepris.demo';
const HC = 'regulateur@hc.demo';
const COFEPRIS_ANALYST = 'analista@cofepris.example';
const ANALYST_PASSWORD = 'cofepris-analyst-password-1';
const CBZ_PIPERIDONE = 'O=C1CCN(CC1)C(=O)OCc1ccccc1';

describe.each(DATABASE_KINDS)('pre-export notifications on %s', (kind) => {
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

  const draftBody = (overrides: Record<string, unknown> = {}) => ({
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
    const before = await rowCounts(t.db);
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
    expect(await rowCounts(t.db)).toEqual(before);
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

  it('every transition, made only by its side: acknowledge → object → stop, clear → ship', async () => {
    const n = await sent();
    // The exporter never acknowledges, clears or objects; the importer never ships or stops.
    for (const action of ['acknowledge', 'clear']) expectProblem(await act(DEA, n, action), 403, 'forbidden');
    expectProblem(await act(DEA, n, 'object', { reason: 'x' }), 403, 'forbidden');
    expectProblem(await act(COFEPRIS, n, 'stop'), 403, 'forbidden');
    // A reader of the importing authority who is not a regulator cannot act.
    const analystView = await (await as(COFEPRIS_ANALYST)).get(`/api/v1/notifications/${n.id}`);
    expect(analystView.statusCode).toBe(200);
    expect(analystView.json<NotificationView>().actions).toEqual([]);
    expectProblem(await act(COFEPRIS_ANALYST, n, 'clear'), 403, 'forbidden');
    // An agency admin of the exporting authority reads but may not act either.
    expectProblem(await act('admin@dea.demo', n, 'stop'), 403, 'forbidden');

    const acknowledged = await ok(COFEPRIS, n, 'acknowledge');
    expect(acknowledged).toMatchObject({ status: 'acknowledged', version: n.version + 1 });
    expect(acknowledged.acknowledgedAt).not.toBeNull();
    expectProblem(await act(COFEPRIS, n, 'clear'), 409, 'conflict'); // stale version
    expectProblem(await act(COFEPRIS, acknowledged, 'acknowledge'), 409, 'conflict'); // not from acknowledged
    expectFieldErrors(await act(COFEPRIS, acknowledged, 'object'), ['reason']);
    expectFieldErrors(await act(COFEPRIS, acknowledged, 'object', { reason: '   ' }), ['reason']);
    const objected = await ok(COFEPRIS, acknowledged, 'object', {
      reason: 'El consignatario no tiene licencia vigente de COFEPRIS para NPP.',
    });
    expect(objected).toMatchObject({ status: 'objected', actions: [] });
    // The exporter sees the objection and may only stop.
    const exporterSees = (
      await (await as(DEA)).get(`/api/v1/notifications/${n.id}`)
    ).json<NotificationView>();
    expect(exporterSees).toMatchObject({
      status: 'objected',
      objectionReason: 'El consignatario no tiene licencia vigente de COFEPRIS para NPP.',
      actions: ['stop'],
    });
    expectProblem(await act(DEA, objected, 'ship'), 409, 'conflict');
    expectProblem(await act(COFEPRIS, objected, 'clear'), 409, 'conflict');
    const stopped = await ok(DEA, objected, 'stop');
    expect(stopped.status).toBe('stopped');
    expect(stopped.closedAt).not.toBeNull();
    expectProblem(await act(DEA, stopped, 'stop'), 409, 'conflict');

    const m = await sent();
    const cleared = await ok(COFEPRIS, m, 'clear'); // straight from sent
    expect(cleared).toMatchObject({ status: 'cleared', objectionReason: null });
    expectProblem(await act(COFEPRIS, cleared, 'ship'), 403, 'forbidden');
    const shipped = await ok(DEA, cleared, 'ship');
    expect(shipped.status).toBe('shipped');
    expectProblem(await act(DEA, shipped, 'stop'), 409, 'conflict');

    // A draft may be withdrawn.
    const d = await draft();
    expect((await ok(DEA, d, 'stop')).status).toBe('stopped');

    const actionsOf = async (id: string) =>
      (await auditActions(id)).filter((e) => !e.action.endsWith('read')).map((e) => e.action);
    expect(await actionsOf(n.id)).toEqual([
      'export_notification.create',
      'export_notification.send',
      'export_notification.acknowledge',
      'export_notification.object',
      'export_notification.stop',
    ]);
    expect(await actionsOf(m.id)).toEqual([
      'export_notification.create',
      'export_notification.send',
      'export_notification.clear',
      'export_notification.ship',
    ]);
    const objection = await t.db
      .selectFrom('audit_events')
      .select(['details', 'actor_agency_id'])
      .where('record_id', '=', n.id)
      .where('action', '=', 'export_notification.object')
      .executeTakeFirstOrThrow();
    expect(objection.actor_agency_id).toBe(agencies['MX-COFEPRIS']);
    expect(objection.details).toMatchObject({ from: 'acknowledged', to: 'objected' });
  });

  it('two officers deciding at once: exactly one wins, the other gets a conflict', async () => {
    const n = await sent();
    const [a, b] = await Promise.all([
      act(COFEPRIS, n, 'clear'),
      act(COFEPRIS, n, 'object', { reason: 'Ruta inusual' }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses, `${a.body} ${b.body}`).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expectProblem(loser, 409, 'conflict');
    const winner = (a.statusCode === 200 ? a : b).json<NotificationView>();
    const row = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('record_id', '=', n.id)
      .where('action', 'in', ['export_notification.clear', 'export_notification.object'])
      .execute();
    expect(row.map((r) => r.action)).toEqual([
      `export_notification.${winner.status === 'cleared' ? 'clear' : 'object'}`,
    ]);
  });

  it('editing a draft: versions, replaced lines, never after sending', async () => {
    const d = await draft();
    const dea = await as(DEA);
    const edited = await dea.patch(`/api/v1/notifications/${d.id}`, {
      version: d.version,
      pointOfEntry: 'Manzanillo, Colima',
      lines: [{ cas: '39742-60-4', quantity: 1.5, unit: 't' }],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const view = edited.json<NotificationView>();
    expect(view).toMatchObject({ pointOfEntry: 'Manzanillo, Colima', version: 2 });
    expect(view.lines.map((l) => [l.cas, l.quantity, l.unit])).toEqual([['39742-60-4', 1.5, 't']]);
    expectProblem(
      await dea.patch(`/api/v1/notifications/${d.id}`, { version: d.version, reference: 'late' }),
      409,
      'conflict',
    );
    const sentView = await ok(DEA, view, 'send');
    expect(sentView.lines[0]!.screening!.status).toBe('controlled');
    expectProblem(
      await dea.patch(`/api/v1/notifications/${d.id}`, { version: sentView.version, reference: 'late' }),
      409,
      'conflict',
    );
    expectProblem(
      await (
        await as(COFEPRIS)
      ).patch(`/api/v1/notifications/${d.id}`, {
        version: sentView.version,
        reference: 'mine',
      }),
      403,
      'forbidden',
    );
  });

  it('deadlines: 15 days notice unless voluntary; answers due 15 days after sending; overdue marking and filter', async () => {
    const late = await draft({ plannedDispatchDate: addDays(today, 10) });
    const before = await rowCounts(t.db);
    const refused = expectFieldErrors(await act(DEA, late, 'send'), ['plannedDispatchDate']);
    expect(refused.errors![0]!.code).toBe('notice_too_late');
    expect(refused.errors![0]!.message).toContain(addDays(today, -5));
    expect(await rowCounts(t.db)).toEqual(before);

    const voluntary = await draft({
      plannedDispatchDate: addDays(today, 10),
      voluntary: true,
      lines: [{ name: 'Benzyl chloride', quantity: 40, unit: 'kg' }],
    });
    const sentVoluntary = await ok(DEA, voluntary, 'send');
    expect(sentVoluntary).toMatchObject({
      status: 'sent',
      voluntary: true,
      responseDueDate: addDays(today, 9),
    });

    const onTime = await sent({ plannedDispatchDate: addDays(today, 15) });
    expect(onTime.responseDueDate).toBe(addDays(today, 14));

    // Move the due day into the past: overdue while awaiting an answer, not after it.
    await sql`UPDATE export_notifications SET response_due_date = ${addDays(today, -1)}::date WHERE id = ${onTime.id}`.execute(
      t.db,
    );
    const overdue = (
      await (await as(COFEPRIS)).get(`/api/v1/notifications/${onTime.id}`)
    ).json<NotificationView>();
    expect(overdue.overdue).toBe(true);
    const listed = async (query: string) =>
      (await (await as(COFEPRIS)).get(`/api/v1/notifications?box=inbox&limit=200&${query}`))
        .json<{ items: { id: string; overdue: boolean }[] }>()
        .items.map((n) => n.id);
    expect(await listed('overdue=true')).toContain(onTime.id);
    expect(await listed('overdue=true')).not.toContain(sentVoluntary.id);
    expect(await listed('overdue=false')).toContain(sentVoluntary.id);
    expect(await listed('overdue=false')).not.toContain(onTime.id);
    expect(await listed('status=sent')).toEqual(expect.arrayContaining([onTime.id, sentVoluntary.id]));
    const cleared = await ok(COFEPRIS, overdue, 'clear');
    expect(cleared.overdue).toBe(false);
    expect(await listed('status=sent')).not.toContain(onTime.id);
  });

  it('expiry: sent and acknowledged notices whose dispatch date passed expire, audited as the system', async () => {
    const s = await sent();
    const a = await ok(COFEPRIS, await sent(), 'acknowledge');
    const c = await ok(COFEPRIS, await sent(), 'clear');
    const future = await sent();
    const past = addDays(today, -1);
    await sql`UPDATE export_notifications SET planned_dispatch_date = ${past}::date WHERE id IN (${s.id}, ${a.id}, ${c.id})`.execute(
      t.db,
    );
    const expired = await expireOverdueNotifications(t.db);
    expect(expired.sort()).toEqual([s.id, a.id].sort());
    const statusOf = async (id: string) =>
      await t.db
        .selectFrom('audit_events')
        .select('actor_user_id')
        .where('record_id', '=', id)
        .where('action', '=', 'export_notification.expire')
        .execute();
    for (const id of [s.id, a.id]) {
      const view = (await (await as(DEA)).get(`/api/v1/notifications/${id}`)).json<NotificationView>();
      expect(view).toMatchObject({ status: 'expired', overdue: false, actions: [] });
      expect(await statusOf(id)).toEqual([{ actor_user_id: null }]);
    }
    expect((await (await as(DEA)).get(`/api/v1/notifications/${c.id}`)).json<NotificationView>().status).toBe(
      'cleared',
    );
    expect(
      (await (await as(DEA)).get(`/api/v1/notifications/${future.id}`)).json<NotificationView>().status,
    ).toBe('sent');
    expect(await expireOverdueNotifications(t.db)).toEqual([]);
    // With a later "today", the future one expires too.
    expect(await expireOverdueNotifications(t.db, { today: addDays(today, 41) })).toContain(future.id);
    expectProblem(await act(COFEPRIS, { id: s.id, version: 3 }, 'clear'), 409, 'conflict');
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
    const exports = await t.db
      .selectFrom('audit_events')
      .select('actor_agency_id')
      .where('action', '=', 'export_notification.export')
      .execute();
    expect(exports.length).toBeGreaterThanOrEqual(3);
  });

  it('hostile input: problem+json, the bad field named, nothing written', async () => {
    const sample = await sent();
    const dea = await as(DEA);
    const before = await rowCounts(t.db);
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
    expectProblem(await t.anonymous.get('/api/v1/notifications'), 401, 'unauthenticated');
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it('a line that cannot be screened refuses the send and writes nothing', async () => {
    const d = await draft({ lines: [{ smiles: 'C1CC(N', quantity: 1, unit: 'kg' }] });
    const before = await rowCounts(t.db);
    expectFieldErrors(await act(DEA, d, 'send'), ['lines.0.smiles']);
    expect(await rowCounts(t.db)).toEqual(before);
  });
});
