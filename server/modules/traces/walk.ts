// The chain-walk service: runs core/firearms `walkChain` over a trace's stored hops and acts on its decision, in
// the caller's transaction. A connected holder's hop is answered at once from its A&D records (lookupDisposition)
// and the walk runs again; an unconnected holder gets an open hop in its inbox and the trace waits; an
// out-of-business holder without an account answers "no records". Called after a request, a confirmed candidate
// and every hop answer, so one function serves every way a trace moves.
import { sql } from 'kysely';
import {
  evaluateIndicators,
  hopDueAt,
  normalisePersonName,
  stateForDecision,
  timeToCrime,
  transitionTrace,
  walkChain,
  type ChainResult,
  type HolderRef,
  type Hop,
  type HopAnswer,
  type SerialState,
  type TraceState,
} from '../../../core/firearms';
import type { AuditEntry } from '../../platform/audit';
import type { Audit, Tx } from '../../platform/transaction';
import { reportsListingFirearm } from '../firearms/multiple-sales/queries';
import { lookupDisposition } from './adRecords';
import type { RecordHolderTable, StoredHopAnswer, StoredTraceResult } from './tables';
import type { Selectable } from 'kysely';
import './tables';
import '../firearms/tables';

type HolderRow = Selectable<RecordHolderTable>;

/** More hops than any real chain has: a guard against a walk that never settles on bad data. */
const MAX_HOPS = 25;

export function purchaserKey(name: string, birthDate: string | null): string {
  return `${normalisePersonName(name)}|${birthDate ?? ''}`;
}

async function holdersById(tx: Tx, ids: Iterable<string>): Promise<Map<string, HolderRow>> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map();
  const rows = await tx.selectFrom('record_holders').selectAll().where('id', 'in', list).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

const refOf = (h: HolderRow): HolderRef => ({
  id: h.id,
  kind: h.kind,
  name: h.name,
  licence: h.licence_number,
});

function recipientHolderIds(answer: StoredHopAnswer | null): string[] {
  if (!answer || answer.kind !== 'disposed') return [];
  return answer.dispositions.flatMap((d) => (d.to.kind === 'holder' ? [d.to.holderId] : []));
}

function toHopAnswer(answer: StoredHopAnswer, holders: Map<string, HolderRow>): HopAnswer {
  if (answer.kind !== 'disposed') return answer;
  return {
    kind: 'disposed',
    dispositions: answer.dispositions.map((d) => ({
      date: d.date,
      to:
        d.to.kind === 'holder'
          ? { kind: 'holder', holder: refOf(holders.get(d.to.holderId)!) }
          : d.to.kind === 'purchaser'
            ? {
                kind: 'purchaser',
                person: { fullName: d.to.name, ...(d.to.birthDate ? { birthDate: d.to.birthDate } : {}) },
              }
            : d.to,
    })),
  };
}

function serialStateOf(state: 'intact' | 'obliterated' | 'partly_restored'): SerialState {
  return state === 'intact' ? 'legible' : state === 'partly_restored' ? 'restored' : 'obliterated';
}

function currentState(trace: {
  status: TraceState['status'];
  awaiting_holder_id: string | null;
  awaiting_since: Date | null;
  reason: string | null;
}): TraceState {
  if (trace.status === 'awaiting_record_holder')
    return {
      status: 'awaiting_record_holder',
      holderId: trace.awaiting_holder_id ?? '',
      since: trace.awaiting_since?.toISOString() ?? '',
    };
  if (trace.status === 'not_traceable') return { status: 'not_traceable', reason: 'request_error' };
  return { status: trace.status };
}

/** Moves the trace on until it waits for a holder or ends. Returns the status it is left in. */
export async function advanceTrace(tx: Tx, audit: Audit, traceId: string): Promise<TraceState['status']> {
  // A connected chain writes an audit row per look-up and one for the outcome; appending them together costs one
  // chain-head lock and one insert instead of one of each per row (same transaction, same order).
  const entries: AuditEntry[] = [];
  const collect: Audit = async (...more) => {
    entries.push(...more);
  };
  const status = await walkUntilSettled(tx, collect, traceId);
  if (entries.length > 0) await audit(...entries);
  return status;
}

async function walkUntilSettled(tx: Tx, audit: Audit, traceId: string): Promise<TraceState['status']> {
  for (let round = 0; round <= MAX_HOPS + 1; round++) {
    const trace = await tx
      .selectFrom('traces')
      .selectAll()
      .select(sql<string>`recovered_on::text`.as('recovered_on_text'))
      .where('id', '=', traceId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (trace.status === 'completed' || trace.status === 'not_traceable') return trace.status;
    if (trace.candidate_state === 'pending') return trace.status;
    const now = new Date().toISOString();
    let state = currentState(trace);
    const move = async (to: TraceState, extra: Record<string, unknown> = {}) => {
      if (to.status === state.status && to.status !== 'awaiting_record_holder') return;
      const moved = transitionTrace(state, to);
      if (!moved.ok) throw new Error(`trace ${traceId}: ${JSON.stringify(moved.error)}`);
      state = moved.value;
      await tx
        .updateTable('traces')
        .set({
          status: to.status,
          reason: to.status === 'not_traceable' ? to.reason : null,
          awaiting_holder_id: to.status === 'awaiting_record_holder' ? to.holderId : null,
          awaiting_since: to.status === 'awaiting_record_holder' ? to.since : null,
          updated_at: new Date(now),
          version: sql<number>`version + 1`,
          ...extra,
        })
        .where('id', '=', traceId)
        .execute();
    };
    const end = async (reason: TraceState & { status: 'not_traceable' }, params: Record<string, unknown>) => {
      await move(reason, { reason_params: JSON.stringify(params), completed_at: now });
      await audit({
        action: 'trace.not_traceable',
        recordType: 'trace',
        recordId: traceId,
        ownerAgencyId: trace.owner_agency_id,
        details: { reason: reason.reason, params },
      });
    };

    const hops = await tx
      .selectFrom('trace_hops')
      .selectAll()
      .where('trace_id', '=', traceId)
      .orderBy('hop_index')
      .execute();
    const holders = await holdersById(tx, [
      ...(trace.start_holder_id ? [trace.start_holder_id] : []),
      ...hops.map((h) => h.holder_id),
      ...hops.flatMap((h) => recipientHolderIds(h.answer)),
    ]);
    const start = trace.start_holder_id ? holders.get(trace.start_holder_id) : undefined;
    // Without a first holder the walk can still close the trace on pre-hop grounds (pre-1968, obliterated).
    const placeholder: HolderRef = { id: '-', kind: 'manufacturer' };
    const chainHops: Hop[] = hops.map((h) => ({
      holder: refOf(holders.get(h.holder_id)!),
      answer: h.answer ? toHopAnswer(h.answer, holders) : null,
    }));
    const walked = walkChain({
      start: start ? refOf(start) : placeholder,
      manufactureYear: trace.manufacture_year,
      serialState: serialStateOf(trace.serial_state),
      hops: chainHops,
    });
    if (!walked.ok) throw new Error(`trace ${traceId}: ${JSON.stringify(walked.error)}`);
    const decision = walked.value.decision;
    if (walked.value.warnings.length)
      await tx
        .updateTable('traces')
        .set({ warnings: JSON.stringify([...new Set(walked.value.warnings.map((w) => w.code))]) })
        .where('id', '=', traceId)
        .execute();
    if (state.status === 'submitted' && decision.kind !== 'not_traceable')
      await move({ status: 'in_progress' });

    switch (decision.kind) {
      case 'not_traceable':
        await end({ status: 'not_traceable', reason: decision.reason }, { ...decision.params });
        return 'not_traceable';
      case 'await': {
        if (state.status !== 'awaiting_record_holder' || state.holderId !== decision.holder.id)
          await move(stateForDecision(decision, now));
        return 'awaiting_record_holder';
      }
      case 'ask': {
        if (!start) {
          await end({ status: 'not_traceable', reason: 'origin_unknown' }, { make: trace.make ?? '' });
          return 'not_traceable';
        }
        if (decision.hopIndex >= MAX_HOPS) {
          await end({ status: 'not_traceable', reason: 'loop_in_records' }, { hops: decision.hopIndex });
          return 'not_traceable';
        }
        const holder = holders.get(decision.holder.id)!;
        const hop = await tx
          .insertInto('trace_hops')
          .values({
            trace_id: traceId,
            hop_index: decision.hopIndex,
            holder_id: holder.id,
            asked_at: now,
            due_at: hopDueAt(now),
            state: 'open',
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        let answer: StoredHopAnswer | null = null;
        if (holder.connected && trace.make && trace.serial_folded)
          answer = await lookupDisposition(tx, holder.id, trace.make, trace.serial_folded, traceId, audit);
        else if (holder.out_of_business && !holder.connected) answer = { kind: 'out_of_business_no_records' };
        if (answer) {
          await tx
            .updateTable('trace_hops')
            .set({
              answer: JSON.stringify(answer),
              answered_at: now,
              answered_by: 'records',
              state: 'answered',
            })
            .where('id', '=', hop.id)
            .execute();
          continue;
        }
        await move(stateForDecision(decision, now));
        await audit({
          action: 'trace_hop.open',
          recordType: 'trace',
          recordId: traceId,
          ownerAgencyId: holder.agency_id,
          details: { hopId: hop.id, holderId: holder.id },
        });
        return 'awaiting_record_holder';
      }
      case 'completed': {
        const outcome = await resultOf(tx, trace, decision.result, holders);
        if (!outcome.ok) {
          await end({ status: 'not_traceable', reason: 'request_error' }, outcome.params);
          return 'not_traceable';
        }
        await move(
          { status: 'completed' },
          {
            result: JSON.stringify(outcome.result),
            purchaser_key: purchaserKey(outcome.result.purchaser.name, outcome.result.purchaser.birthDate),
            dealer_holder_id: outcome.result.dealer.holderId,
            ttc_days: outcome.result.ttc.days,
            completed_at: now,
          },
        );
        await audit({
          action: 'trace.completed',
          recordType: 'trace',
          recordId: traceId,
          ownerAgencyId: trace.owner_agency_id,
          details: {
            ttcDays: outcome.result.ttc.days,
            indicators: outcome.result.indicators.map((i) => i.code),
          },
        });
        return 'completed';
      }
    }
  }
  throw new Error(`trace ${traceId}: the walk did not settle`);
}

interface TraceForResult {
  id: string;
  recovery_id: string;
  recovered_on_text: string;
  recovery_country: string;
  serial_state: 'intact' | 'obliterated' | 'partly_restored';
  make_key: string | null;
  serial_folded: string | null;
}

/** The published result: custody, dealer, purchaser, TTC and the indicators with their reasons. */
async function resultOf(
  tx: Tx,
  trace: TraceForResult,
  chain: ChainResult,
  holders: Map<string, HolderRow>,
): Promise<{ ok: true; result: StoredTraceResult } | { ok: false; params: Record<string, string> }> {
  const ttc = timeToCrime(chain.purchaseDate, trace.recovered_on_text);
  if (!ttc.ok)
    return {
      ok: false,
      params: {
        problem: 'recovery_before_sale',
        saleDate: chain.purchaseDate,
        recoveredOn: trace.recovered_on_text,
      },
    };
  const dealer = holders.get(chain.dealer.id)!;
  const recovery = await tx
    .selectFrom('recoveries')
    .select(['possessor_name', sql<string | null>`possessor_birth_date::text`.as('possessor_birth_date')])
    .where('id', '=', trace.recovery_id)
    .executeTakeFirstOrThrow();
  const purchaserName = chain.purchaser.fullName ?? '';
  const birthDate = chain.purchaser.birthDate ?? null;
  const key = purchaserKey(purchaserName, birthDate);
  // Counts over other traces feed the indicators only; no row of another agency's trace is read out.
  const [others, dealerShort, multipleSales] = await Promise.all([
    tx
      .selectFrom('traces')
      .select(tx.fn.countAll<string>().as('n'))
      .where('purchaser_key', '=', key)
      .where('id', '<>', trace.id)
      .executeTakeFirstOrThrow(),
    tx
      .selectFrom('traces')
      .select(tx.fn.countAll<string>().as('n'))
      .where('dealer_holder_id', '=', dealer.id)
      .where('id', '<>', trace.id)
      .where(sql<boolean>`result->'ttc'->>'band' IN ('strong', 'indicator')`)
      .executeTakeFirstOrThrow(),
    reportsListingFirearm(tx, trace.make_key, trace.serial_folded),
  ]);
  const purchaserAddress = await purchaserAddressOf(tx, trace.id, chain);
  const indicators = evaluateIndicators({
    firstRetailSaleDate: chain.purchaseDate,
    recoveryDate: trace.recovered_on_text,
    recoveryCountry: trace.recovery_country,
    saleCountry: dealer.country,
    saleState: dealer.us_state,
    purchaser: chain.purchaser,
    possessor: recovery.possessor_name
      ? {
          fullName: recovery.possessor_name,
          ...(recovery.possessor_birth_date ? { birthDate: recovery.possessor_birth_date } : {}),
        }
      : null,
    purchaserOtherTracedGuns: Number(others.n),
    dealerOtherShortTtcTraces: Number(dealerShort.n),
    multipleSalesReportIds: multipleSales,
    serialObliterated: trace.serial_state !== 'intact',
  });
  return {
    ok: true,
    result: {
      custody: chain.custody.map((c) => ({
        holderId: c.holder.id,
        name: holders.get(c.holder.id)?.name ?? c.holder.id,
        kind: c.holder.kind,
        disposedOn: c.disposedOn,
      })),
      dealer: {
        holderId: dealer.id,
        name: dealer.name,
        licence: dealer.licence_number,
        country: dealer.country,
        usState: dealer.us_state,
      },
      purchaser: { name: purchaserName, birthDate, address: purchaserAddress },
      purchaseDate: chain.purchaseDate,
      ttc: { days: ttc.value.days, years: Math.round(ttc.value.years * 100) / 100, band: ttc.value.band },
      indicators: indicators.map((i) => ({ ...i, params: { ...i.params } })),
    },
  };
}

/** The address the dealer's answer gave (kept in the hop's stored answer; core's PersonRef has no address). */
async function purchaserAddressOf(tx: Tx, traceId: string, chain: ChainResult): Promise<string | null> {
  const hop = await tx
    .selectFrom('trace_hops')
    .select('answer')
    .where('trace_id', '=', traceId)
    .where('holder_id', '=', chain.dealer.id)
    .where('state', '=', 'answered')
    .executeTakeFirst();
  if (!hop?.answer || hop.answer.kind !== 'disposed') return null;
  const sale = hop.answer.dispositions.find(
    (d) => d.to.kind === 'purchaser' && d.date === chain.purchaseDate,
  );
  return sale?.to.kind === 'purchaser' ? sale.to.address : null;
}
