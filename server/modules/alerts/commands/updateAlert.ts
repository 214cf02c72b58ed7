// Edits an alert. Changing who may see it (distribution, group, TLP, discoverability) is a share,
// which needs more than an edit. The version check turns a lost update into a clear conflict.
import type { z } from 'zod';
import type { Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { conflict, notFound } from '../../../platform/errors';
import { authorizeRecord, checkSharingChoice } from '../../../platform/policy';
import { inTransaction } from '../../../platform/transaction';
import type { updateAlertBody } from '../schemas';

export async function updateAlert(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof updateAlertBody>,
) {
  const before = await db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!before) throw notFound('alert');
  const changesSharing =
    (input.distribution !== undefined && input.distribution !== before.distribution) ||
    (input.sharingGroupId !== undefined && input.sharingGroupId !== before.sharing_group_id) ||
    (input.tlp !== undefined && input.tlp !== before.tlp) ||
    (input.discoverable !== undefined && input.discoverable !== before.discoverable);
  await authorizeRecord(db, actor, changesSharing ? 'share' : 'update', 'alert', before);
  if (changesSharing) await authorizeRecord(db, actor, 'update', 'alert', before);
  const distribution = input.distribution ?? before.distribution;
  const sharingGroupId = checkSharingChoice(
    actor,
    distribution,
    input.sharingGroupId === undefined ? before.sharing_group_id : input.sharingGroupId,
  );

  await inTransaction(db, context, async (tx, audit) => {
    const updated = await tx
      .updateTable('alerts')
      .set((eb) => ({
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.body !== undefined ? { body: input.body } : {}),
        ...(input.expiresAt !== undefined ? { expires_at: input.expiresAt } : {}),
        ...(input.tlp !== undefined ? { tlp: input.tlp } : {}),
        ...(input.discoverable !== undefined ? { discoverable: input.discoverable } : {}),
        distribution,
        sharing_group_id: sharingGroupId,
        updated_at: new Date(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n)
      throw conflict('alert_changed', { yourVersion: input.version, currentVersion: before.version });
    const { version: _version, ...change } = input;
    await audit({
      action: changesSharing ? 'alert.share' : 'alert.update',
      recordType: 'alert',
      recordId: id,
      ownerAgencyId: before.owner_agency_id,
      details: {
        change,
        before: changesSharing
          ? {
              distribution: before.distribution,
              sharingGroupId: before.sharing_group_id,
              tlp: before.tlp,
              discoverable: before.discoverable,
            }
          : undefined,
      },
    });
  });
}
