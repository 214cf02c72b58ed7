// Edits a draft (the exporting authority only). Lines, when given, replace the draft's lines. The version
// check turns a lost update into a clear conflict.
import type { z } from 'zod';
import type { Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { inTransaction } from '../../../platform/transaction';
import type { updateNotificationBody } from '../schemas';
import { staleVersion } from '../conflicts';
import { notificationDb } from '../tables';
import { loadForAction } from './actingSide';
import { checkDraft, lineRows } from './draftRules';

export async function updateNotification(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof updateNotificationBody>,
) {
  const { row } = await loadForAction(db, actor, id, 'edit', input.version);
  await checkDraft(notificationDb(db), actor, {
    importingAgencyId: input.importingAgencyId ?? row.importing_agency_id,
    exporterPartyId: input.exporterPartyId ?? row.exporter_party_id,
    importerPartyId: input.importerPartyId ?? row.importer_party_id,
    consigneePartyId: input.consigneePartyId === undefined ? row.consignee_party_id : input.consigneePartyId,
    plannedDispatchDate: input.plannedDispatchDate ?? row.planned_dispatch_date,
    lines: input.lines,
  });
  await inTransaction(db, context, async (transaction, audit) => {
    const tx = notificationDb(transaction);
    const updated = await tx
      .updateTable('export_notifications')
      .set((eb) => ({
        ...(input.importingAgencyId !== undefined ? { importing_agency_id: input.importingAgencyId } : {}),
        ...(input.exporterPartyId !== undefined ? { exporter_party_id: input.exporterPartyId } : {}),
        ...(input.importerPartyId !== undefined ? { importer_party_id: input.importerPartyId } : {}),
        ...(input.consigneePartyId !== undefined ? { consignee_party_id: input.consigneePartyId } : {}),
        ...(input.pointOfEntry !== undefined ? { point_of_entry: input.pointOfEntry } : {}),
        ...(input.plannedDispatchDate !== undefined
          ? { planned_dispatch_date: input.plannedDispatchDate }
          : {}),
        ...(input.route !== undefined ? { route: input.route } : {}),
        ...(input.transitCountries !== undefined ? { transit_countries: input.transitCountries } : {}),
        ...(input.voluntary !== undefined ? { voluntary: input.voluntary } : {}),
        ...(input.reference !== undefined ? { reference: input.reference } : {}),
        ...(input.tlp !== undefined ? { tlp: input.tlp } : {}),
        updated_at: new Date(),
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .where('status', '=', 'draft')
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw staleVersion(input.version);
    if (input.lines) {
      await tx.deleteFrom('notification_lines').where('notification_id', '=', id).execute();
      await tx.insertInto('notification_lines').values(lineRows(id, input.lines)).execute();
    }
    const { version: _version, lines, ...change } = input;
    await audit({
      action: 'export_notification.update',
      recordType: 'export_notification',
      recordId: id,
      ownerAgencyId: row.owner_agency_id,
      details: { change, ...(lines ? { lines: lines.length } : {}) },
    });
  });
}
