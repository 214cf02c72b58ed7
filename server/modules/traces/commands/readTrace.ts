// Opening a trace: the requester and those its distribution reaches read it; the officers of the centre it was
// routed to work it. Audited as an access to the owner's record.
import { can, type Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { auditOnly } from '../../../platform/transaction';
import { accessibleTrace, hopsOf } from '../queries';

export async function readTrace(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  id: string,
  action: 'read' | 'export' = 'read',
) {
  const { row, access } = await accessibleTrace(db, actor, id);
  const canExport = access.works || (access.reads && can(actor, 'export', access.record));
  const hops = await hopsOf(db, id);
  await auditOnly(db, context, {
    action: action === 'read' ? 'trace.read' : 'trace.export',
    recordType: 'trace',
    recordId: id,
    ownerAgencyId: row.owner_agency_id,
    details: { as: access.works ? 'tracing_centre' : 'distribution' },
  });
  return { row, hops, access, canExport };
}
