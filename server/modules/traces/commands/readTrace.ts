// Opening a trace: the requester and those its distribution reaches read it; the officers of the centre it was
// routed to work it. Audited as an access to the owner's record.
import { can, type Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { auditOnly, type Audit } from '../../../platform/transaction';
import { accessibleTrace, hopsOf } from '../queries';

export async function readTrace(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  id: string,
  action: 'read' | 'export' = 'read',
  /** Inside a use case's transaction: its audit (the read's row lands with the rest); alone: a transaction of its own. */
  audit?: Audit,
) {
  const { row, access } = await accessibleTrace(db, actor, id);
  const canExport = access.works || (access.reads && can(actor, 'export', access.record));
  const hops = await hopsOf(db, id);
  const entry = {
    action: action === 'read' ? 'trace.read' : 'trace.export',
    recordType: 'trace',
    recordId: id,
    ownerAgencyId: row.owner_agency_id,
    details: { as: access.works ? 'tracing_centre' : 'distribution' },
  };
  if (audit) await audit(entry);
  else await auditOnly(db, context, entry);
  return { row, hops, access, canExport };
}
