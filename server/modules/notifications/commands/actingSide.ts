// Loads a notification for an action: 404 when the actor may not read it, 403 when the actor's role may
// not act on notifications or the action is the other side's, 409 when the status does not allow it.
import {
  decideTransition,
  type NotificationAction,
  type NotificationSide,
} from '../../../../core/chemicals/notificationStatus';
import type { Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import { AppError, conflict, notFound } from '../../../platform/errors';
import { staleVersion } from '../conflicts';
import { authorizeAbility } from '../../../platform/policy';
import { findReadableNotification, type NotificationRow } from '../queries';

export function sideOf(actor: Actor, row: Pick<NotificationRow, 'owner_agency_id' | 'importing_agency_id'>) {
  if (row.owner_agency_id === actor.agencyId) return 'exporter' as const;
  if (row.importing_agency_id === actor.agencyId) return 'importer' as const;
  return null;
}

export async function loadForAction(
  db: Db,
  actor: Actor,
  id: string,
  action: NotificationAction,
  version: number,
): Promise<{ row: NotificationRow; side: NotificationSide; to: NotificationRow['status'] | null }> {
  const row = await findReadableNotification(db, actor, id);
  if (!row) throw notFound('export_notification');
  authorizeAbility(actor, 'manage_notifications');
  const side = sideOf(actor, row);
  if (!side) throw new AppError('forbidden');
  const decision = decideTransition(row.status, action, side);
  if (!decision.ok) {
    if (decision.reason === 'not_your_action') throw new AppError('forbidden');
    throw conflict(action === 'edit' ? 'notification_not_draft' : 'notification_status', {
      status: row.status,
    });
  }
  if (row.version !== version) throw staleVersion(version);
  return { row, side, to: decision.to };
}
