// Opening a notification: checked by the policy (404 for anyone but the two authorities) and audited,
// so the exporting authority can see every read by the importing side.
import type { Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { notFound } from '../../../platform/errors';
import { auditOnly } from '../../../platform/transaction';
import { findReadableNotification } from '../queries';
import { sideOf } from './actingSide';

export async function readNotification(db: Db, context: AuditActorContext, actor: Actor, id: string) {
  const row = await findReadableNotification(db, actor, id);
  if (!row) throw notFound('export_notification');
  await auditOnly(db, context, {
    action: 'export_notification.read',
    recordType: 'export_notification',
    recordId: id,
    ownerAgencyId: row.owner_agency_id,
    details: { side: sideOf(actor, row) ?? 'other', status: row.status },
  });
  return row;
}
