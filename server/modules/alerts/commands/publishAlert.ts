// Publishes an alert from the actor's agency to the distribution it chooses.
import type { z } from 'zod';
import { actorHasAbility, type Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { AppError } from '../../../platform/errors';
import { checkSharingChoice } from '../../../platform/policy';
import { inTransaction } from '../../../platform/transaction';
import type { createAlertBody } from '../schemas';

export async function publishAlert(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  input: z.infer<typeof createAlertBody>,
): Promise<string> {
  if (!actorHasAbility(actor, 'publish_alerts')) throw new AppError('forbidden');
  const sharingGroupId = checkSharingChoice(actor, input.distribution, input.sharingGroupId);
  return inTransaction(db, context, async (tx, audit) => {
    const row = await tx
      .insertInto('alerts')
      .values({
        owner_agency_id: actor.agencyId,
        distribution: input.distribution,
        sharing_group_id: sharingGroupId,
        tlp: input.tlp,
        discoverable: input.discoverable,
        title: input.title,
        body: input.body,
        expires_at: input.expiresAt ?? null,
        created_by_user_id: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit({
      action: 'alert.create',
      recordType: 'alert',
      recordId: row.id,
      ownerAgencyId: actor.agencyId,
      details: {
        distribution: input.distribution,
        sharingGroupId,
        tlp: input.tlp,
        discoverable: input.discoverable,
      },
    });
    return row.id;
  });
}
