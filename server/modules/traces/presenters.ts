// Exactly the trace fields that leave the server. The first retail purchaser is personal data: only roles allowed
// to see personal data get name, birth date and address (as the firearms presenter does for possessors).
import type { z } from 'zod';
import { actorHasAbility, type Actor } from '../../../core/sharing';
import { indicatorText, notTraceableText } from '../../../core/i18n/firearms/traces';
import { problemText } from '../../../core/i18n/errors';
import type { Locale } from '../../../core/i18n/locale';
import { PROBLEM_BASE } from '../../platform/errors';
import type { TraceRequestOutcome } from './batch/requestTraces';
import { isFinal, type IndicatorCode, type TraceStatus } from '../../../core/firearms';
import type { HopRow, InboxRow, TraceAccess, TraceRow } from './queries';
import type { QueuedTrace } from './queue';
import type { StoredTraceResult } from './tables';
import type {
  hopView,
  inboxHopView,
  queuedTraceView,
  traceBatchView,
  traceResultView,
  traceSummaryView,
  traceView,
} from './schemas';

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();
const overdue = (due: Date | string | null, answered: Date | string | null = null) =>
  due !== null && answered === null && Date.now() > new Date(due).getTime();

/**
 * The serial as people read it off the gun: the plain form (case and separators aside, exactly as recorded), never
 * the folded search key, whose look-alike digits (CSVINJ1 → C5V1NJ1) would send an officer after the wrong number.
 */
export function displaySerial(row: {
  serial_plain: string | null;
  serial_folded: string | null;
}): string | null {
  return row.serial_plain ?? row.serial_folded;
}

export function presentPurchaser(
  purchaser: StoredTraceResult['purchaser'],
  actor: Actor,
): z.infer<typeof traceResultView>['purchaser'] {
  if (!actorHasAbility(actor, 'read_personal_data'))
    return { name: null, birthDate: null, address: null, masked: true };
  return { ...purchaser, masked: false };
}

export function presentResult(
  result: StoredTraceResult,
  actor: Actor,
  locale: Locale,
): z.infer<typeof traceResultView> {
  return {
    custody: result.custody,
    dealer: result.dealer,
    purchaser: presentPurchaser(result.purchaser, actor),
    purchaseDate: result.purchaseDate,
    timeToCrime: result.ttc,
    indicators: result.indicators.map((i) => ({
      code: i.code as IndicatorCode,
      strength: i.strength,
      messageKey: i.messageKey,
      params: i.params,
      message: indicatorText(locale, i.code as IndicatorCode, i.params),
    })),
  };
}

export function presentHop(h: HopRow): z.infer<typeof hopView> {
  return {
    id: h.id,
    index: h.hop_index,
    holder: {
      id: h.holder_id,
      name: h.holder_name,
      kind: h.holder_kind,
      licence: h.holder_licence,
      usState: h.holder_us_state,
    },
    askedAt: iso(h.asked_at),
    dueAt: iso(h.due_at),
    overdue: overdue(h.due_at, h.answered_at),
    answeredAt: h.answered_at ? iso(h.answered_at) : null,
    answeredBy: h.answered_by,
    state: h.state,
  };
}

/** A queue row: its summary and the deadline the queue is ordered by. */
export function presentQueuedTrace(row: QueuedTrace): z.infer<typeof queuedTraceView> {
  return { ...presentTraceSummary(row), dueAt: iso(row.queue_due_at), overdue: overdue(row.queue_due_at) };
}

export function presentTraceSummary(row: TraceRow): z.infer<typeof traceSummaryView> {
  return {
    id: row.id,
    recoveryId: row.recovery_id,
    priority: row.priority,
    status: row.status,
    firearm: {
      make: row.make,
      model: row.model,
      serial: displaySerial(row),
      serialState: row.serial_state,
      recoveredOn: row.recovered_on_text,
      recoveryCountry: row.recovery_country,
    },
    awaiting:
      row.status === 'awaiting_record_holder' &&
      row.awaiting_holder_id &&
      row.awaiting_name &&
      row.awaiting_kind
        ? {
            holder: {
              id: row.awaiting_holder_id,
              name: row.awaiting_name,
              kind: row.awaiting_kind,
              licence: row.awaiting_licence ?? '',
              usState: row.awaiting_us_state,
            },
            since: iso(row.awaiting_since ?? row.updated_at),
            dueAt: iso(row.awaiting_due_at ?? row.updated_at),
            overdue: overdue(row.awaiting_due_at),
          }
        : null,
    tlp: row.tlp,
    distribution: row.distribution,
    ownerAgency: {
      id: row.owner_agency_id,
      code: row.owner_code,
      name: row.owner_name,
      country: row.owner_country,
    },
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export function presentTrace(
  row: TraceRow,
  hops: HopRow[],
  actor: Actor,
  access: TraceAccess,
  canExport: boolean,
  locale: Locale,
): z.infer<typeof traceView> {
  return {
    ...presentTraceSummary(row),
    justification: row.justification,
    reason: row.reason
      ? {
          code: row.reason,
          params: row.reason_params,
          message: notTraceableText(locale, row.reason, row.reason_params),
        }
      : null,
    tracingCentre:
      row.centre_agency_id && row.centre_code && row.centre_name && row.centre_country
        ? {
            id: row.centre_agency_id,
            code: row.centre_code,
            name: row.centre_name,
            country: row.centre_country,
          }
        : null,
    routingReason: row.routing_reason,
    candidates: {
      state: row.candidate_state,
      // Candidate serials come from a holder's records: shown to the tracing centre only.
      items: access.works
        ? row.candidates.map((c) => ({ serial: c.serialFolded, model: c.model, score: c.score }))
        : [],
    },
    hops: hops.map(presentHop),
    warnings: row.warnings,
    result: row.result ? presentResult(row.result, actor, locale) : null,
    version: row.version,
    abilities: {
      confirmCandidate: access.works && row.candidate_state === 'pending' && !isFinal(row.status),
      close: access.works && !isFinal(row.status),
      export: canExport,
    },
  };
}

export function presentInboxHop(h: InboxRow): z.infer<typeof inboxHopView> {
  return {
    id: h.id,
    holder: {
      id: h.holder_id,
      name: h.holder_name,
      kind: h.holder_kind,
      licence: h.holder_licence,
      usState: h.holder_us_state,
    },
    firearm: { make: h.make, model: h.model, serial: displaySerial(h) },
    priority: h.priority,
    askedAt: iso(h.asked_at),
    dueAt: iso(h.due_at),
    overdue: overdue(h.due_at, h.answered_at),
    state: h.state,
    answeredAt: h.answered_at ? iso(h.answered_at) : null,
  };
}

/** A batch's outcome per firearm, in the order asked; a refused firearm carries its own problem, localized. */
export function presentTraceBatch(
  outcomes: TraceRequestOutcome[],
  locale: Locale,
): z.infer<typeof traceBatchView> {
  const byStatus: Record<string, number> = {};
  const items = outcomes.map((o) => {
    if (o.ok) {
      byStatus[o.status] = (byStatus[o.status] ?? 0) + 1;
      return {
        recoveryId: o.recoveryId,
        trace: { id: o.traceId, status: o.status as TraceStatus },
        problem: null,
      };
    }
    const { title, detail } = problemText(locale, o.error.type, o.error.params);
    return {
      recoveryId: o.recoveryId,
      trace: null,
      problem: {
        type: PROBLEM_BASE + o.error.type.replaceAll('_', '-'),
        title,
        status: o.error.status,
        detail,
      },
    };
  });
  const created = items.filter((i) => i.trace).length;
  return {
    items,
    summary: { requested: items.length, created, refused: items.length - created, byStatus },
  };
}
