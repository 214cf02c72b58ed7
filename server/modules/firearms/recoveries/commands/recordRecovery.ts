// Records one recovered firearm for the actor's agency, with the description warnings it raised. The same firearm
// recorded twice by one agency (same case number, serial and recovery date) is a conflict, not a second record.
import type { z } from 'zod';
import { actorHasAbility, type Actor } from '../../../../../core/sharing';
import type { Db } from '../../../../db/connect';
import type { AuditActorContext } from '../../../../platform/audit';
import { AppError, conflict } from '../../../../platform/errors';
import { checkSharingChoice } from '../../../../platform/policy';
import { inTransaction } from '../../../../platform/transaction';
import { recordMatchNotices } from '../../match-notices/recordMatches';
import type { createRecoveryBody } from '../schemas';
import { recoveryValues } from '../values';

export async function recordRecovery(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  input: z.infer<typeof createRecoveryBody>,
): Promise<string> {
  if (!actorHasAbility(actor, 'record_recoveries')) throw new AppError('forbidden');
  const sharingGroupId = checkSharingChoice(actor, input.distribution, input.sharingGroupId);
  const values = recoveryValues(actor, input, { ...input, sharingGroupId });
  return inTransaction(db, context, async (tx, audit) => {
    const row = await tx
      .insertInto('recoveries')
      .values(values)
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) throw conflict('recovery_duplicate');
    await audit({
      action: 'recovery.create',
      recordType: 'recovery',
      recordId: row.id,
      ownerAgencyId: actor.agencyId,
      details: {
        distribution: input.distribution,
        sharingGroupId,
        tlp: input.tlp,
        discoverable: input.discoverable,
      },
    });
    await recordMatchNotices(tx, audit, 'recovery', [row.id]);
    return row.id;
  });
}
