// Documents on a notification. Attached and removed by the exporting authority only while the notice is a
// draft (what the importing authority was sent must not change under it; see
// docs/decisions/0006-notification-attachments.md); read by whoever may read the notification, every read
// audited so the exporting authority sees each download by the importing side.
import { sql } from 'kysely';
import { decideTransition } from '../../../../core/chemicals/notificationStatus';
import type { Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { AppError, conflict, invalidFields, notFound } from '../../../platform/errors';
import { authorizeAbility } from '../../../platform/policy';
import { auditOnly, inTransaction } from '../../../platform/transaction';
import {
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  sanitizeFilename,
  sha256Hex,
  sniffAttachmentType,
  type AttachmentKind,
} from '../attachmentFiles';
import { findReadableNotification, type NotificationRow } from '../queries';
import { notificationDb, type NotificationTx } from '../tables';
import { sideOf } from './actingSide';

/** 404 unless readable; 403 unless the actor is a regulator of the exporting authority. */
async function loadOwnNotification(db: Db, actor: Actor, id: string): Promise<NotificationRow> {
  const row = await findReadableNotification(db, actor, id);
  if (!row) throw notFound('export_notification');
  authorizeAbility(actor, 'manage_notifications');
  if (sideOf(actor, row) !== 'exporter') throw new AppError('forbidden');
  return row;
}

/** Locks the notification row and refuses unless it is still a draft (a send waits for us, or we see it). */
async function lockDraft(tx: NotificationTx, id: string) {
  const locked = await tx
    .selectFrom('export_notifications')
    .select('status')
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (!decideTransition(locked.status, 'edit', 'exporter').ok)
    throw conflict('notification_not_draft', { status: locked.status });
}

export interface AttachmentUpload {
  kind: AttachmentKind;
  filename: string;
  content: Uint8Array;
}

export async function attachDocument(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  id: string,
  upload: AttachmentUpload,
): Promise<string> {
  const row = await loadOwnNotification(db, actor, id);
  if (upload.content.length === 0) throw invalidFields({ field: 'file', message: 'attachment_empty' });
  if (upload.content.length > MAX_ATTACHMENT_BYTES)
    throw invalidFields({
      field: 'file',
      message: 'attachment_too_large',
      params: { maximum: MAX_ATTACHMENT_BYTES },
    });
  const type = sniffAttachmentType(upload.content);
  if (!type) throw invalidFields({ field: 'file', message: 'attachment_type' });
  const filename = sanitizeFilename(upload.filename, type);
  const sha256 = sha256Hex(upload.content);

  return inTransaction(db, context, async (transaction, audit) => {
    const tx = notificationDb(transaction);
    await lockDraft(tx, id);
    const { count } = await tx
      .selectFrom('notification_attachments')
      .select(sql<number>`count(*)::int`.as('count'))
      .where('notification_id', '=', id)
      .executeTakeFirstOrThrow();
    if (count >= MAX_ATTACHMENTS)
      throw invalidFields({
        field: 'file',
        message: 'attachment_limit',
        params: { maximum: MAX_ATTACHMENTS },
      });
    const inserted = await tx
      .insertInto('notification_attachments')
      .values({
        notification_id: id,
        kind: upload.kind,
        filename,
        content_type: type,
        size_bytes: upload.content.length,
        sha256,
        content: upload.content,
        created_by_user_id: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .updateTable('export_notifications')
      .set({ updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    await audit({
      action: 'export_notification.attach',
      recordType: 'export_notification',
      recordId: id,
      ownerAgencyId: row.owner_agency_id,
      details: { attachmentId: inserted.id, kind: upload.kind, filename, contentType: type, sha256 },
    });
    return inserted.id;
  });
}

export async function removeAttachment(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  id: string,
  attachmentId: string,
): Promise<void> {
  const row = await loadOwnNotification(db, actor, id);
  await inTransaction(db, context, async (transaction, audit) => {
    const tx = notificationDb(transaction);
    await lockDraft(tx, id);
    const removed = await tx
      .deleteFrom('notification_attachments')
      .where('id', '=', attachmentId)
      .where('notification_id', '=', id)
      .returning(['filename', 'sha256'])
      .executeTakeFirst();
    if (!removed) throw notFound('attachment');
    await tx
      .updateTable('export_notifications')
      .set({ updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    await audit({
      action: 'export_notification.detach',
      recordType: 'export_notification',
      recordId: id,
      ownerAgencyId: row.owner_agency_id,
      details: { attachmentId, filename: removed.filename, sha256: removed.sha256 },
    });
  });
}

/** One document's bytes, if the actor may read its notification (404 otherwise); the read is audited. */
export async function readAttachment(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  id: string,
  attachmentId: string,
) {
  const row = await findReadableNotification(db, actor, id);
  if (!row) throw notFound('export_notification');
  const attachment = await notificationDb(db)
    .selectFrom('notification_attachments')
    .selectAll()
    .where('id', '=', attachmentId)
    .where('notification_id', '=', id)
    .executeTakeFirst();
  if (!attachment) throw notFound('attachment');
  await auditOnly(db, context, {
    action: 'export_notification.attachment_read',
    recordType: 'export_notification',
    recordId: id,
    ownerAgencyId: row.owner_agency_id,
    details: {
      side: sideOf(actor, row) ?? 'other',
      attachmentId,
      filename: attachment.filename,
      sha256: attachment.sha256,
    },
  });
  return attachment;
}
