// The deciding agency's admin (the record's owner, or the tracing centre that holds a dealer's report) grants or
// refuses an access request. A grant is itself a record: it gives the requester's agency read access to that one
// record, and it is audited like any change, under the record's owner.
import type { Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { conflict } from '../../../platform/errors';
import { inTransaction } from '../../../platform/transaction';
import { decidableRequest, recordOwnerOf } from './decidableRequest';

export async function decideAccess(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  id: string,
  decision: 'granted' | 'refused',
  note: string | undefined,
) {
  return inTransaction(db, context, async (tx, audit) => {
    const request = await decidableRequest(tx, actor, id);
    if (request.status !== 'pending') throw conflict('access_request_decided', { status: request.status });
    await tx
      .updateTable('access_requests')
      .set({
        status: decision,
        decided_by_user_id: actor.userId,
        decision_note: note ?? null,
        decided_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    if (decision === 'granted') {
      await tx
        .insertInto('access_grants')
        .values({
          record_type: request.record_type,
          record_id: request.record_id,
          grantee_agency_id: request.requester_agency_id,
          access_request_id: id,
          granted_by_user_id: actor.userId,
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    await audit({
      action: decision === 'granted' ? 'access.grant' : 'access.refuse',
      recordType: request.record_type,
      recordId: request.record_id,
      ownerAgencyId: await recordOwnerOf(tx, request),
      details: { accessRequestId: id, requesterAgencyId: request.requester_agency_id, note: note ?? null },
    });
  });
}
