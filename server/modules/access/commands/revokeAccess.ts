// The agency that granted access takes it back: the requester's agency reads the record no more (every read filters
// on access_grants.revoked_at), finds it again only as "a match exists", and may ask anew. What it already read stays
// in the audit trail; the revocation is audited too, under the record's owner.
import type { Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { conflict } from '../../../platform/errors';
import { inTransaction } from '../../../platform/transaction';
import { decidableRequest, recordOwnerOf } from './decidableRequest';

export async function revokeAccess(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  id: string,
  note: string | undefined,
) {
  return inTransaction(db, context, async (tx, audit) => {
    const request = await decidableRequest(tx, actor, id);
    if (request.status !== 'granted')
      throw conflict('access_request_not_granted', { status: request.status });
    const now = new Date();
    await tx
      .updateTable('access_requests')
      .set({
        status: 'revoked',
        revoked_by_user_id: actor.userId,
        revocation_note: note ?? null,
        revoked_at: now,
      })
      .where('id', '=', id)
      .execute();
    // The grant this request made (one per request); an agency's other ways of reading the record are untouched.
    const revoked = await tx
      .updateTable('access_grants')
      .set({ revoked_at: now, revoked_by_user_id: actor.userId })
      .where('access_request_id', '=', id)
      .where('revoked_at', 'is', null)
      .returning('id')
      .execute();
    await audit({
      action: 'access.revoke',
      recordType: request.record_type,
      recordId: request.record_id,
      ownerAgencyId: await recordOwnerOf(tx, request),
      details: {
        accessRequestId: id,
        requesterAgencyId: request.requester_agency_id,
        grantsRevoked: revoked.length,
        note: note ?? null,
      },
    });
  });
}
