// Pre-export notifications (INCB PEN Online style): the statuses, the workflow actions, which side of the
// notice may take each action and from which statuses, and the deadline rules. Pure: no clock, no I/O.
//
//   draft ──send──▶ sent ──acknowledge──▶ acknowledged
//   sent | acknowledged ──clear──▶ cleared ──ship──▶ shipped
//   sent | acknowledged ──object (reason)──▶ objected
//   draft | sent | acknowledged | cleared | objected ──stop──▶ stopped      (exporting authority)
//   sent | acknowledged ──expire──▶ expired   (system, when the dispatch date passed without clearance)

export const NOTIFICATION_STATUSES = [
  'draft',
  'sent',
  'acknowledged',
  'cleared',
  'objected',
  'shipped',
  'stopped',
  'expired',
] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

export const NOTIFICATION_ACTIONS = [
  'edit',
  'send',
  'acknowledge',
  'clear',
  'object',
  'ship',
  'stop',
  'expire',
] as const;
export type NotificationAction = (typeof NOTIFICATION_ACTIONS)[number];

/** Who acts: the exporting authority (owner), the importing authority, or the scheduler. */
export type NotificationSide = 'exporter' | 'importer' | 'system';

interface Rule {
  side: NotificationSide;
  from: readonly NotificationStatus[];
  /** null: the action changes content, not status (editing a draft). */
  to: NotificationStatus | null;
}

const RULES: Record<NotificationAction, Rule> = {
  edit: { side: 'exporter', from: ['draft'], to: null },
  send: { side: 'exporter', from: ['draft'], to: 'sent' },
  acknowledge: { side: 'importer', from: ['sent'], to: 'acknowledged' },
  clear: { side: 'importer', from: ['sent', 'acknowledged'], to: 'cleared' },
  object: { side: 'importer', from: ['sent', 'acknowledged'], to: 'objected' },
  ship: { side: 'exporter', from: ['cleared'], to: 'shipped' },
  // The exporting authority withdraws a notice (or records that an objected shipment did not go) any time
  // before it ships or expires.
  stop: { side: 'exporter', from: ['draft', 'sent', 'acknowledged', 'cleared', 'objected'], to: 'stopped' },
  expire: { side: 'system', from: ['sent', 'acknowledged'], to: 'expired' },
};

/** The statuses an action may be taken from (e.g. for the scheduler's expiry sweep in SQL). */
export function statusesAllowing(action: NotificationAction): readonly NotificationStatus[] {
  return RULES[action].from;
}

/** Statuses in which the importing authority still owes an answer (overdue applies only to these). */
export const AWAITING_RESPONSE: readonly NotificationStatus[] = ['sent', 'acknowledged'];
export const FINAL_STATUSES: readonly NotificationStatus[] = ['shipped', 'stopped', 'expired'];

export type TransitionDecision =
  | { ok: true; from: readonly NotificationStatus[]; to: NotificationStatus | null }
  /** This side never takes this action (e.g. the exporter clearing its own notice). */
  | { ok: false; reason: 'not_your_action' }
  /** The right side, but not from the current status (e.g. clearing an objected notice). */
  | { ok: false; reason: 'invalid_status'; allowedFrom: readonly NotificationStatus[] };

export function decideTransition(
  status: NotificationStatus,
  action: NotificationAction,
  side: NotificationSide,
): TransitionDecision {
  const rule = RULES[action];
  if (rule.side !== side) return { ok: false, reason: 'not_your_action' };
  if (!rule.from.includes(status)) return { ok: false, reason: 'invalid_status', allowedFrom: rule.from };
  return { ok: true, from: rule.from, to: rule.to };
}

/** The actions `side` may take now, for the buttons the client shows. */
export function availableActions(status: NotificationStatus, side: NotificationSide): NotificationAction[] {
  return NOTIFICATION_ACTIONS.filter((action) => decideTransition(status, action, side).ok);
}

// Deadlines. Dates are calendar days (yyyy-mm-dd, UTC).

/** US law (21 U.S.C. 971, 21 CFR 1313.21) asks for 15 days' notice before a listed chemical is exported. */
export const NOTICE_DAYS = 15;
/** The importing authority is asked to answer within this many days of receipt, and before dispatch. */
export const RESPONSE_DAYS = 15;

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The last day a (non-voluntary) notice may be sent: dispatch date − 15 days. */
export function sendByDate(plannedDispatchDate: string): string {
  return addDays(plannedDispatchDate, -NOTICE_DAYS);
}

/**
 * Whether a notice may be sent on `today`: never on or after the dispatch date; a non-voluntary notice
 * also not after its send-by date. Voluntary notices (PEN Online Light, non-scheduled chemicals) are exempt
 * from the 15-day rule because they are courtesy notices the law does not require.
 */
export function sendingAllowed(
  plannedDispatchDate: string,
  voluntary: boolean,
  today: string,
): { ok: true } | { ok: false; reason: 'dispatch_not_future' | 'notice_too_late'; sendBy: string } {
  const sendBy = sendByDate(plannedDispatchDate);
  if (today >= plannedDispatchDate) return { ok: false, reason: 'dispatch_not_future', sendBy };
  if (!voluntary && today > sendBy) return { ok: false, reason: 'notice_too_late', sendBy };
  return { ok: true };
}

/** The day by which the importing authority should answer: 15 days after receipt, and no later than the day before dispatch. */
export function responseDueDate(sentDay: string, plannedDispatchDate: string): string {
  const byReceipt = addDays(sentDay, RESPONSE_DAYS);
  const beforeDispatch = addDays(plannedDispatchDate, -1);
  return byReceipt < beforeDispatch ? byReceipt : beforeDispatch;
}

/** Overdue: still awaiting the importer's answer after its due day. */
export function isOverdue(status: NotificationStatus, responseDue: string | null, today: string): boolean {
  return responseDue !== null && AWAITING_RESPONSE.includes(status) && today > responseDue;
}

/** Expired: still awaiting an answer when the dispatch date has passed. */
export function shouldExpire(
  status: NotificationStatus,
  plannedDispatchDate: string,
  today: string,
): boolean {
  return AWAITING_RESPONSE.includes(status) && today > plannedDispatchDate;
}
