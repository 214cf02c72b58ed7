// The chain-walk service: runs core/firearms `walkChain` over traces' hops and acts on its decisions, in the
// caller's transaction. A connected holder's hop is answered as it is opened, from its A&D records
// (answersFromRecords), and the walk runs again; an unconnected holder gets an open hop in its inbox and the trace
// waits; an out-of-business holder without an account answers "no records". Called after a request (one trace or a
// batch), a confirmed candidate and every hop answer, so one function serves every way a trace moves.
//
// Set-based: the traces, their hops and holders are read once and carried in memory; each round decides for every
// trace still moving and answers every hop to a connected holder from its records in one look-up. Traces and hops
// are written once, at the end (walkWrite.ts). A batch of one is the single trace: there is only this walker.
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
import { insertHops, writeTraces, type HopRow } from './walkWrite';
import type { StoredHopAnswer } from './tables';
import './tables';

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
    if (asked.length) newHops.push(...(await askHops(tx, asked, holders, entries, now)));
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
          // Routed to a centre, but no record holder makes this make: the first holder cannot be asked.
          { status: 'not_traceable', reason: 'maker_not_known' },
          { make: trace.make ?? '—' },
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
 * look-up for all, which also brings the holders it transferred to, for the next round), one to an out-of-business
 * holder says so, the others wait in the holder's inbox.
 */
async function askHops(
  tx: Tx,
  asked: NewHop[],
  holders: Map<string, HolderRow>,
  entries: AuditEntry[],
  now: string,
): Promise<HopRow[]> {
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
  const { answers, recipients } = await answersFromRecords(tx, asks, audit);
  for (const h of recipients) holders.set(h.id, h);
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
