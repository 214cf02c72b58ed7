// The workflow actions after sending: the importing authority acknowledges, clears or objects (with a
// reason); the exporting authority records the shipment or stops the notice. Two officers acting at once:
// the update only applies to the status and version both read, so one wins and the other gets a conflict.
import type { NotificationAction } from '../../../../core/chemicals/notificationStatus';
import type { Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { inTransaction } from '../../../platform/transaction';
import { staleVersion } from '../conflicts';
import { notificationDb } from '../tables';
import { loadForAction } from './actingSide';

export type WorkflowAction = Extract<
  NotificationAction,
  'acknowledge' | 'clear' | 'object' | 'ship' | 'stop'
>;

export async function transitionNotification(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  id: string,
  action: WorkflowAction,
  input: { version: number; reason?: string },
) {
  const { row, to } = await loadForAction(db, actor, id, action, input.version);
  const status = to!;
  await inTransaction(db, context, async (transaction, audit) => {
    const tx = notificationDb(transaction);
    const now = new Date();
    const updated = await tx
      .updateTable('export_notifications')
      .set((eb) => ({
        status,
        updated_at: now,
        version: eb('version', '+', 1),
        ...(action === 'acknowledge' ? { acknowledged_at: now } : {}),
        ...(action === 'clear' || action === 'object' ? { decided_at: now } : {}),
        ...(action === 'object' ? { objection_reason: input.reason! } : {}),
        ...(action === 'ship' || action === 'stop' ? { closed_at: now } : {}),
      }))
      .where('id', '=', id)
      .where('status', '=', row.status)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw staleVersion(input.version);
    await audit({
      action: `export_notification.${action}`,
      recordType: 'export_notification',
      recordId: id,
      ownerAgencyId: row.owner_agency_id,
      details: { from: row.status, to: status, ...(input.reason ? { reason: input.reason } : {}) },
    });
  });
}
