// Asks the agency that answers for a record for read access to it, when the requester found it by discovery: its
// owner, or the tracing centre holding a record holder's report (no one at a dealer decides requests). Only records
// that are discoverable (or already readable) can be asked for, so ids guessed at random reveal nothing.
import { sql } from 'kysely';
import type { Actor } from '../../../../core/sharing';
import { actorHasAbility } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { AppError, conflict, notFound } from '../../../platform/errors';
import {
  allowedRows,
  discoverableRows,
  SHARED_RECORD_TABLES,
  type SharedRecordType,
} from '../../../platform/policy';
import { inTransaction } from '../../../platform/transaction';
import { answeringAgency } from '../../firearms/lost-stolen/commands/holdAtTracingCentre';

export async function requestAccess(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  input: { recordType: SharedRecordType; recordId: string; reason: string },
) {
  if (!actorHasAbility(actor, 'search_records')) throw new AppError('forbidden');
  const source = { alias: 'r', recordType: input.recordType };
  const table = SHARED_RECORD_TABLES[input.recordType];
  const found = await sql<{
    owner_agency_id: string;
    decider_agency_id: string | null;
    readable: boolean;
    discoverable: boolean;
  }>`
    SELECT r.owner_agency_id,
      ${answeringAgency(input.recordType, sql.ref('r.id'), sql.ref('r.owner_agency_id'))} AS decider_agency_id,
      ${allowedRows(actor, 'read', source)} AS readable, ${discoverableRows(actor, source)} AS discoverable
    FROM ${sql.table(table)} AS r WHERE r.id = ${input.recordId}`.execute(db);
  const record = found.rows[0];
  if (!record || (!record.readable && !record.discoverable)) throw notFound(input.recordType);
  if (record.readable) throw conflict('access_already_readable');
  // A record holder's record no tracing centre holds: nobody could decide.
  const decider = record.decider_agency_id;
  if (!decider) throw new AppError('forbidden');
  return inTransaction(db, context, async (tx, audit) => {
    const pending = await tx
      .selectFrom('access_requests')
      .select('id')
      .where('record_type', '=', input.recordType)
      .where('record_id', '=', input.recordId)
      .where('requester_agency_id', '=', actor.agencyId)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (pending) throw conflict('access_request_pending');
    const row = await tx
      .insertInto('access_requests')
      .values({
        record_type: input.recordType,
        record_id: input.recordId,
        // The agency that decides (the inbox it lands in); the audit row keeps the record's owner.
        owner_agency_id: decider,
        requester_user_id: actor.userId,
        requester_agency_id: actor.agencyId,
        reason: input.reason,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit({
      action: 'access.request',
      recordType: input.recordType,
      recordId: input.recordId,
      ownerAgencyId: record.owner_agency_id,
      details: { accessRequestId: row.id, deciderAgencyId: decider },
    });
    return row.id;
  });
}
