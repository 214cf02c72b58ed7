// Drafts a pre-export notification from the actor's authority. A draft is the exporter's alone until sent.
import type { z } from 'zod';
import type { Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { authorizeAbility } from '../../../platform/policy';
import { inTransaction } from '../../../platform/transaction';
import type { createNotificationBody } from '../schemas';
import { notificationDb } from '../tables';
import { checkDraft, lineRows } from './draftRules';

export async function createNotification(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  input: z.infer<typeof createNotificationBody>,
): Promise<string> {
  authorizeAbility(actor, 'manage_notifications');
  const draft = { ...input, consigneePartyId: input.consigneePartyId ?? null };
  await checkDraft(notificationDb(db), actor, draft);
  return inTransaction(db, context, async (transaction, audit) => {
    const tx = notificationDb(transaction);
    const row = await tx
      .insertInto('export_notifications')
      .values({
        owner_agency_id: actor.agencyId,
        tlp: input.tlp,
        importing_agency_id: input.importingAgencyId,
        exporter_party_id: input.exporterPartyId,
        importer_party_id: input.importerPartyId,
        consignee_party_id: draft.consigneePartyId,
        point_of_entry: input.pointOfEntry,
        planned_dispatch_date: input.plannedDispatchDate,
        route: input.route,
        transit_countries: input.transitCountries,
        voluntary: input.voluntary,
        reference: input.reference,
        created_by_user_id: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.insertInto('notification_lines').values(lineRows(row.id, input.lines)).execute();
    await audit({
      action: 'export_notification.create',
      recordType: 'export_notification',
      recordId: row.id,
      ownerAgencyId: actor.agencyId,
      details: {
        importingAgencyId: input.importingAgencyId,
        lines: input.lines.length,
        voluntary: input.voluntary,
        plannedDispatchDate: input.plannedDispatchDate,
      },
    });
    return row.id;
  });
}
