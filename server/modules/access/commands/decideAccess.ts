// The deciding agency's admin (the record's owner, or the tracing centre that holds a dealer's report) grants or
// refuses an access request. A grant is itself a record: it gives the requester's agency read access to that one
// record, and it is audited like any change, under the record's owner.
import { sql } from 'kysely';
import type { Actor } from '../../../../core/sharing';
import { actorHasAbility } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { AppError, conflict, notFound } from '../../../platform/errors';
import { SHARED_RECORD_TABLES, type SharedRecordType } from '../../../platform/policy';
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
    // The request names the agency that decides; the audit row belongs with the record's owner.
    const table = SHARED_RECORD_TABLES[request.record_type as SharedRecordType];
    const [record] = (
      await sql<{ owner_agency_id: string }>`
        SELECT owner_agency_id FROM ${sql.table(table)} WHERE id = ${request.record_id}`.execute(tx)
    ).rows;
    await audit({
      action: decision === 'granted' ? 'access.grant' : 'access.refuse',
      recordType: request.record_type,
      recordId: request.record_id,
      ownerAgencyId: record?.owner_agency_id ?? request.owner_agency_id,
      details: { accessRequestId: id, requesterAgencyId: request.requester_agency_id, note: note ?? null },
    });
  });
}
