// Traces through the distribution chain on every test database: connected and unconnected holders, every way a
// trace ends, partly restored serials, sharing of results, NO REGISTRY and hostile input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../db/seed/demoData';
import { seedTracingDemo } from '../../db/seed/seedTracingDemo';
import { DATABASE_KINDS } from '../../test/databases';
import { expectFieldErrors, expectProblem, rowCounts } from '../../test/problems';
import { createTestApp, type TestApp } from '../../test/testApp';
import {
  ANALYST,
  ANAM,
  CBP,
  CONNECTED_DEALER,
  DEALER,
  DEALER_ROWS,
  HEADER,
  INVESTIGATOR,
  MAKER,
  MAKER_ROWS,
  SENTINELS,
  TRACER,
  type Trace,
  userClients,
  WHOLESALER,
  WHOLESALER_ROWS,
  recoveryRecorder,
} from './testFixtures';

describe.each(DATABASE_KINDS)('traces on %s', (kind) => {
  let t: TestApp;
  const as = userClients(() => t);
  const recover = recoveryRecorder(as, 'FGE/SON/TR');
  const trace = async (recoveryId: string, extra: Record<string, unknown> = {}, who = INVESTIGATOR) => {
    const response = await (
      await as(who)
    ).post('/api/v1/traces', { recoveryId, priority: 'routine', ...extra });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Trace>();
  };
  const read = async (who: string, id: string) => (await as(who)).get(`/api/v1/traces/${id}`);
  const upload = async (who: string, text: string | Buffer, query = '') => {
    const client = await as(who);
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/holder/ad-records/import${query}`,
      headers: { cookie: client.cookie!, 'x-csrf-token': client.csrfToken!, 'content-type': 'text/csv' },
      payload: text,
    });
  };
  const inbox = async (who: string) =>
    (await (await as(who)).get('/api/v1/holder/inbox')).json<{
      items: { id: string; state: string; firearm: { serial: string } }[];
    }>().items;
  const agencyId = async (code: string) =>
    (await t.db.selectFrom('agencies').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
  const ids = { connected: '', partly: '', hop: '' };

  beforeAll(async () => {
    t = await createTestApp(kind);
    await seedTracingDemo(t.db);
    for (const [who, rows] of [
      [MAKER, MAKER_ROWS],
      [WHOLESALER, WHOLESALER_ROWS],
      [CONNECTED_DEALER, DEALER_ROWS],
    ] as const) {
      const response = await upload(who, [HEADER, ...rows].join('\r\n'));
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json<{ inserted: number; rejected: number }>()).toMatchObject({
        inserted: rows.length,
        rejected: 0,
      });
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a fully connected chain completes at once, with TTC and indicators, and every lookup is audited for its holder', async () => {
    const recoveryId = await recover({ serial: 'AAA1001' });
    const before = await t.db
      .selectFrom('audit_events')
      .select(['owner_agency_id'])
      .where('action', '=', 'ad_record.lookup')
      .execute();
    const body = await trace(recoveryId);
    ids.connected = body.id;
    expect(body.status).toBe('completed');
    expect(body.hops.map((h) => [h.holder.name, h.answeredBy])).toEqual([
      ['Glock, Inc.', 'records'],
      ['Gulf Coast Firearms Distributors', 'records'],
      ['Rio Grande Outfitters', 'records'],
    ]);
    const result = body.result!;
    expect(result.dealer).toMatchObject({ name: 'Rio Grande Outfitters', usState: 'TX' });
    expect(result.purchaser).toMatchObject({
      name: 'Robert Lee Straw',
      birthDate: '1988-04-12',
      masked: false,
    });
    expect(result.purchaseDate).toBe('2023-06-01');
    expect(result.timeToCrime).toMatchObject({ days: 274, band: 'strong' });
    expect(result.custody.map((c) => c.name)).toHaveLength(3);
    const codes = Object.fromEntries(result.indicators.map((i) => [i.code, i]));
    expect(codes.short_ttc?.strength).toBe('strong');
    expect(codes.border_state_to_mexico?.message).toContain('TX');
    expect(codes.purchaser_not_possessor).toBeDefined();
    // Spanish for the Mexican investigator.
    expect(codes.short_ttc?.message).toMatch(/días/);
    const after = await t.db
      .selectFrom('audit_events')
      .select(['owner_agency_id'])
      .where('action', '=', 'ad_record.lookup')
      .execute();
    expect(after.length - before.length).toBe(3);
    const holderAgencies = await Promise.all(
      ['US-RH-GLOCK', 'US-RH-GULFCOAST', 'US-RH-RIOGRANDE'].map(agencyId),
    );
    expect(
      after
        .slice(-3)
        .map((r) => r.owner_agency_id)
        .sort(),
    ).toEqual([...holderAgencies].sort());
    const lookups = (await (await as(CONNECTED_DEALER)).get('/api/v1/holder/lookups')).json<{
      items: { traceId: string; askedBy: string }[];
    }>();
    expect(lookups.items).toContainEqual(
      expect.objectContaining({ traceId: body.id, askedBy: 'MX-FGE-SON' }),
    );
    // The CSV result is formula-safe and names the dealer.
    const csv = await (await as(INVESTIGATOR)).get(`/api/v1/traces/${body.id}/result.csv`);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.body).toContain('Rio Grande Outfitters');
    expect(csv.body).toContain('short_ttc');
  });

  it('a partly connected chain waits in the dealer inbox, and resumes when the dealer answers', async () => {
    const recoveryId = await recover({ serial: 'AAA1002', possessor: null });
    const body = await trace(recoveryId, {
      priority: 'urgent',
      justification: 'Homicide, suspect in custody',
    });
    ids.partly = body.id;
    expect(body.status).toBe('awaiting_record_holder');
    expect(body.awaiting!.holder.name).toBe('Border Guns & Ammo');
    expect(Date.parse(body.awaiting!.dueAt) - Date.parse(body.awaiting!.since)).toBe(24 * 3_600_000);
    const queue = (await (await as(TRACER)).get('/api/v1/traces/queue')).json<{ items: { id: string }[] }>();
    expect(queue.items[0]!.id).toBe(body.id); // urgent first
    const items = await inbox(DEALER);
    const hop = items.find((i) => i.state === 'open')!;
    ids.hop = hop.id;
    expect(hop.firearm.serial).toBeTruthy();
    expect(JSON.stringify(items)).not.toContain('Pérez');
    expect(await inbox(CONNECTED_DEALER)).toEqual([]);
    // Only the holder the hop asks may answer; a date after the recovery is refused; nothing is written.
    const counts = await rowCounts(t.db);
    const answer = {
      date: '2023-03-02',
      soldTo: { purchaser: { name: '=HYPERLINK("x")&Carla Ruiz', birthDate: '1985-01-01' } },
    };
    expectProblem(
      await (await as(CONNECTED_DEALER)).post(`/api/v1/holder/hops/${hop.id}/answer`, answer),
      404,
      'not-found',
    );
    expectProblem(
      await (await as(INVESTIGATOR)).post(`/api/v1/holder/hops/${hop.id}/answer`, answer),
      403,
      'forbidden',
    );
    expectFieldErrors(
      await (
        await as(DEALER)
      ).post(`/api/v1/holder/hops/${hop.id}/answer`, { ...answer, date: '2024-05-01' }),
      ['date'],
    );
    expectFieldErrors(
      await (
        await as(DEALER)
      ).post(`/api/v1/holder/hops/${hop.id}/answer`, {
        date: '2023-03-02',
        soldTo: { licence: 'NO-SUCH-1' },
      }),
      ['soldTo.licence'],
    );
    // Answers the chain contradicts are refused at their field, since an accepted answer is final: a sale before the
    // dealer acquired the gun, a transfer to its own licence (a loop), a purchaser under 18 at the sale.
    const refused = async (body: unknown, field: string) =>
      expectFieldErrors(await (await as(DEALER)).post(`/api/v1/holder/hops/${hop.id}/answer`, body), [
        field,
      ]).errors!.find((e) => e.field === field)!.code;
    expect(await refused({ ...answer, date: '1990-01-01' }, 'date')).toBe('date_before_acquired');
    const { licence_number: ownLicence } = await t.db
      .selectFrom('record_holders')
      .select('licence_number')
      .where('name', '=', 'Border Guns & Ammo')
      .executeTakeFirstOrThrow();
    expect(await refused({ date: '2023-03-02', soldTo: { licence: ownLicence } }, 'soldTo.licence')).toBe(
      'transfer_to_own_licence',
    );
    expect(
      await refused(
        { date: '2023-03-02', soldTo: { purchaser: { name: 'Ana Ruiz', birthDate: '2005-03-03' } } },
        'soldTo.purchaser.birthDate',
      ),
    ).toBe('purchaser_under_age');
    // An empty form names each empty field, not one "invalid" for the whole body.
    const empty = expectFieldErrors(
      await (
        await as(DEALER)
      ).post(`/api/v1/holder/hops/${hop.id}/answer`, {
        date: '',
        soldTo: { purchaser: { name: '' } },
      }),
      ['date', 'soldTo.purchaser.name'],
    );
    expect(empty.errors!.map((e) => e.field)).not.toContain('');
    expect(await rowCounts(t.db)).toEqual(counts);
    const ok = await (await as(DEALER)).post(`/api/v1/holder/hops/${hop.id}/answer`, answer);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toEqual({ traceStatus: 'completed' });
    const again = (language: string) =>
      as(DEALER).then((dealer) =>
        dealer.post(`/api/v1/holder/hops/${hop.id}/answer`, answer, { 'accept-language': language }),
      );
    expect(expectProblem(await again('en'), 409, 'conflict').detail).toBe(
      'This hop has already been answered.',
    );
    expect(expectProblem(await again('es'), 409, 'conflict').detail).toBe('Este paso ya fue respondido.');
    const done = (await read(INVESTIGATOR, body.id)).json<Trace>();
    expect(done.status).toBe('completed');
    expect(done.result!.dealer.name).toBe('Border Guns & Ammo');
    expect(done.result!.timeToCrime.band).toBe('strong');
    const csv = await (await as(INVESTIGATOR)).get(`/api/v1/traces/${body.id}/result.csv`);
    expect(csv.body).toContain(`"'=HYPERLINK(""x"")&Carla Ruiz"`);
  });

  it('not in my records, pre-1968, loops, out of business, conflicting records, recovery before sale: each a reason', async () => {
    const broken = await trace(await recover({ serial: 'AAA1003' }));
    const hop = (await inbox(DEALER)).find((i) => i.state === 'open')!;
    expect(
      (await (await as(DEALER)).post(`/api/v1/holder/hops/${hop.id}/answer`, { notInRecords: true })).json(),
    ).toEqual({
      traceStatus: 'not_traceable',
    });
    const b = (await read(INVESTIGATOR, broken.id)).json<Trace>();
    expect(b.reason).toMatchObject({ code: 'broken_chain' });
    expect(b.reason!.message.length).toBeGreaterThan(10);

    const old = await trace(await recover({ serial: 'OLD1965' }), { manufactureYear: 1965 });
    expect(old).toMatchObject({ status: 'not_traceable', reason: { code: 'pre_1968' }, hops: [] });
    const unknownSerial = await trace(await recover({ serial: 'QQQ0000' }));
    expect(unknownSerial.reason?.code).toBe('serial_not_found');
    const loop = await trace(await recover({ serial: 'LOOP001' }));
    expect(loop.reason?.code).toBe('loop_in_records');
    const late = await trace(await recover({ serial: 'LATE001' }));
    expect(late).toMatchObject({ status: 'not_traceable', reason: { code: 'request_error' } });
    expect(late.reason!.params).toMatchObject({ problem: 'recovery_before_sale', saleDate: '2024-06-01' });
    expect(late.result).toBeNull();
    const closed = await trace(await recover({ serial: 'OOB0001' }));
    expect(closed.reason?.code).toBe('holder_out_of_business');
    const conflicting = await trace(await recover({ serial: 'CONF001' }));
    expect(conflicting.reason).toMatchObject({ code: 'conflicting_records', params: { count: 2 } });
    const foreign = await trace(await recover({ serial: 'FOR0001', countryOfManufacture: 'AT' }));
    expect(foreign.reason?.code).toBe('foreign_origin');
  });

  it('a partly restored serial proposes candidates to the tracing officer only, who confirms one; the walk follows', async () => {
    const recoveryId = await recover({ serial: 'ABC??34', serialState: 'partly_restored' });
    const body = await trace(recoveryId);
    expect(body.status).toBe('submitted');
    expect(body.candidates).toEqual({ state: 'pending', items: [] });
    const seen = (await read(TRACER, body.id)).json<Trace>();
    expect(seen.candidates.items.map((c) => c.model)).toEqual(['G19']); // the G17 does not fit the model
    expectProblem(
      await (
        await as(INVESTIGATOR)
      ).post(`/api/v1/traces/${body.id}/confirm-candidate`, { serial: 'ABC1234' }),
      403,
      'forbidden',
    );
    expectFieldErrors(
      await (await as(TRACER)).post(`/api/v1/traces/${body.id}/confirm-candidate`, { serial: 'ABC5634' }),
      ['serial'],
    );
    const confirmed = await (
      await as(TRACER)
    ).post(`/api/v1/traces/${body.id}/confirm-candidate`, {
      serial: 'ABC1234',
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const result = confirmed.json<Trace>();
    expect(result.status).toBe('completed');
    expect(result.result!.indicators.map((i) => i.code)).toContain('obliterated_serial');
    expectProblem(
      await (await as(TRACER)).post(`/api/v1/traces/${body.id}/confirm-candidate`, { serial: 'ABC1234' }),
      409,
      'conflict',
    );
  });

  it('sharing: requester reads; others per distribution; analysts see the purchaser masked; holders see no trace', async () => {
    // ids.connected is distributed to the agency only.
    expectProblem(await read(ANALYST, ids.connected), 404, 'not-found');
    expectProblem(await read(ANAM, ids.connected), 404, 'not-found');
    expect((await read(TRACER, ids.connected)).statusCode).toBe(200); // the centre it was routed to
    const shared = await trace(await recover({ serial: 'AAA1001', caseNumber: 'FGE/SON/SHARED' }), {
      distribution: 'country',
    });
    expect(shared.status).toBe('completed');
    const analyst = (await read(ANALYST, shared.id)).json<Trace>();
    expect(analyst.result!.purchaser).toEqual({ name: null, birthDate: null, address: null, masked: true });
    const csv = await (await as(ANALYST)).get(`/api/v1/traces/${shared.id}/result.csv`);
    expect(csv.body).not.toContain('Robert Lee Straw');
    expect((await read(ANAM, shared.id)).json<Trace>().result!.purchaser.name).toBe('Robert Lee Straw');
    expectProblem(await read(CBP, shared.id), 404, 'not-found');
    const list = (await (await as(ANALYST)).get('/api/v1/traces')).json<{ items: { id: string }[] }>();
    expect(list.items.map((i) => i.id)).toEqual([shared.id]);
    for (const holder of [DEALER, CONNECTED_DEALER, MAKER]) {
      expectProblem(await read(holder, shared.id), 404, 'not-found');
      expect((await (await as(holder)).get('/api/v1/traces')).json<{ items: unknown[] }>().items).toEqual([]);
    }
    // The purchaser's other traced gun now counts for the indicator.
    expect(shared.result!.indicators.map((i) => i.code)).toContain('purchaser_multiple_traces');
    expectProblem(await (await as(INVESTIGATOR)).get('/api/v1/holder/inbox'), 403, 'forbidden');
    expectProblem(await (await as(ANALYST)).get('/api/v1/traces/queue'), 403, 'forbidden');
  });

  it('serial search finds traces: readable per distribution, otherwise "a match exists"; holders learn nothing', async () => {
    const serial = 'TRS5150';
    const shared = await trace(await recover({ serial, caseNumber: 'FGE/SON/SERIAL/1' }), {
      distribution: 'country',
    });
    const own = await trace(await recover({ serial, caseNumber: 'FGE/SON/SERIAL/2' }));
    type Search = {
      matches: { recordType: string; id: string; serial: string | null }[];
      hidden: { recordType: string; recordId: string; ownerAgency: { code: string } }[];
    };
    const search = async (who: string, q: string, mode = 'exact') =>
      (
        await (await as(who)).get(`/api/v1/serials/search?q=${encodeURIComponent(q)}&mode=${mode}`)
      ).json<Search>();
    const analyst = await search(ANALYST, serial);
    expect(analyst.matches.filter((m) => m.recordType === 'trace').map((m) => m.id)).toEqual([shared.id]);
    expect(analyst.hidden.filter((h) => h.recordType === 'trace').map((h) => h.recordId)).toEqual([own.id]);
    // Look-alike folding and obliterated characters reach traces too.
    expect((await search(ANALYST, 'trs-5I50', 'normalized')).matches.map((m) => m.id)).toContain(shared.id);
    expect((await search(ANALYST, 'TRS??50', 'wildcard')).matches.map((m) => m.id)).toContain(shared.id);
    const requester = await search(INVESTIGATOR, serial);
    expect(
      requester.matches
        .filter((m) => m.recordType === 'trace')
        .map((m) => m.id)
        .sort(),
    ).toEqual([shared.id, own.id].sort());
    const holder = await (await as(DEALER)).get(`/api/v1/serials/search?q=${serial}&mode=exact`);
    if (holder.statusCode === 200) {
      expect(holder.json<Search>().matches).toEqual([]);
      expect(holder.json<Search>().hidden).toEqual([]);
    } else expectProblem(holder, 403, 'forbidden');
  });

  it('NO REGISTRY: no route, as any user, returns A&D records outside a trace hop', async () => {
    const spec = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const getPaths = Object.entries(spec.paths)
      .filter(([, ops]) => 'get' in ops)
      .map(([path]) => path);
    expect(getPaths).toContain('/api/v1/traces/{id}');
    const idsFor = [ids.connected, ids.hop];
    const users = [...DEMO_USERS.map((u) => u.email), MAKER, WHOLESALER, DEALER, CONNECTED_DEALER];
    let requests = 0;
    const urlsOf = (path: string): string[] => {
      if (path.includes('{'))
        // Trace and hop paths get both ids; any other id path one (no id of any kind reaches an A&D row).
        return (/trace|hop/.test(path) ? idsFor : idsFor.slice(0, 1)).map((id) =>
          path.replace(/\{[^}]+\}/g, id),
        );
      if (path.endsWith('/serials/search'))
        return ['?q=NOREG99', '?q=NOREG99&mode=fuzzy', '?q=NOREG99*&mode=wildcard'].map((q) => path + q);
      if (path.includes('search')) return ['?q=NOREG99', '?q=Registrych'].map((q) => path + q);
      return [path];
    };
    // Users in parallel (PostgreSQL has a pool; PGlite queues them): the sweep is ~1,000 requests.
    await Promise.all(
      users.map(async (email) => {
        const client = await as(email);
        for (const path of getPaths)
          for (const url of urlsOf(path)) {
            const response = await client.get(url);
            requests += 1;
            for (const s of SENTINELS) expect(response.body, `${email} GET ${url}`).not.toContain(s);
          }
      }),
    );
    expect(requests).toBeGreaterThan(users.length * 20);
    // The holder's own import answers with a summary only, and a re-upload changes nothing.
    const again = await upload(CONNECTED_DEALER, [HEADER, ...DEALER_ROWS].join('\n'));
    expect(again.json()).toMatchObject({ inserted: 0, unchanged: DEALER_ROWS.length, rejected: 0 });
    for (const s of SENTINELS) expect(again.body).not.toContain(s);
  });

  it('hostile input: problem+json and nothing written', async () => {
    const recoveryId = await recover({ serial: 'HOS0001' });
    const counts = await rowCounts(t.db);
    const client = await as(INVESTIGATOR);
    expectFieldErrors(await client.post('/api/v1/traces', { recoveryId, priority: 'urgent' }), [
      'justification',
    ]);
    expectFieldErrors(await client.post('/api/v1/traces', { recoveryId, priority: 'soon' }), ['priority']);
    expectFieldErrors(await client.post('/api/v1/traces', { recoveryId: 'x', priority: 'routine' }), [
      'recoveryId',
    ]);
    expectFieldErrors(await client.post('/api/v1/traces', { recoveryId, priority: 'routine', sql: 1 }), [
      'sql',
    ]);
    expectProblem(
      await client.post('/api/v1/traces', {
        recoveryId: '00000000-0000-4000-8000-000000000000',
        priority: 'routine',
      }),
      404,
      'not-found',
    );
    expectProblem(
      await (await as(ANALYST)).post('/api/v1/traces', { recoveryId, priority: 'routine' }),
      403,
      'forbidden',
    );
    expectProblem(
      await (await as(CBP)).post('/api/v1/traces', { recoveryId, priority: 'routine' }),
      404,
      'not-found',
    );
    expectProblem(await t.anonymous.get('/api/v1/traces'), 401, 'unauthenticated');
    expectProblem(await client.get('/api/v1/traces/not-a-uuid'), 422, 'validation');
    expectProblem(await upload(INVESTIGATOR, `${HEADER}\r\n${DEALER_ROWS[0]}`), 403, 'forbidden');
    expectFieldErrors(await upload(CONNECTED_DEALER, 'make,serial\r\nGlock,X1'), [
      'disposition',
      'disposed_on',
    ]);
    expectFieldErrors(await upload(CONNECTED_DEALER, HEADER), ['file']);
    expectFieldErrors(
      await upload(CONNECTED_DEALER, `${HEADER}\r\n${DEALER_ROWS[0]}`, '?licence=5-74-479-01-7C-02288'),
      ['licence'],
    );
    expect(await rowCounts(t.db)).toEqual(counts);
    // Bad rows by line, good rows kept; Windows-1252 accepted; formulas are stored as text, never evaluated.
    const latin1 = Buffer.from(
      [
        HEADER,
        'Glock,G19,NEW0001,,,sale,2023-05-05,,José Núñez,,,',
        'Glock,G19,NEW0002,,,sale,2031-01-01,,Ana,,,',
        'Glock,G19,NEW0003,,,transfer,2023-05-05,NO-SUCH-9,,,,',
        'Glock,G19,NEW0004,,,sale,2023-05-05,,,,,',
        'Glock,G19,NEW0005,,,gift,2023-05-05,,,,,',
        'Glock,G19,NEW0006,,,sale,2023-05-05,,=cmd|calc,,,',
      ].join('\r\n'),
      'latin1',
    );
    const mixed = await upload(CONNECTED_DEALER, latin1);
    expect(mixed.statusCode, mixed.body).toBe(200);
    const summary = mixed.json<{
      encoding: string;
      inserted: number;
      rejected: number;
      errors: { line: number; field: string; code: string }[];
    }>();
    expect(summary).toMatchObject({ encoding: 'windows-1252', inserted: 2, rejected: 4 });
    expect(summary.errors.map((e) => [e.line, e.field, e.code])).toEqual([
      [3, 'disposed_on', 'date_in_future'],
      [4, 'disposed_to_licence', 'holder_unknown'],
      [5, 'disposition', 'disposition_target_required'],
      [6, 'disposition', 'invalid_value'],
    ]);
  });
});
