// Expires notices still awaiting an answer when their dispatch date has passed (sent | acknowledged →
// expired, the status machine's `expire`). Run by the server's scheduler (expiryScheduler.ts) and by
// `rastro notifications expire`; each expiry is audited as a system action (no user, no agency).
import { sql } from 'kysely';
import { statusesAllowing, utcDay } from '../../../../core/chemicals/notificationStatus';
import type { Db } from '../../../db/connect';
import { inTransaction } from '../../../platform/transaction';
import { notificationDb } from '../tables';

const SYSTEM = { userId: null, agencyId: null, ip: null, requestId: null };

/**
 * Returns the ids it expired. `now` (default: the clock) decides "today" as a UTC day, so tests and the
 * command line can pass the moment they mean; `today` (yyyy-mm-dd) overrides the day alone.
 */
export async function expireOverdueNotifications(
  db: Db,
  options: { now?: Date; today?: string } = {},
): Promise<string[]> {
  const now = options.now ?? new Date();
  const today = options.today ?? utcDay(now);
  return inTransaction(db, SYSTEM, async (transaction, audit) => {
    const expired = await notificationDb(transaction)
      .updateTable('export_notifications as n')
      .set((eb) => ({
        status: 'expired',
        closed_at: now,
        updated_at: now,
        version: eb('version', '+', 1),
      }))
      .where('n.status', 'in', [...statusesAllowing('expire')])
      .where(sql<boolean>`n.planned_dispatch_date < ${today}::date`)
      .returning([
        'n.id',
        'n.owner_agency_id',
        'n.status',
        sql<string>`n.planned_dispatch_date::text`.as('dispatch'),
      ])
      .execute();
    if (expired.length)
      await audit(
        ...expired.map((n) => ({
          action: 'export_notification.expire',
          recordType: 'export_notification',
          recordId: n.id,
          ownerAgencyId: n.owner_agency_id,
          details: { to: 'expired', plannedDispatchDate: n.dispatch, today },
        })),
      );
    return expired.map((n) => n.id);
  });
}
