// Opening an alert: checked by the policy, marked read for the badge, and audited as an access.
import type { Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { notFound } from '../../../platform/errors';
import { authorizeRecord } from '../../../platform/policy';
import { inTransaction } from '../../../platform/transaction';
import { findAlert } from '../queries';

export async function readAlert(db: Db, context: AuditActorContext, actor: Actor, id: string) {
  const row = await findAlert(db, actor, id);
  if (!row) throw notFound('alert');
  const record = await authorizeRecord(db, actor, 'read', 'alert', row);
  await inTransaction(db, context, async (tx, audit) => {
    await tx
      .insertInto('alert_reads')
      .values({ alert_id: id, user_id: actor.userId })
      .onConflict((oc) => oc.doNothing())
      .execute();
    await audit({
      action: 'alert.read',
      recordType: 'alert',
      recordId: id,
      ownerAgencyId: row.owner_agency_id,
    });
  });
  return { row: { ...row, is_read: true }, grants: [...record.grantedAgencyIds] };
}
