// A record holder's lost/stolen report is held by the tracing centre of the holder's country too (decision 0016,
// amended): the centre reads it through an access grant made with the report, so the ordinary policy, lists, serial
// search and match notices reach it, while the holder itself still discovers nothing.
import { sql } from 'kysely';
import type { Audit, Tx } from '../../../../platform/transaction';
import { TRACING_CENTRE_AGENCY } from '../../../traces/commands/requestTrace';

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
