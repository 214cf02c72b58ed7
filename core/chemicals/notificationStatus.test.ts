// The notification workflow as a full table: every status × action × side, written out by hand.
import { describe, expect, it } from 'vitest';
import {
  availableActions,
  decideTransition,
  isOverdue,
  NOTIFICATION_ACTIONS,
  NOTIFICATION_STATUSES,
  responseDueDate,
  sendByDate,
  sendingAllowed,
  shouldExpire,
  type NotificationAction,
  type NotificationSide,
  type NotificationStatus,
} from './notificationStatus';

// status → side → the actions allowed, and where they lead.
const EXPECTED: Record<
  NotificationStatus,
  Record<NotificationSide, Partial<Record<NotificationAction, NotificationStatus | null>>>
> = {
  draft: { exporter: { edit: null, send: 'sent', stop: 'stopped' }, importer: {}, system: {} },
  sent: {
    exporter: { stop: 'stopped' },
    importer: { acknowledge: 'acknowledged', clear: 'cleared', object: 'objected' },
    system: { expire: 'expired' },
  },
  acknowledged: {
    exporter: { stop: 'stopped' },
    importer: { clear: 'cleared', object: 'objected' },
    system: { expire: 'expired' },
  },
  cleared: { exporter: { ship: 'shipped', stop: 'stopped' }, importer: {}, system: {} },
  objected: { exporter: { stop: 'stopped' }, importer: {}, system: {} },
  shipped: { exporter: {}, importer: {}, system: {} },
  stopped: { exporter: {}, importer: {}, system: {} },
  expired: { exporter: {}, importer: {}, system: {} },
};

const OWNER: Record<NotificationAction, NotificationSide> = {
  edit: 'exporter',
  send: 'exporter',
  ship: 'exporter',
  stop: 'exporter',
  acknowledge: 'importer',
  clear: 'importer',
  object: 'importer',
  expire: 'system',
};

describe('notification transitions', () => {
  for (const status of NOTIFICATION_STATUSES)
    for (const side of ['exporter', 'importer', 'system'] as const)
      it(`${status} as ${side}`, () => {
        const expected = EXPECTED[status][side];
        for (const action of NOTIFICATION_ACTIONS) {
          const decision = decideTransition(status, action, side);
          if (action in expected) {
            expect(decision, `${action}`).toMatchObject({ ok: true, to: expected[action] });
          } else if (OWNER[action] !== side) {
            expect(decision, `${action}`).toEqual({ ok: false, reason: 'not_your_action' });
          } else {
            expect(decision, `${action}`).toMatchObject({ ok: false, reason: 'invalid_status' });
          }
        }
        expect(availableActions(status, side).sort()).toEqual(Object.keys(expected).sort());
      });

  it('only the importing authority clears or objects, only the exporter ships', () => {
    expect(decideTransition('sent', 'clear', 'exporter')).toEqual({ ok: false, reason: 'not_your_action' });
    expect(decideTransition('sent', 'object', 'exporter')).toEqual({
      ok: false,
      reason: 'not_your_action',
    });
    expect(decideTransition('cleared', 'ship', 'importer')).toEqual({ ok: false, reason: 'not_your_action' });
  });
});

describe('deadlines', () => {
  it('a notice must be sent at least 15 days before dispatch unless voluntary', () => {
    expect(sendByDate('2026-03-20')).toBe('2026-03-05');
    expect(sendingAllowed('2026-03-20', false, '2026-03-05')).toEqual({ ok: true });
    expect(sendingAllowed('2026-03-20', false, '2026-03-06')).toEqual({
      ok: false,
      reason: 'notice_too_late',
      sendBy: '2026-03-05',
    });
    expect(sendingAllowed('2026-03-20', true, '2026-03-19')).toEqual({ ok: true });
    expect(sendingAllowed('2026-03-20', true, '2026-03-20')).toMatchObject({
      ok: false,
      reason: 'dispatch_not_future',
    });
    // Across a month and a leap day.
    expect(sendByDate('2028-03-10')).toBe('2028-02-24');
  });

  it('the answer is due 15 days after receipt, at the latest the day before dispatch', () => {
    expect(responseDueDate('2026-01-01', '2026-06-01')).toBe('2026-01-16');
    expect(responseDueDate('2026-05-20', '2026-06-01')).toBe('2026-05-31');
  });

  it('overdue and expiry apply only while an answer is awaited', () => {
    expect(isOverdue('sent', '2026-01-16', '2026-01-16')).toBe(false);
    expect(isOverdue('sent', '2026-01-16', '2026-01-17')).toBe(true);
    expect(isOverdue('acknowledged', '2026-01-16', '2026-01-17')).toBe(true);
    for (const status of ['draft', 'cleared', 'objected', 'shipped', 'stopped', 'expired'] as const)
      expect(isOverdue(status, '2026-01-16', '2026-02-01'), status).toBe(false);
    expect(isOverdue('sent', null, '2026-02-01')).toBe(false);
    expect(shouldExpire('sent', '2026-06-01', '2026-06-01')).toBe(false);
    expect(shouldExpire('sent', '2026-06-01', '2026-06-02')).toBe(true);
    expect(shouldExpire('cleared', '2026-06-01', '2026-06-02')).toBe(false);
  });
});
