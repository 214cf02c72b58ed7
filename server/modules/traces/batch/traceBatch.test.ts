// POST /api/v1/traces/batch on every test database: each firearm checked, routed, walked and audited as one request
// would be; the same authorization as one-by-one requests (truth table); hostile input refused with nothing written.
import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../../db/seed/demoData';
import { DATABASE_KINDS } from '../../../test/databases';
import { expectFieldErrors, expectProblem, rowCounts } from '../../../test/problems';
import {
  ANAM,
  CBP,
  DEALER,
  INVESTIGATOR,
  MAKER,
  TRACER,
  type Trace,
  recoveryRecorder,
  connectedTracingDemo,
} from '../testFixtures';

interface BatchResult {
  items: {
    recoveryId: string;
    trace: { id: string; status: string } | null;
    problem: { status: number; type: string; title: string; detail: string } | null;
  }[];
  summary: { requested: number; created: number; refused: number; byStatus: Record<string, number> };
}

describe.each(DATABASE_KINDS)('trace batches on %s', (kind) => {
  const { app, as } = connectedTracingDemo(kind);
  const recover = recoveryRecorder(as, 'FGE/SON/BATCH');
  const batch = async (who: string, items: unknown[], extra: Record<string, unknown> = {}) =>
    (await as(who)).post('/api/v1/traces/batch', { items, priority: 'routine', ...extra });
  const auditRows = (action: string, recordIds: string[]) =>
    app()
      .db.selectFrom('audit_events')
      .select(['record_id', 'owner_agency_id', 'actor_user_id'])
      .where('action', '=', action)
      .where('record_id', 'in', recordIds)
      .execute();

  it('each firearm of a batch ends as one request would, with its audit rows, inbox hop and indicators', async () => {
    const ids = {
      first: await recover({ serial: 'AAA1001' }),
      second: await recover({ serial: 'AAA1001' }),
      partly: await recover({ serial: 'AAA1002', possessor: null }),
      old: await recover({ serial: 'OLD1965' }),
      restored: await recover({ serial: 'ABC??34', serialState: 'partly_restored' }),
      foreign: await recover({ serial: 'FOR0001', countryOfManufacture: 'AT' }),
      unknown: await recover({ serial: 'QQQ0000' }),
      loop: await recover({ serial: 'LOOP001' }),
      late: await recover({ serial: 'LATE001' }),
    };
    const response = await batch(
      INVESTIGATOR,
      Object.entries(ids).map(([name, recoveryId]) =>
        name === 'old' ? { recoveryId, manufactureYear: 1965 } : { recoveryId },
      ),
      { distribution: 'country', tlp: 'GREEN' },
    );
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<BatchResult>();
    expect(body.items.map((i) => i.recoveryId)).toEqual(Object.values(ids));
    expect(body.summary).toMatchObject({ requested: 9, created: 9, refused: 0 });
    const traceOf = (recoveryId: string) => body.items.find((i) => i.recoveryId === recoveryId)!.trace!;
    const read = async (recoveryId: string) =>
      (await (await as(INVESTIGATOR)).get(`/api/v1/traces/${traceOf(recoveryId).id}`)).json<Trace>();

    const first = await read(ids.first);
    expect(first.status).toBe('completed');
    expect(first.hops.map((h) => [h.holder.name, h.answeredBy])).toEqual([
      ['Glock, Inc.', 'records'],
      ['Gulf Coast Firearms Distributors', 'records'],
      ['Rio Grande Outfitters', 'records'],
    ]);
    expect(first.result).toMatchObject({
      purchaseDate: '2023-06-01',
      timeToCrime: { days: 274, band: 'strong' },
      purchaser: { name: 'Robert Lee Straw', birthDate: '1988-04-12', masked: false },
    });
    const codes = (trace: Trace) => trace.result!.indicators.map((i) => i.code);
    expect(codes(first)).toEqual(
      expect.arrayContaining(['short_ttc', 'purchaser_not_possessor', 'border_state_to_mexico']),
    );
    // The second gun of the same purchaser counts the first, as it would have one request later.
    expect(codes(first)).not.toContain('purchaser_multiple_traces');
    expect(codes(await read(ids.second))).toContain('purchaser_multiple_traces');

    const partly = await read(ids.partly);
    expect(partly).toMatchObject({
      status: 'awaiting_record_holder',
      awaiting: { holder: { name: 'Border Guns & Ammo' } },
    });
    const inbox = (await (await as(DEALER)).get('/api/v1/holder/inbox')).json<{
      items: { id: string; state: string; firearm: { serial: string } }[];
    }>().items;
    expect(inbox.filter((i) => i.state === 'open').map((i) => i.firearm.serial)).toEqual(['AAA1002']);
    const restored = (
      await (await as(TRACER)).get(`/api/v1/traces/${traceOf(ids.restored).id}`)
    ).json<Trace>();
    expect(restored).toMatchObject({ status: 'submitted', candidates: { state: 'pending' } });
    expect(restored.candidates.items.map((c) => c.model)).toEqual(['G19']);
    const reasons = Object.fromEntries(
      await Promise.all(
        (['old', 'foreign', 'unknown', 'loop', 'late'] as const).map(
          async (k) => [k, (await read(ids[k])).reason?.code] as const,
        ),
      ),
    );
    expect(reasons).toEqual({
      old: 'pre_1968',
      foreign: 'foreign_origin',
      unknown: 'serial_not_found',
      loop: 'loop_in_records',
      late: 'request_error',
    });
    expect(body.summary.byStatus).toEqual({
      completed: 2,
      awaiting_record_holder: 1,
      submitted: 1,
      not_traceable: 5,
    });

    // An audit row per trace, as many look-ups as one request each would make, each owned by the holder's agency.
    const traceIds = body.items.map((i) => i.trace!.id);
    expect((await auditRows('trace.create', traceIds)).length).toBe(9);
    const lookups = await auditRows('ad_record.lookup', [traceOf(ids.first).id]);
    const holderAgencies = await app()
      .db.selectFrom('agencies')
      .select('id')
      .where('code', 'in', ['US-RH-GLOCK', 'US-RH-GULFCOAST', 'US-RH-RIOGRANDE'])
      .execute();
    expect(lookups.map((l) => l.owner_agency_id).sort()).toEqual(holderAgencies.map((a) => a.id).sort());
    expect((await auditRows('trace.completed', traceIds)).length).toBe(2);
    expect((await auditRows('trace_hop.open', traceIds)).length).toBe(1);

    // The dealer answers the batch's open hop like any other, and the trace completes.
    const answered = await (
      await as(DEALER)
    ).post(`/api/v1/holder/hops/${inbox.find((i) => i.state === 'open')!.id}/answer`, {
      date: '2023-03-02',
      soldTo: { purchaser: { name: 'Carla Ruiz', birthDate: '1985-01-01' } },
    });
    expect(answered.json()).toEqual({ traceStatus: 'completed' });

    // A firearm whose trace is still open is refused alone (409); the others of the batch go through.
    const again = (
      await batch(INVESTIGATOR, [
        { recoveryId: ids.restored },
        { recoveryId: await recover({ serial: 'OLD1966' }) },
      ])
    ).json<BatchResult>();
    expect(again.items.map((i) => [i.problem?.status ?? null, i.trace?.status ?? null])).toEqual([
      [409, null],
      [null, 'not_traceable'],
    ]);
  });

  it('authorization: per user and recovery, a batch allows and refuses exactly as one request does', async () => {
    const recoverAtCbp = recoveryRecorder(as, 'CBP/BATCH');
    const cbpOwn = () => recoverAtCbp({ recoveryCountry: 'US', recoveryState: 'TX' }, CBP);
    const kinds: Record<string, () => Promise<string>> = {
      own: () => recover({ serial: 'QQQ1111' }),
      partners: () => recover({ serial: 'QQQ2222', distribution: 'partners', tlp: 'GREEN' }),
      otherAgency: cbpOwn,
    };
    const users = [...DEMO_USERS.map((u) => u.email), MAKER, DEALER];
    const seen = new Set<string>();
    for (const email of users)
      for (const [kindName, make] of Object.entries(kinds)) {
        const [single, inBatch] = [await make(), await make()];
        const one = await (
          await as(email)
        ).post('/api/v1/traces', { recoveryId: single, priority: 'routine' });
        const many = await batch(email, [{ recoveryId: inBatch }]);
        const label = `${email} ${kindName}`;
        if (one.statusCode === 201) {
          expect(many.statusCode, label).toBe(200);
          expect(many.json<BatchResult>().items[0]!.trace, label).not.toBeNull();
        } else if (one.statusCode === 404) {
          expect(many.statusCode, label).toBe(200);
          expect(many.json<BatchResult>().items[0], label).toMatchObject({
            trace: null,
            problem: { status: 404 },
          });
        } else {
          expect(many.statusCode, `${label}: ${many.body}`).toBe(one.statusCode);
          expect(many.json<{ type: string }>().type).toBe(one.json<{ type: string }>().type);
        }
        seen.add(`${kindName}:${one.statusCode}`);
      }
    // The table is not trivial: every kind of recovery is both allowed and refused for someone.
    for (const expected of [
      'own:201',
      'own:404',
      'own:403',
      'partners:201',
      'otherAgency:404',
      'otherAgency:201',
    ])
      expect([...seen]).toContain(expected);
    expectProblem(
      await app().anonymous.post('/api/v1/traces/batch', {
        items: [{ recoveryId: await kinds.own!() }],
        priority: 'routine',
      }),
      401,
      'unauthenticated',
    );
  });

  it('another agency’s recovery ids are refused one by one, reveal nothing, and write nothing for them', async () => {
    const mine = await recover({ serial: 'QQQ3333' });
    const theirs = await recover(
      { caseNumber: 'CBP/BATCH/X', recoveryCountry: 'US', recoveryState: 'TX' },
      CBP,
    );
    const missing = '00000000-0000-4000-8000-000000000000';
    const body = (
      await batch(INVESTIGATOR, [{ recoveryId: theirs }, { recoveryId: mine }, { recoveryId: missing }])
    ).json<BatchResult>();
    expect(body.items.map((i) => i.problem?.status ?? i.trace?.status)).toEqual([404, 'not_traceable', 404]);
    // Not found reads the same for a record that exists and one that does not.
    expect(body.items[0]!.problem).toEqual(body.items[2]!.problem);
    const traces = await app()
      .db.selectFrom('traces')
      .select('id')
      .where('recovery_id', 'in', [theirs, missing])
      .execute();
    expect(traces).toEqual([]);
  });

  it('a trace detail follows its live access grants (read with the trace in one query)', async () => {
    const body = (
      await batch(INVESTIGATOR, [{ recoveryId: await recover({ serial: 'QQQ4444' }) }])
    ).json<BatchResult>();
    const id = body.items[0]!.trace!.id;
    const read = async () => (await as(ANAM)).get(`/api/v1/traces/${id}`);
    expectProblem(await read(), 404, 'not-found');
    const [anam, owner] = await Promise.all([
      app().db.selectFrom('agencies').select('id').where('code', '=', 'MX-ANAM').executeTakeFirstOrThrow(),
      app().db.selectFrom('users').select('id').where('email', '=', INVESTIGATOR).executeTakeFirstOrThrow(),
    ]);
    const grant = await app()
      .db.insertInto('access_grants')
      .values({
        record_type: 'trace',
        record_id: id,
        grantee_agency_id: anam.id,
        granted_by_user_id: owner.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect((await read()).statusCode).toBe(200);
    await app()
      .db.updateTable('access_grants')
      .set({ revoked_at: new Date() })
      .where('id', '=', grant.id)
      .execute();
    expectProblem(await read(), 404, 'not-found');
  });

  it('hostile input: too many ids, duplicates, malformed ids and bodies are refused whole, nothing written', async () => {
    const recoveryId = await recover({ serial: 'HOS0002' });
    const counts = await rowCounts(app().db);
    const ids = (count: number) =>
      Array.from({ length: count }, (_, i) => ({
        recoveryId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      }));
    expectFieldErrors(await batch(INVESTIGATOR, ids(1001)), ['items']);
    expectFieldErrors(await batch(INVESTIGATOR, []), ['items']);
    expectFieldErrors(await batch(INVESTIGATOR, [{ recoveryId }, { recoveryId }]), ['items.1.recoveryId']);
    expectFieldErrors(await batch(INVESTIGATOR, [{ recoveryId: 'x' }]), ['items.0.recoveryId']);
    expectFieldErrors(await batch(INVESTIGATOR, [{ recoveryId, sql: 1 }]), ['items.0.sql']);
    expectFieldErrors(await batch(INVESTIGATOR, [recoveryId]), ['items.0']);
    expectFieldErrors(await batch(INVESTIGATOR, [{ recoveryId }], { priority: 'urgent' }), ['justification']);
    expectFieldErrors(await batch(INVESTIGATOR, [{ recoveryId }], { distribution: 'group' }), [
      'sharingGroupId',
    ]);
    const client = await as(INVESTIGATOR);
    expectProblem(
      await app().app.inject({
        method: 'POST',
        url: '/api/v1/traces/batch',
        headers: {
          cookie: client.cookie!,
          'x-csrf-token': client.csrfToken!,
          'content-type': 'application/json',
        },
        payload: '{"items": [',
      }),
      400,
      'malformed-json',
    );
    const spanish = (await batch(INVESTIGATOR, [{ recoveryId }, { recoveryId }])).json<{
      errors: { message: string }[];
    }>();
    expect(spanish.errors[0]!.message).toMatch(/lista/);
    expect(await rowCounts(app().db)).toEqual(counts);
  });
});
