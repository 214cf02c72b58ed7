// Expires notices still awaiting an answer when their dispatch date has passed (sent | acknowledged →
// expired). For a scheduler to call; each expiry is audited as a system action.
import { sql } from 'kysely';
import type { Db } from '../../../db/connect';
import { inTransaction } from '../../../platform/transaction';
import { TODAY_UTC } from '../queries';
import { notificationDb } from '../tables';

const SYSTEM = { userId: null, agencyId: null, ip: null, requestId: null };

/** Returns the ids it expired. `today` (yyyy-mm-dd, UTC) defaults to the database's current date. */
export async function expireOverdueNotifications(
  db: Db,
  options: { today?: string } = {},
): Promise<string[]> {
  const today = options.today ? sql<string>`${options.today}::date` : TODAY_UTC;
  return inTransaction(db, SYSTEM, async (transaction, audit) => {
    const expired = await notificationDb(transaction)
      .updateTable('export_notifications as n')
      .set((eb) => ({
        status: 'expired',
        closed_at: new Date(),
        updated_at: new Date(),
        version: eb('version', '+', 1),
      }))
      .where('n.status', 'in', ['sent', 'acknowledged'])
      .where(sql<boolean>`n.planned_dispatch_date < ${today}`)
      .returning(['n.id', 'n.owner_agency_id', sql<string>`n.planned_dispatch_date::text`.as('dispatch')])
      .execute();
    if (expired.length)
      await audit(
        ...expired.map((n) => ({
          action: 'export_notification.expire',
          recordType: 'export_notification',
          recordId: n.id,
          ownerAgencyId: n.owner_agency_id,
          details: { to: 'expired', plannedDispatchDate: n.dispatch },
        })),
      );
    return expired.map((n) => n.id);
  });
}
