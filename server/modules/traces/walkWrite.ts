// The walk's writes, once at its end: new traces inserted in their final state, stored ones it moved updated, then
// every hop it opened with its answer (docs/decisions/0009, amendment). A trace goes through its indexes and foreign
// keys once, as does a hop.
import { sql } from 'kysely';
import { prepared } from '../../db/preparedStatements';
import type { Tx } from '../../platform/transaction';
import type { StoredHopAnswer } from './tables';
import type { Walking } from './walkState';
import { lockReferencedRows } from './walkReferences';

/** A hop as it is inserted at the end of the walk. */
export interface HopRow {
  id: string;
  trace_id: string;
  hop_index: number;
  holder_id: string;
  asked_at: string;
  due_at: string;
  answer: StoredHopAnswer | null;
}

/** Every hop the walk opened, in one insert after the traces: answered ones by the records, the others open. */
export async function insertHops(tx: Tx, hops: HopRow[]) {
  if (hops.length === 0) return;
  await lockReferencedRows(tx, 'trace_hops', hops);
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
export async function writeTraces(tx: Tx, traces: Walking[]) {
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
  await lockReferencedRows(tx, 'traces', rows);
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
  await lockReferencedRows(tx, 'traces', rows);
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
