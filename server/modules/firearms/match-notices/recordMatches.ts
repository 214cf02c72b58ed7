// Lost/stolen match notices, written in the caller's transaction when a recovery (single or imported) or a
// lost/stolen report is recorded: every record of the other kind with the same folded serial and make gives the
// agency that answers for each record (its owner, or the tracing centre holding a record holder's report; never the
// holder, see answeringAgency) a notice about it (one notice when one agency answers for both). Set-based, so a
// large import costs one statement. What a notice shows of the other record is decided when it is read (queries.ts).
import { sql } from 'kysely';
import type { Audit, Tx } from '../../../platform/transaction';
import { answeringAgency } from '../lost-stolen/commands/holdAtTracingCentre';
import type { MatchRecordType } from '../tables';

const TABLES: Record<MatchRecordType, string> = {
  recovery: 'recoveries',
  lost_stolen: 'lost_stolen_reports',
};

export async function recordMatchNotices(
  tx: Tx,
  audit: Audit,
  sourceType: MatchRecordType,
  sourceIds: readonly string[],
): Promise<number> {
  if (sourceIds.length === 0) return 0;
  const otherType: MatchRecordType = sourceType === 'recovery' ? 'lost_stolen' : 'recovery';
  const source = sql.table(TABLES[sourceType]);
  const other = sql.table(TABLES[otherType]);
  const inserted = await sql<{
    id: string;
    recipient_agency_id: string;
    own_record_type: MatchRecordType;
    own_record_id: string;
    other_record_id: string;
    other_agency_id: string;
  }>`
    WITH pairs AS (
      SELECT s.id AS source_id, s.owner_agency_id AS source_agency, o.id AS other_id,
             o.owner_agency_id AS other_agency, s.serial_folded,
             ${answeringAgency(sourceType, sql.ref('s.id'), sql.ref('s.owner_agency_id'))} AS source_recipient,
             ${answeringAgency(otherType, sql.ref('o.id'), sql.ref('o.owner_agency_id'))} AS other_recipient
      FROM ${source} s
      JOIN ${other} o ON o.serial_folded = s.serial_folded AND o.make_key = s.make_key
      WHERE s.id = ANY(${[...sourceIds]}::uuid[]) AND s.serial_folded IS NOT NULL AND s.make_key IS NOT NULL
    )
    INSERT INTO firearm_match_notices
      (recipient_agency_id, own_record_type, own_record_id, other_record_type, other_record_id, other_agency_id,
       serial_folded)
    SELECT source_recipient, ${sourceType}, source_id, ${otherType}, other_id, other_agency, serial_folded FROM pairs
      WHERE source_recipient IS NOT NULL
    UNION ALL
    -- One notice when one agency answers for both records.
    SELECT other_recipient, ${otherType}, other_id, ${sourceType}, source_id, source_agency, serial_folded FROM pairs
      WHERE other_recipient IS NOT NULL AND other_recipient IS DISTINCT FROM source_recipient
    ON CONFLICT DO NOTHING
    RETURNING id, recipient_agency_id, own_record_type, own_record_id, other_record_id, other_agency_id`.execute(
    tx,
  );
  if (inserted.rows.length)
    await audit(
      ...inserted.rows.map((notice) => ({
        action: 'firearm_match.notice',
        recordType: notice.own_record_type,
        recordId: notice.own_record_id,
        ownerAgencyId: notice.recipient_agency_id,
        details: {
          noticeId: notice.id,
          otherRecordId: notice.other_record_id,
          otherAgencyId: notice.other_agency_id,
        },
      })),
    );
  return inserted.rows.length;
}
