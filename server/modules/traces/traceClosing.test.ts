// How a trace ends other than by the records: the tracing officer closes it as not traceable with a reason and a
// note, and a partly restored serial too loose to be one gun is closed before any holder is asked (no registry).
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../test/databases';
import { expectFieldErrors, expectProblem } from '../../test/problems';
import {
  connectedTracingDemo,
  INVESTIGATOR,
  recoveryRecorder,
  TRACER,
  type Trace,
  traceRequester,
} from './testFixtures';

describe.each(DATABASE_KINDS)('closing traces on %s', (kind) => {
  const { app, as } = connectedTracingDemo(kind);
  const recover = recoveryRecorder(as, 'FGE/SON/CLOSING');
  const trace = traceRequester(as);
  const read = async (who: string, id: string) => (await as(who)).get(`/api/v1/traces/${id}`);

  it('the tracing officer closes an open trace as not traceable, with a reason and a note; its open hop closes', async () => {
    const body = await trace(
      await recover({ serial: 'AAA1002', caseNumber: 'FGE/SON/CLOSE', possessor: null }),
    );
    expect(body.status).toBe('awaiting_record_holder');
    const openHops = async () =>
      (
        await app()
          .db.selectFrom('trace_hops')
          .select('id')
          .where('trace_id', '=', body.id)
          .where('state', '=', 'open')
          .execute()
      ).length;
    expect(await openHops()).toBe(1);
    const close = async (who: string, closing: unknown) =>
      (await as(who)).post(`/api/v1/traces/${body.id}/close`, closing);
    const closing = {
      reason: 'holder_out_of_business',
      note: 'Licence surrendered in 2023; records not received.',
    };
    expectProblem(await close(INVESTIGATOR, closing), 403, 'forbidden');
    expectFieldErrors(await close(TRACER, { reason: 'pre_1968' }), ['reason']);
    const closed = await close(TRACER, closing);
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json<Trace>()).toMatchObject({
      status: 'not_traceable',
      reason: { code: 'holder_out_of_business', params: { note: closing.note } },
      abilities: { close: false, confirmCandidate: false },
    });
    expect(await openHops()).toBe(0);
    // The requester sees the reason and the note; a second close is a conflict, in the caller's language.
    expect((await read(INVESTIGATOR, body.id)).json<Trace>().reason).toMatchObject({
      code: 'holder_out_of_business',
      params: { note: closing.note },
    });
    expect(
      expectProblem(
        await (
          await as(TRACER)
        ).post(`/api/v1/traces/${body.id}/close`, closing, { 'accept-language': 'es' }),
        409,
        'conflict',
      ).detail,
    ).toBe('Este rastreo ya está cerrado: concluido o no rastreable.');
    const audited = await app()
      .db.selectFrom('audit_events')
      .select('details')
      .where('record_id', '=', body.id)
      .where('action', '=', 'trace.not_traceable')
      .executeTakeFirstOrThrow();
    expect(audited.details).toMatchObject({ reason: 'holder_out_of_business', closedBy: 'tracing_officer' });
  });

  it('NO REGISTRY: a serial too little restored to be one gun is closed before any holder is asked which serials fit', async () => {
    const lookups = async () =>
      Number(
        (
          await sql<{ n: string }>`SELECT count(*) AS n FROM audit_events
            WHERE action = 'ad_record.candidate_lookup'`.execute(app().db)
        ).rows[0]!.n,
      );
    const before = await lookups();
    for (const serial of ['A??????', 'AB????34', 'A?B?C']) {
      const body = await trace(
        await recover({ serial, serialState: 'partly_restored', caseNumber: `FGE/SON/LOOSE/${serial}` }),
      );
      expect(body.status).toBe('not_traceable');
      expect(body.reason).toMatchObject({ code: 'serial_too_damaged', params: { maxUnreadable: '3' } });
      expect(body.candidates.items).toEqual([]);
    }
    expect(await lookups()).toBe(before);
  });

  it('a Canadian-made gun goes to the Canadian centre; with no known maker of its make it says so, not "origin unknown"', async () => {
    const body = await trace(
      await recover({
        serial: 'CAC7001',
        make: 'Colt Canada',
        model: 'C7',
        caliber: '5.56x45',
        type: 'R',
        countryOfManufacture: 'CA',
        caseNumber: 'FGE/SON/CANADA',
      }),
    );
    expect(body).toMatchObject({
      status: 'not_traceable',
      reason: { code: 'maker_not_known', params: { make: 'Colt Canada' } },
      tracingCentre: { code: 'CA-RCMP' },
      routingReason: 'made_in_ca',
    });
    expect(body.reason!.message).toContain('Colt Canada');
  });

  it('closing a trace whose candidates wait for the officer ("none of these fits") leaves nothing waiting', async () => {
    const body = await trace(
      await recover({ serial: 'ABC??34', serialState: 'partly_restored', caseNumber: 'FGE/SON/NOFIT' }),
    );
    expect(body.candidates.state).toBe('pending');
    const closed = await (
      await as(TRACER)
    ).post(`/api/v1/traces/${body.id}/close`, { reason: 'serial_not_found' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json<Trace>()).toMatchObject({
      status: 'not_traceable',
      reason: { code: 'serial_not_found' },
      candidates: { state: 'none' },
      abilities: { confirmCandidate: false, close: false },
    });
  });
});
