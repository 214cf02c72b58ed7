// Records a company (exporter, importer, consignee) the authority can name on its notices.
import type { z } from 'zod';
import type { Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { authorizeAbility } from '../../../platform/policy';
import { inTransaction } from '../../../platform/transaction';
import type { createPartyBody } from '../schemas';
import { notificationDb } from '../tables';

export async function createParty(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  input: z.infer<typeof createPartyBody>,
) {
  authorizeAbility(actor, 'manage_notifications');
  const identifiers = { ...input.identifiers };
  if (identifiers.ein) identifiers.ein = identifiers.ein.replace(/^(\d{2})-?(\d{7})$/, '$1-$2');
  return inTransaction(db, context, async (transaction, audit) => {
    const row = await notificationDb(transaction)
      .insertInto('parties')
      .values({
        owner_agency_id: actor.agencyId,
        name: input.name,
        country: input.country,
        identifiers: JSON.stringify(identifiers),
        address: input.address,
        created_by_user_id: actor.userId,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit({
      action: 'party.create',
      recordType: 'party',
      recordId: row.id,
      ownerAgencyId: actor.agencyId,
      details: { name: input.name, country: input.country },
    });
    return row;
  });
}
