// Asks the owner agency for read access to a record the requester found by discovery. Only records that
// are discoverable (or already readable) can be asked for, so ids guessed at random reveal nothing.
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

export async function requestAccess(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  input: { recordType: SharedRecordType; recordId: string; reason: string },
) {
  if (!actorHasAbility(actor, 'search_records')) throw new AppError('forbidden');
  const source = { alias: 'r', recordType: input.recordType };
  const table = SHARED_RECORD_TABLES[input.recordType];
  const found = await sql<{ owner_agency_id: string; readable: boolean; discoverable: boolean }>`
    SELECT r.owner_agency_id, ${allowedRows(actor, 'read', source)} AS readable, ${discoverableRows(actor, source)} AS discoverable
    FROM ${sql.table(table)} AS r WHERE r.id = ${input.recordId}`.execute(db);
  const record = found.rows[0];
  if (!record || (!record.readable && !record.discoverable)) throw notFound(input.recordType);
  if (record.readable) throw conflict('access_already_readable');
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
        owner_agency_id: record.owner_agency_id,
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
      details: { accessRequestId: row.id },
    });
    return row.id;
  });
}
