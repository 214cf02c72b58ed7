// What the walker carries in memory for each trace between its rounds, and the in-memory state changes it applies
// (checked by core's transition rules) before writing each trace once at the end of the walk.
import type { Selectable } from 'kysely';
import {
  normalisePersonName,
  transitionTrace,
  type ChainResult,
  type TraceState,
} from '../../../core/firearms';
import type { AuditEntry } from '../../platform/audit';
import type { RecordHolderTable, StoredHopAnswer, StoredTraceResult, TraceTable } from './tables';

export type HolderRow = Selectable<RecordHolderTable>;

export interface Walking {
  row: Selectable<TraceTable> & { recovered_on_text: string };
  /** False for a trace this transaction is creating: it is inserted once, in its final state, at the end. */
  stored: boolean;
  state: TraceState;
  hops: {
    id: string;
    trace_id: string;
    hop_index: number;
    holder_id: string;
    answer: StoredHopAnswer | null;
  }[];
  /** State changes so far: each one adds one to the trace's version, as one update per move did. */
  moves: number;
  /** Columns to write besides the state. */
  set: {
    updated_at?: string;
    reason_params?: Record<string, string | number>;
    completed_at?: string;
    result?: StoredTraceResult;
    purchaser_key?: string;
    dealer_holder_id?: string;
    ttc_days?: number;
    warnings?: string[];
  };
  /** The status the trace was left in, once it waits for a holder or ends. */
  settled: TraceState['status'] | null;
}

/** A trace whose chain reached its first retail purchaser this walk: its result is built with the others'. */
export interface Completing {
  w: Walking;
  result: ChainResult;
  now: string;
}

export function purchaserKey(name: string, birthDate: string | null): string {
  return `${normalisePersonName(name)}|${birthDate ?? ''}`;
}

export function move(w: Walking, to: TraceState, now: string, extra: Walking['set'] = {}) {
  if (to.status === w.state.status && to.status !== 'awaiting_record_holder') return;
  const moved = transitionTrace(w.state, to);
  if (!moved.ok) throw new Error(`trace ${w.row.id}: ${JSON.stringify(moved.error)}`);
  w.state = moved.value;
  w.moves += 1;
  Object.assign(w.set, { updated_at: now }, extra);
}

export function endTrace(
  w: Walking,
  entries: AuditEntry[],
  reason: TraceState & { status: 'not_traceable' },
  params: Record<string, string | number>,
  now: string,
) {
  move(w, reason, now, { reason_params: params, completed_at: now });
  entries.push({
    action: 'trace.not_traceable',
    recordType: 'trace',
    recordId: w.row.id,
    ownerAgencyId: w.row.owner_agency_id,
    details: { reason: reason.reason, params },
  });
  w.settled = 'not_traceable';
}
