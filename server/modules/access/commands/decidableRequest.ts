// What deciding and revoking share: the request, locked, if the actor's agency is the one that decides it (the
// record's owner, or the tracing centre that holds a dealer's report) and the actor may decide; and the record's
// owner, under whom the audit row goes.
import { sql } from 'kysely';
import { actorHasAbility, type Actor } from '../../../../core/sharing';
import { AppError, notFound } from '../../../platform/errors';
import { SHARED_RECORD_TABLES, type SharedRecordType } from '../../../platform/policy';
import type { Tx } from '../../../platform/transaction';

export async function decidableRequest(tx: Tx, actor: Actor, id: string) {
  const request = await tx
    .selectFrom('access_requests')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  // The requester sees its own request (and is refused); any other agency learns nothing of it.
  if (
    !request ||
    (request.owner_agency_id !== actor.agencyId && request.requester_agency_id !== actor.agencyId)
  )
    throw notFound('access_request');
  if (request.owner_agency_id !== actor.agencyId || !actorHasAbility(actor, 'decide_access_requests'))
    throw new AppError('forbidden');
  return request;
}

/** The owner of the requested record: the request names the agency that decides, the audit row its owner. */
export async function recordOwnerOf(
  tx: Tx,
  request: { record_type: string; record_id: string; owner_agency_id: string },
): Promise<string> {
  const table = SHARED_RECORD_TABLES[request.record_type as SharedRecordType];
  const [record] = (
    await sql<{ owner_agency_id: string }>`
      SELECT owner_agency_id FROM ${sql.table(table)} WHERE id = ${request.record_id}`.execute(tx)
  ).rows;
  return record?.owner_agency_id ?? request.owner_agency_id;
}
