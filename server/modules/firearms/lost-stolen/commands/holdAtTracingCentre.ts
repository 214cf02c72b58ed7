// A record holder's lost/stolen report is held by the tracing centre of the holder's country too (decision 0016,
// amended): the centre reads it through an access grant made with the report, so the ordinary policy, lists, serial
// search and match notices reach it, and it answers for the report (notices, access requests), while the holder
// itself still discovers nothing.
import { sql, type RawBuilder } from 'kysely';
import type { Country } from '../../../../../core/sharing';
import type { Audit, Tx } from '../../../../platform/transaction';
import { TRACING_CENTRE_AGENCY } from '../../../traces/commands/requestTrace';

type SqlOperand = RawBuilder<unknown>;

const isRecordHolder = (agency: SqlOperand) =>
  sql`EXISTS (SELECT 1 FROM agencies h WHERE h.id = ${agency} AND h.kind = 'record_holder')`;

/** `FROM … WHERE …` of the centre's grant on a record (alias `c` is the centre); one row at most. */
const centreGrant = (recordType: string | SqlOperand, id: SqlOperand) => sql`
    FROM access_grants g JOIN agencies c ON c.id = g.grantee_agency_id
    WHERE g.record_type = ${recordType} AND g.record_id = ${id} AND g.revoked_at IS NULL
      AND c.code = ANY(${Object.values(TRACING_CENTRE_AGENCY)}::text[])
    ORDER BY g.created_at LIMIT 1`;

/**
 * SQL for the agency that answers for a shared record: its owner, or for a record holder's record (a dealer's report
 * of a gun gone from its stock) the tracing centre that holds it, null when none does. The holder itself answers
 * for nothing: it may neither read other agencies' records nor learn they exist (core/sharing mayDiscover), and no
 * one at a dealer decides access requests.
 */
export const answeringAgency = (recordType: string, id: SqlOperand, owner: SqlOperand) =>
  sql<string | null>`(CASE WHEN NOT ${isRecordHolder(owner)} THEN ${owner}
    ELSE (SELECT c.id ${centreGrant(recordType, id)}) END)`;

/** The tracing centre that holds a record as an agency reference, for a record holder's record; else null. */
export interface HeldBy {
  id: string;
  code: string;
  name: string;
  country: Country;
}

/** SQL for HeldBy (jsonb), or null when the owner is an agency or no centre holds the record. */
export const heldByCentre = (recordType: string | SqlOperand, id: SqlOperand, owner: SqlOperand) =>
  sql<HeldBy | null>`(CASE WHEN ${isRecordHolder(owner)} THEN (
    SELECT jsonb_build_object('id', c.id, 'code', c.code, 'name', c.name, 'country', c.country)
    ${centreGrant(recordType, id)}) END)`;

/** Grants the holder's tracing centre the report; nothing when the owner is an agency or its country has no centre. */
export async function holdAtTracingCentre(
  tx: Tx,
  audit: Audit,
  report: { id: string; ownerAgencyId: string; userId: string },
): Promise<string | null> {
  const granted = await sql<{ grantee_agency_id: string }>`
    INSERT INTO access_grants (record_type, record_id, grantee_agency_id, granted_by_user_id)
    SELECT 'lost_stolen', ${report.id}::uuid, centre.id, ${report.userId}::uuid
    FROM agencies holder
    JOIN agencies centre ON centre.code = (${JSON.stringify(TRACING_CENTRE_AGENCY)}::jsonb ->> holder.country)
    WHERE holder.id = ${report.ownerAgencyId}::uuid AND holder.kind = 'record_holder'
    ON CONFLICT DO NOTHING
    RETURNING grantee_agency_id`.execute(tx);
  const centreId = granted.rows[0]?.grantee_agency_id ?? null;
  if (centreId)
    await audit({
      action: 'access.grant',
      recordType: 'lost_stolen',
      recordId: report.id,
      ownerAgencyId: report.ownerAgencyId,
      details: { granteeAgencyId: centreId, reason: 'held_by_tracing_centre' },
    });
  return centreId;
}
