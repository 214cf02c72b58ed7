// The owner agency's admin grants or refuses an access request. A grant is itself a record: it gives the
// requester's agency read access to that one record, and it is audited like any change.
import type { Actor } from '../../../../core/sharing';
import { actorHasAbility } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { AppError, conflict, notFound } from '../../../platform/errors';
import { inTransaction } from '../../../platform/transaction';

export async function decideAccess(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  id: string,
  decision: 'granted' | 'refused',
  note: string | undefined,
) {
  return inTransaction(db, context, async (tx, audit) => {
    const request = await tx
      .selectFrom('access_requests')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (
      !request ||
      (request.owner_agency_id !== actor.agencyId && request.requester_agency_id !== actor.agencyId)
    )
      throw notFound('access_request');
    if (request.owner_agency_id !== actor.agencyId || !actorHasAbility(actor, 'decide_access_requests'))
      throw new AppError('forbidden');
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
      ownerAgencyId: request.owner_agency_id,
      details: { accessRequestId: id, requesterAgencyId: request.requester_agency_id, note: note ?? null },
    });
  });
}
