// The chain-walk service: runs core/firearms `walkChain` over traces' hops and acts on its decisions, in the
// caller's transaction. A connected holder's hop is answered as it is opened, from its A&D records
// (answersFromRecords), and the walk runs again; an unconnected holder gets an open hop in its inbox and the trace waits; an out-of-business
// holder without an account answers "no records". Called after a request (one trace or a batch), a confirmed
// candidate and every hop answer, so one function serves every way a trace moves.
//
// Set-based: the traces, their hops and holders are read once and carried in memory; each round decides for every
// trace still moving and answers every hop to a connected holder from its records in one look-up. Traces and hops are
// written once, at the end: new traces inserted in their final state, stored ones updated, then every new hop with
// its answer in one insert.
// A batch of one is the single trace: there is only this walker.
import { sql } from 'kysely';
import {
  hopDueAt,
  stateForDecision,
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
import { randomUUID } from 'node:crypto';
import { answersFromRecords, type DispositionAsk } from './adRecords';
import { endTrace, move, type Completing, type HolderRow, type Walking } from './walkState';
import { completeTraces } from './walkResult';
import type { StoredHopAnswer } from './tables';
import './tables';
import { prepared } from '../../db/preparedStatements';

/** More hops than any real chain has: a guard against a walk that never settles on bad data. */
const MAX_HOPS = 25;
/** Audit rows per insert: keeps one insert well under PostgreSQL's 65,535 bind parameters. */
const AUDIT_CHUNK = 2000;

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

function currentState(trace: Walking['row']): TraceState {
  if (trace.status === 'awaiting_record_holder')
    return {
      status: 'awaiting_record_holder',
      holderId: trace.awaiting_holder_id ?? '',
      since: trace.awaiting_since?.toISOString() ?? '',
    };
  if (trace.status === 'not_traceable') return { status: 'not_traceable', reason: 'request_error' };
  return { status: trace.status };
}

/** Moves one trace on until it waits for a holder or ends. Returns the status it is left in. */
export async function advanceTrace(tx: Tx, audit: Audit, traceId: string): Promise<TraceState['status']> {
  return (await advanceTraces(tx, audit, [traceId])).get(traceId)!;
}

/** Moves every trace on until each waits for a holder or ends; statuses by trace id. */
export async function advanceTraces(
  tx: Tx,
  audit: Audit,
  traceIds: readonly string[],
  /** Traces this transaction is creating (not stored yet, no hops): the walk inserts them in their final state. */
  fresh: readonly Walking['row'][] = [],
  /** Record holders the caller has already read (e.g. where each chain starts). */
  known: readonly HolderRow[] = [],
): Promise<Map<string, TraceState['status']>> {
  // A connected chain writes an audit row per look-up and one for the outcome; appending them together costs one
  // chain-head lock and few inserts instead of one of each per row (same transaction, same order per trace).
  const entries: AuditEntry[] = [];
  const collect: Audit = async (...more) => {
    entries.push(...more);
  };
  const statuses = await walk(tx, collect, [...new Set(traceIds)], fresh, known);
  for (let i = 0; i < entries.length; i += AUDIT_CHUNK) await audit(...entries.slice(i, i + AUDIT_CHUNK));
  return statuses;
}

async function loadWalking(tx: Tx, ids: string[], fresh: readonly Walking['row'][]): Promise<Walking[]> {
  const creating = new Map(fresh.map((r) => [r.id, r]));
  const stored = ids.filter((id) => !creating.has(id));
  const rows = stored.length ? await lockedTraces(tx, stored) : [];
  const byId = new Map([...creating, ...rows.map((r) => [r.id, r] as const)]);
  const missing = ids.find((id) => !byId.has(id));
  if (missing) throw new Error(`trace ${missing}: not found`);
  const hops = stored.length
    ? await tx
        .selectFrom('trace_hops')
        .select(['id', 'trace_id', 'hop_index', 'holder_id', 'answer'])
        .where('trace_id', 'in', stored)
        .orderBy('trace_id')
        .orderBy('hop_index')
        .execute()
    : [];
  const hopsOf = new Map<string, Walking['hops']>();
  for (const h of hops) hopsOf.set(h.trace_id, [...(hopsOf.get(h.trace_id) ?? []), h]);
  return ids.map((id) => {
    const row = byId.get(id)!;
    const settled =
      row.status === 'completed' || row.status === 'not_traceable' || row.candidate_state === 'pending';
    return {
      row,
      stored: !creating.has(id),
      state: currentState(row),
      hops: hopsOf.get(id) ?? [],
      moves: 0,
      set: {},
      settled: settled ? row.status : null,
    };
  });
}

function lockedTraces(tx: Tx, ids: string[]) {
  // Locked in id order, so two batches that share traces cannot deadlock.
  return tx
    .selectFrom('traces')
    .selectAll()
    .select(sql<string>`recovered_on::text`.as('recovered_on_text'))
    .where('id', 'in', ids)
    .orderBy('id')
    .forUpdate()
    .execute();
}

/** The holders the walk needs, read once per round for all traces and kept for the rounds after. */
async function loadHolders(tx: Tx, holders: Map<string, HolderRow>, ids: Iterable<string>) {
  const missing = [...new Set(ids)].filter((id) => !holders.has(id));
  if (missing.length === 0) return;
  const rows = await tx.selectFrom('record_holders').selectAll().where('id', 'in', missing).execute();
  for (const r of rows) holders.set(r.id, r);
}

interface NewHop {
  w: Walking;
  hopIndex: number;
  holder: HolderRow;
  answer: StoredHopAnswer | null;
  /** Asked of a connected holder: answered from its records as it is opened. */
  lookup: boolean;
}

/** A hop as it is inserted at the end of the walk. */
interface HopRow {
  id: string;
  trace_id: string;
  hop_index: number;
  holder_id: string;
  asked_at: string;
  due_at: string;
  answer: StoredHopAnswer | null;
}

async function walk(
  tx: Tx,
  audit: Audit,
  ids: string[],
  fresh: readonly Walking['row'][],
  known: readonly HolderRow[],
): Promise<Map<string, TraceState['status']>> {
  const traces = await loadWalking(tx, ids, fresh);
  const holders = new Map(known.map((h) => [h.id, h]));
  const entries: AuditEntry[] = [];
  const completing: Completing[] = [];
  const newHops: HopRow[] = [];

  for (let round = 0; round <= MAX_HOPS + 1; round++) {
    const moving = traces.filter((w) => w.settled === null);
    if (moving.length === 0) break;
    await loadHolders(
      tx,
      holders,
      moving.flatMap((w) => [
        ...(w.row.start_holder_id ? [w.row.start_holder_id] : []),
        ...w.hops.flatMap((h) => [h.holder_id, ...recipientHolderIds(h.answer)]),
      ]),
    );
    const now = new Date().toISOString();
    const asked: NewHop[] = [];
    for (const w of moving) {
      const step = decide(w, holders, entries, now);
      if (step?.kind === 'hop') asked.push(step.hop);
      else if (step?.kind === 'completed') {
        completing.push({ w, result: step.result, now });
        w.settled = 'completed';
      }
    }
    if (asked.length) newHops.push(...(await askHops(tx, asked, entries, now)));
  }
  const unsettled = traces.find((w) => w.settled === null);
  if (unsettled) throw new Error(`trace ${unsettled.row.id}: the walk did not settle`);
  await completeTraces(tx, completing, holders, entries);
  await writeTraces(tx, traces);
  await insertHops(tx, newHops);
  await audit(...entries);
  return new Map(traces.map((w) => [w.row.id, w.state.status]));
}

/** One step of one trace's walk, in memory: the hop to open, or how the trace settles this round. */
function decide(
  w: Walking,
  holders: Map<string, HolderRow>,
  entries: AuditEntry[],
  now: string,
): { kind: 'hop'; hop: NewHop } | { kind: 'completed'; result: ChainResult } | null {
  const trace = w.row;
  const start = trace.start_holder_id ? holders.get(trace.start_holder_id) : undefined;
  // Without a first holder the walk can still close the trace on pre-hop grounds (pre-1968, obliterated).
  const placeholder: HolderRef = { id: '-', kind: 'manufacturer' };
  const chainHops: Hop[] = w.hops.map((h) => ({
    holder: refOf(holders.get(h.holder_id)!),
    answer: h.answer ? toHopAnswer(h.answer, holders) : null,
  }));
  const walked = walkChain({
    start: start ? refOf(start) : placeholder,
    manufactureYear: trace.manufacture_year,
    serialState: serialStateOf(trace.serial_state),
    hops: chainHops,
  });
  if (!walked.ok) throw new Error(`trace ${trace.id}: ${JSON.stringify(walked.error)}`);
  const decision = walked.value.decision;
  if (walked.value.warnings.length) w.set.warnings = [...new Set(walked.value.warnings.map((x) => x.code))];
  if (w.state.status === 'submitted' && decision.kind !== 'not_traceable')
    move(w, { status: 'in_progress' }, now);

  switch (decision.kind) {
    case 'not_traceable':
      endTrace(w, entries, { status: 'not_traceable', reason: decision.reason }, { ...decision.params }, now);
      return null;
    case 'await':
      if (w.state.status !== 'awaiting_record_holder' || w.state.holderId !== decision.holder.id)
        move(w, stateForDecision(decision, now), now);
      w.settled = 'awaiting_record_holder';
      return null;
    case 'ask': {
      if (!start) {
        endTrace(
          w,
          entries,
          { status: 'not_traceable', reason: 'origin_unknown' },
          { make: trace.make ?? '' },
          now,
        );
        return null;
      }
      if (decision.hopIndex >= MAX_HOPS) {
        endTrace(
          w,
          entries,
          { status: 'not_traceable', reason: 'loop_in_records' },
          { hops: decision.hopIndex },
          now,
        );
        return null;
      }
      const holder = holders.get(decision.holder.id)!;
      const lookup = Boolean(holder.connected && trace.make && trace.serial_folded);
      const answer: StoredHopAnswer | null =
        !lookup && holder.out_of_business && !holder.connected
          ? { kind: 'out_of_business_no_records' }
          : null;
      if (!lookup && !answer) {
        // An unconnected holder: the hop goes to its inbox and the trace waits for it.
        move(w, stateForDecision(decision, now), now);
        w.settled = 'awaiting_record_holder';
      }
      return { kind: 'hop', hop: { w, hopIndex: decision.hopIndex, holder, answer, lookup } };
    }
    case 'completed':
      return { kind: 'completed', result: decision.result };
  }
}

/**
 * This round's hops, in memory until the walk ends: a hop to a connected holder is answered from its records (one
 * look-up for all), one to an out-of-business holder says so, the others wait in the holder's inbox.
 */
async function askHops(tx: Tx, asked: NewHop[], entries: AuditEntry[], now: string): Promise<HopRow[]> {
  const due = hopDueAt(now);
  const asks: DispositionAsk[] = asked
    .filter((a) => a.lookup)
    .map((a) => ({
      traceId: a.w.row.id,
      holderId: a.holder.id,
      holderAgencyId: a.holder.agency_id,
      make: a.w.row.make!,
      serialFolded: a.w.row.serial_folded!,
    }));
  const audit: Audit = async (...more) => {
    entries.push(...more);
  };
  const answers = await answersFromRecords(tx, asks, audit);
  return asked.map((a) => {
    const id = randomUUID();
    const answer = a.lookup ? answers.get(a.w.row.id)! : a.answer;
    a.w.hops.push({ id, trace_id: a.w.row.id, hop_index: a.hopIndex, holder_id: a.holder.id, answer });
    if (!answer)
      entries.push({
        action: 'trace_hop.open',
        recordType: 'trace',
        recordId: a.w.row.id,
        ownerAgencyId: a.holder.agency_id,
        details: { hopId: id, holderId: a.holder.id },
      });
    return {
      id,
      trace_id: a.w.row.id,
      hop_index: a.hopIndex,
      holder_id: a.holder.id,
      asked_at: now,
      due_at: due,
      answer,
    };
  });
}

/** Every hop the walk opened, in one insert after the traces: answered ones by the records, the others open. */
async function insertHops(tx: Tx, hops: HopRow[]) {
  if (hops.length === 0) return;
  await sql`${prepared}
    INSERT INTO trace_hops (id, trace_id, hop_index, holder_id, asked_at, due_at, answer, answered_at, answered_by, state)
    SELECT x.id, x.trace_id, x.hop_index, x.holder_id, x.asked_at, x.due_at, x.answer,
           CASE WHEN x.answer IS NULL THEN NULL ELSE x.asked_at END,
           CASE WHEN x.answer IS NULL THEN NULL ELSE 'records' END,
           CASE WHEN x.answer IS NULL THEN 'open' ELSE 'answered' END
    FROM jsonb_to_recordset(${JSON.stringify(hops)}::jsonb) AS x(id uuid, trace_id uuid, hop_index int,
      holder_id uuid, asked_at timestamptz, due_at timestamptz, answer jsonb)`.execute(tx);
}

/** Every trace of the walk, once: new ones inserted in their final state, stored ones the walk changed updated. */
async function writeTraces(tx: Tx, traces: Walking[]) {
  await insertCreated(
    tx,
    traces.filter((w) => !w.stored),
  );
  await updateStored(
    tx,
    traces.filter((w) => w.stored && (w.moves > 0 || Object.keys(w.set).length > 0)),
  );
}

/** The state columns a walk leaves: a move sets the state's own fields, the others only ever go from unset to set. */
function finalState(w: Walking) {
  const s = w.state;
  const moved = w.moves > 0;
  return {
    status: moved ? s.status : w.row.status,
    reason: moved ? (s.status === 'not_traceable' ? s.reason : null) : w.row.reason,
    awaiting_holder_id: moved
      ? s.status === 'awaiting_record_holder'
        ? s.holderId
        : null
      : w.row.awaiting_holder_id,
    awaiting_since: moved
      ? s.status === 'awaiting_record_holder'
        ? s.since
        : null
      : (w.row.awaiting_since?.toISOString() ?? null),
    version: w.row.version + w.moves,
    updated_at: w.set.updated_at ?? null,
    reason_params: w.set.reason_params ?? w.row.reason_params,
    completed_at: w.set.completed_at ?? w.row.completed_at?.toISOString() ?? null,
    result: w.set.result ?? w.row.result,
    purchaser_key: w.set.purchaser_key ?? w.row.purchaser_key,
    dealer_holder_id: w.set.dealer_holder_id ?? w.row.dealer_holder_id,
    ttc_days: w.set.ttc_days ?? w.row.ttc_days,
    warnings: w.set.warnings ?? w.row.warnings,
  };
}

/**
 * The traces this transaction created, in one insert with the state the walk left them in: each is written once,
 * through its indexes and foreign keys once (an insert then an update of every new trace cost twice that).
 */
async function insertCreated(tx: Tx, created: Walking[]) {
  if (created.length === 0) return;
  const rows = created.map((w) => {
    const r = w.row;
    return {
      id: r.id,
      owner_agency_id: r.owner_agency_id,
      distribution: r.distribution,
      sharing_group_id: r.sharing_group_id,
      tlp: r.tlp,
      discoverable: r.discoverable,
      priority: r.priority,
      justification: r.justification,
      created_by_user_id: r.created_by_user_id,
      recovery_id: r.recovery_id,
      manufacture_year: r.manufacture_year,
      routing_reason: r.routing_reason,
      centre_agency_id: r.centre_agency_id,
      start_holder_id: r.start_holder_id,
      make: r.make,
      make_key: r.make_key,
      model: r.model,
      serial_folded: r.serial_folded,
      serial_plain: r.serial_plain,
      serial_state: r.serial_state,
      recovered_on: r.recovered_on_text,
      recovery_country: r.recovery_country,
      candidate_state: r.candidate_state,
      candidates: r.candidates,
      ...finalState(w),
    };
  });
  await sql`${prepared}
    INSERT INTO traces (id, owner_agency_id, distribution, sharing_group_id, tlp, discoverable, priority,
      justification, created_by_user_id, recovery_id, manufacture_year, routing_reason, centre_agency_id,
      start_holder_id, make, make_key, model, serial_folded, serial_plain, serial_state, recovered_on,
      recovery_country, candidate_state, candidates, status, reason, awaiting_holder_id, awaiting_since, version,
      updated_at, reason_params, completed_at, result, purchaser_key, dealer_holder_id, ttc_days, warnings)
    SELECT x.id, x.owner_agency_id, x.distribution, x.sharing_group_id, x.tlp, x.discoverable, x.priority,
      x.justification, x.created_by_user_id, x.recovery_id, x.manufacture_year, x.routing_reason, x.centre_agency_id,
      x.start_holder_id, x.make, x.make_key, x.model, x.serial_folded, x.serial_plain, x.serial_state, x.recovered_on,
      x.recovery_country, x.candidate_state, x.candidates, x.status, x.reason, x.awaiting_holder_id,
      x.awaiting_since, x.version, coalesce(x.updated_at, now()), x.reason_params, x.completed_at, x.result,
      x.purchaser_key, x.dealer_holder_id, x.ttc_days, x.warnings
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(id uuid, owner_agency_id uuid, distribution text,
      sharing_group_id uuid, tlp text, discoverable boolean, priority text, justification text,
      created_by_user_id uuid, recovery_id uuid, manufacture_year int, routing_reason text, centre_agency_id uuid,
      start_holder_id uuid, make text, make_key text, model text, serial_folded text, serial_plain text,
      serial_state text, recovered_on date, recovery_country text, candidate_state text, candidates jsonb,
      status text, reason text, awaiting_holder_id uuid, awaiting_since timestamptz, version int,
      updated_at timestamptz, reason_params jsonb, completed_at timestamptz, result jsonb, purchaser_key text,
      dealer_holder_id uuid, ttc_days int, warnings jsonb)`.execute(tx);
}

/** One update for every stored trace the walk changed: its state, reason, result and how many moves it made. */
async function updateStored(tx: Tx, changed: Walking[]) {
  if (changed.length === 0) return;
  const rows = changed.map((w) => {
    const s = w.state;
    return {
      id: w.row.id,
      moved: w.moves > 0,
      moves: w.moves,
      status: s.status,
      reason: s.status === 'not_traceable' ? s.reason : null,
      awaiting_holder_id: s.status === 'awaiting_record_holder' ? s.holderId : null,
      awaiting_since: s.status === 'awaiting_record_holder' ? s.since : null,
      updated_at: w.set.updated_at ?? null,
      reason_params: w.set.reason_params ?? null,
      completed_at: w.set.completed_at ?? null,
      result: w.set.result ?? null,
      purchaser_key: w.set.purchaser_key ?? null,
      dealer_holder_id: w.set.dealer_holder_id ?? null,
      ttc_days: w.set.ttc_days ?? null,
      warnings: w.set.warnings ?? null,
    };
  });
  // Fields a move sets are written only for traces that moved; the others only ever go from unset to set.
  await sql`${prepared}
    UPDATE traces t SET
      status = CASE WHEN x.moved THEN x.status ELSE t.status END,
      reason = CASE WHEN x.moved THEN x.reason ELSE t.reason END,
      awaiting_holder_id = CASE WHEN x.moved THEN x.awaiting_holder_id ELSE t.awaiting_holder_id END,
      awaiting_since = CASE WHEN x.moved THEN x.awaiting_since ELSE t.awaiting_since END,
      updated_at = coalesce(x.updated_at, t.updated_at),
      version = t.version + x.moves,
      reason_params = coalesce(x.reason_params, t.reason_params),
      completed_at = coalesce(x.completed_at, t.completed_at),
      result = coalesce(x.result, t.result),
      purchaser_key = coalesce(x.purchaser_key, t.purchaser_key),
      dealer_holder_id = coalesce(x.dealer_holder_id, t.dealer_holder_id),
      ttc_days = coalesce(x.ttc_days, t.ttc_days),
      warnings = coalesce(x.warnings, t.warnings)
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS x(
      id uuid, moved boolean, moves int, status text, reason text, awaiting_holder_id uuid,
      awaiting_since timestamptz, updated_at timestamptz, reason_params jsonb, completed_at timestamptz,
      result jsonb, purchaser_key text, dealer_holder_id uuid, ttc_days int, warnings jsonb)
    WHERE t.id = x.id`.execute(tx);
}
