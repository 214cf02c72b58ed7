// The life of a trace request as the requester sees it, and the only transitions allowed between its states:
// submitted → in_progress → awaiting_record_holder → completed | not_traceable (with a stated reason).
import type { ChainDecision } from './chain';
import { isNonCompletionReason, type NonCompletionReason } from './chainTypes';
import { err, ok, type Result } from './result';

export const TRACE_STATUSES = [
  'submitted',
  'in_progress',
  'awaiting_record_holder',
  'completed',
  'not_traceable',
] as const;
export type TraceStatus = (typeof TRACE_STATUSES)[number];

export type TraceState =
  | { readonly status: 'submitted' }
  | { readonly status: 'in_progress' }
  /** Which holder the trace waits for and since when (ISO timestamp), so the requester sees who is late. */
  | { readonly status: 'awaiting_record_holder'; readonly holderId: string; readonly since: string }
  | { readonly status: 'completed' }
  | { readonly status: 'not_traceable'; readonly reason: NonCompletionReason };

/**
 * Allowed moves. A submitted request can be closed before any hop (pre-1968, obliterated serial). Waiting may move
 * straight on to another holder, or end, when an answer is processed in the same transaction that received it.
 * Completed and not_traceable are final: new information means a new trace, so a published result never changes.
 */
const NEXT: Readonly<Record<TraceStatus, readonly TraceStatus[]>> = {
  submitted: ['in_progress', 'not_traceable'],
  in_progress: ['awaiting_record_holder', 'completed', 'not_traceable'],
  awaiting_record_holder: ['in_progress', 'awaiting_record_holder', 'completed', 'not_traceable'],
  completed: [],
  not_traceable: [],
};

export type TraceTransitionError =
  | { readonly code: 'transition_not_allowed'; readonly from: TraceStatus; readonly to: TraceStatus }
  | { readonly code: 'reason_required' }
  | { readonly code: 'holder_required' }
  | { readonly code: 'same_holder'; readonly holderId: string };

export function canTransition(from: TraceStatus, to: TraceStatus): boolean {
  return NEXT[from].includes(to);
}

export function isFinal(status: TraceStatus): boolean {
  return NEXT[status].length === 0;
}

/** Validates a move. Reasons and holders are checked at run time too: callers fed by JSON are not type-checked. */
export function transitionTrace(from: TraceState, to: TraceState): Result<TraceState, TraceTransitionError> {
  if (!canTransition(from.status, to.status)) {
    return err({ code: 'transition_not_allowed', from: from.status, to: to.status });
  }
  if (to.status === 'not_traceable' && !isNonCompletionReason(to.reason))
    return err({ code: 'reason_required' });
  if (to.status === 'awaiting_record_holder') {
    if (!to.holderId || !to.since) return err({ code: 'holder_required' });
    // Waiting for the same holder again is not a move; letting it through would reset the holder's SLA clock.
    if (from.status === 'awaiting_record_holder' && from.holderId === to.holderId) {
      return err({ code: 'same_holder', holderId: to.holderId });
    }
  }
  return ok(to);
}

/** The state a chain decision puts a trace in; `now` is when the hop was opened (ISO timestamp). */
export function stateForDecision(decision: ChainDecision, now: string): TraceState {
  switch (decision.kind) {
    case 'ask':
    case 'await':
      return { status: 'awaiting_record_holder', holderId: decision.holder.id, since: now };
    case 'completed':
      return { status: 'completed' };
    case 'not_traceable':
      return { status: 'not_traceable', reason: decision.reason };
  }
}

/** Every licensee must answer a trace request within 24 hours (27 CFR 478.25a). */
export const HOP_ANSWER_HOURS = 24;

/** When an open hop is due, as an ISO timestamp (UTC). */
export function hopDueAt(askedAt: string): string {
  const asked = Date.parse(askedAt);
  if (Number.isNaN(asked)) throw new RangeError(`hopDueAt: not a timestamp: ${askedAt}`);
  return new Date(asked + HOP_ANSWER_HOURS * 3_600_000).toISOString();
}

export function isHopOverdue(askedAt: string, now: string): boolean {
  return Date.parse(now) > Date.parse(hopDueAt(askedAt));
}
