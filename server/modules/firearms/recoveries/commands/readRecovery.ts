// Opening a recovery: checked by the policy (404 when not readable) and audited as an access, with the earlier
// records of the same firearm linked.
import type { Actor } from '../../../../../core/sharing';
import type { Db } from '../../../../db/connect';
import type { AuditActorContext } from '../../../../platform/audit';
import { notFound } from '../../../../platform/errors';
import { authorizeRecord } from '../../../../platform/policy';
import { auditOnly } from '../../../../platform/transaction';
import { relatedRecords } from '../../serials/queries';
import { findRecovery } from '../queries';

export async function readRecovery(db: Db, context: AuditActorContext, actor: Actor, id: string) {
  const row = await findRecovery(db, id);
  if (!row) throw notFound('recovery');
  const record = await authorizeRecord(db, actor, 'read', 'recovery', row);
  const related = await relatedRecords(db, actor, {
    id,
    serialFolded: row.serial_folded,
    makeKey: row.make_key,
    partly: row.serial_state === 'partly_restored',
  });
  await auditOnly(db, context, {
    action: 'recovery.read',
    recordType: 'recovery',
    recordId: id,
    ownerAgencyId: row.owner_agency_id,
  });
  return { row, grants: [...record.grantedAgencyIds], related };
}
