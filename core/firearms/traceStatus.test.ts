import { describe, expect, it } from 'vitest';
import { NON_COMPLETION_REASONS } from './chainTypes';
import {
  canTransition,
  hopDueAt,
  isFinal,
  isHopOverdue,
  stateForDecision,
  TRACE_STATUSES,
  transitionTrace,
  type TraceState,
  type TraceStatus,
} from './traceStatus';

const state = (status: TraceStatus): TraceState => {
  switch (status) {
    case 'awaiting_record_holder':
      return { status, holderId: 'h1', since: '2025-01-01T00:00:00Z' };
    case 'not_traceable':
      return { status, reason: 'pre_1968' };
    default:
      return { status };
  }
};

describe('trace status transitions', () => {
  it('allows exactly the documented moves', () => {
    const allowed = new Set([
      'submitted>in_progress',
      'submitted>not_traceable',
      'in_progress>awaiting_record_holder',
      'in_progress>completed',
      'in_progress>not_traceable',
      'awaiting_record_holder>in_progress',
      'awaiting_record_holder>awaiting_record_holder',
      'awaiting_record_holder>completed',
      'awaiting_record_holder>not_traceable',
    ]);
    for (const from of TRACE_STATUSES) {
      for (const to of TRACE_STATUSES) {
        expect(canTransition(from, to), `${from}>${to}`).toBe(allowed.has(`${from}>${to}`));
        const target = to === 'awaiting_record_holder' ? { ...state(to), holderId: 'h2' } : state(to);
        expect(transitionTrace(state(from), target).ok, `${from}>${to}`).toBe(allowed.has(`${from}>${to}`));
      }
    }
    expect(isFinal('completed')).toBe(true);
    expect(isFinal('not_traceable')).toBe(true);
    expect(isFinal('awaiting_record_holder')).toBe(false);
  });

  it('requires a known reason to close as not traceable, and a holder to wait for', () => {
    const bad = { status: 'not_traceable', reason: 'felt_like_it' } as unknown as TraceState;
    expect(transitionTrace(state('in_progress'), bad)).toEqual({
      ok: false,
      error: { code: 'reason_required' },
    });
    for (const reason of NON_COMPLETION_REASONS) {
      expect(transitionTrace(state('in_progress'), { status: 'not_traceable', reason }).ok).toBe(true);
    }
    const noHolder = { status: 'awaiting_record_holder', holderId: '', since: 'x' } as TraceState;
    expect(transitionTrace(state('in_progress'), noHolder)).toEqual({
      ok: false,
      error: { code: 'holder_required' },
    });
    expect(transitionTrace(state('awaiting_record_holder'), state('awaiting_record_holder'))).toEqual({
      ok: false,
      error: { code: 'same_holder', holderId: 'h1' },
    });
  });

  it('maps chain decisions to states', () => {
    const holder = { id: 'd1', kind: 'dealer' as const };
    expect(stateForDecision({ kind: 'ask', hopIndex: 2, holder }, 'T')).toEqual({
      status: 'awaiting_record_holder',
      holderId: 'd1',
      since: 'T',
    });
    expect(
      stateForDecision({ kind: 'not_traceable', reason: 'loop_in_records', hopIndex: 1, params: {} }, 'T'),
    ).toEqual({
      status: 'not_traceable',
      reason: 'loop_in_records',
    });
  });

  it('gives record holders 24 hours to answer', () => {
    expect(hopDueAt('2025-03-01T10:00:00Z')).toBe('2025-03-02T10:00:00.000Z');
    expect(isHopOverdue('2025-03-01T10:00:00Z', '2025-03-02T10:00:00Z')).toBe(false);
    expect(isHopOverdue('2025-03-01T10:00:00Z', '2025-03-02T10:00:01Z')).toBe(true);
    expect(() => hopDueAt('yesterday')).toThrow(RangeError);
  });
});
