// Sends a draft to the importing authority: checks the 15-day notice rule, screens every line with the
// chemicals screener (findings stored on the line, so both sides see what was screened at send), and
// grants the importing authority read access: the policy module then decides its reads like any other.
import { utcDay, responseDueDate, sendingAllowed } from '../../../../core/chemicals/notificationStatus';
import type { ScreeningInput } from '../../../../core/chemicals';
import type { Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { invalidFields, type FieldError } from '../../../platform/errors';
import { inTransaction } from '../../../platform/transaction';
import { presentScreening } from '../../chemicals/presenters';
import { screenerFor } from '../../chemicals/screeningService';
import type { ScreeningView } from '../../chemicals/schemas';
import { linesOf, type LineRow } from '../queries';
import { staleVersion } from '../conflicts';
import { notificationDb } from '../tables';
import { loadForAction } from './actingSide';

/** What to screen for a line, and the field to blame if it cannot be screened. */
async function screeningInputOf(db: Db, line: LineRow): Promise<[string, ScreeningInput]> {
  if (line.smiles !== null) return ['smiles', { smiles: line.smiles }];
  if (line.cas !== null) return ['cas', { cas: line.cas }];
  if (line.substance_name !== null) return ['name', { name: line.substance_name }];
  // A registry chemical: screen its structure when known, so its family rules and every listing apply.
  const chemical = await notificationDb(db)
    .selectFrom('chemicals')
    .select(['name', 'cas', 'smiles'])
    .where('id', '=', line.chemical_id!)
    .executeTakeFirstOrThrow();
  if (chemical.smiles) return ['chemicalId', { smiles: chemical.smiles }];
  if (chemical.cas) return ['chemicalId', { cas: chemical.cas }];
  return ['chemicalId', { name: chemical.name }];
}

export async function sendNotification(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  id: string,
  version: number,
) {
  const { row } = await loadForAction(db, actor, id, 'send', version);
  const today = utcDay(new Date());
  const allowed = sendingAllowed(row.planned_dispatch_date, row.voluntary, today);
  if (!allowed.ok)
    throw invalidFields({
      field: 'plannedDispatchDate',
      message: allowed.reason,
      params: { sendBy: allowed.sendBy },
    });

  const lines = await linesOf(db, id);
  const screener = await screenerFor(db);
  const errors: FieldError[] = [];
  const screened: { id: string; view: ScreeningView }[] = [];
  for (const line of lines) {
    const [field, input] = await screeningInputOf(db, line);
    const outcome = screener.screen(input);
    if (outcome.kind === 'error') {
      errors.push({
        field: `lines.${line.position - 1}.${field}`,
        message:
          outcome.code === 'invalid_cas'
            ? 'invalid_cas'
            : outcome.code === 'empty_input'
              ? 'required'
              : 'invalid_smiles',
      });
      continue;
    }
    screened.push({ id: line.id, view: presentScreening(outcome, screener.reference) });
  }
  if (errors.length) throw invalidFields(...errors);

  const dueDate = responseDueDate(today, row.planned_dispatch_date);
  await inTransaction(db, context, async (transaction, audit) => {
    const tx = notificationDb(transaction);
    const now = new Date();
    const updated = await tx
      .updateTable('export_notifications')
      .set((eb) => ({
        status: 'sent',
        sent_at: now,
        response_due_date: dueDate,
        updated_at: now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', id)
      .where('status', '=', 'draft')
      .where('version', '=', version)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw staleVersion(version);
    for (const line of screened)
      await tx
        .updateTable('notification_lines')
        .set({ screening_status: line.view.status, screening: JSON.stringify(line.view), screened_at: now })
        .where('id', '=', line.id)
        .execute();
    await tx
      .insertInto('access_grants')
      .values({
        record_type: 'export_notification',
        record_id: id,
        grantee_agency_id: row.importing_agency_id,
        granted_by_user_id: actor.userId,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
    const count = (status: ScreeningView['status']) =>
      screened.filter((s) => s.view.status === status).length;
    await audit({
      action: 'export_notification.send',
      recordType: 'export_notification',
      recordId: id,
      ownerAgencyId: row.owner_agency_id,
      details: {
        from: 'draft',
        to: 'sent',
        importingAgencyId: row.importing_agency_id,
        responseDueDate: dueDate,
        screening: {
          controlled: count('controlled'),
          suspectedDesignerPrecursor: count('suspected_designer_precursor'),
          unresolved: count('unresolved'),
          clear: count('clear'),
        },
      },
    });
  });
}
