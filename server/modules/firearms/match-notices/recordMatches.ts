// Match notices, written in the caller's transaction when a recovery (single or imported), a lost/stolen report or a
// multiple-sales report is recorded: every record of a matching kind with the same folded serial and make (for a
// multiple-sales report, any firearm it lists) gives the agency that answers for each record (its owner, or the
// tracing centre holding a record holder's report; never the holder) a notice about it (one notice when one agency
// answers for both). Recoveries match reports, reports match recoveries: two reports of one gun are no news.
// Set-based, so a large import costs one statement. What a notice shows of the other record is decided when it is
// read (queries.ts).
import { sql, type RawBuilder } from 'kysely';
import type { Audit, Tx } from '../../../platform/transaction';
import { answeringAgency } from '../lost-stolen/commands/holdAtTracingCentre';
import type { MatchRecordType } from '../tables';

/**
 * A record type as match candidates `(type, id, owner_agency_id, serial_folded, make_key, recipient)`, one row per
 * firearm the record describes. A dealer's multiple-sales report is answered by the centre it names
 * (`centre_agency_id`, set when filed), not through an access grant as a dealer's lost/stolen report is.
 */
function candidates(type: MatchRecordType): RawBuilder<unknown> {
  switch (type) {
    case 'recovery':
    case 'lost_stolen':
      return sql`SELECT ${type}::text AS type, r.id, r.owner_agency_id, r.serial_folded, r.make_key,
          ${answeringAgency(type, sql.ref('r.id'), sql.ref('r.owner_agency_id'))} AS recipient
        FROM ${sql.table(type === 'recovery' ? 'recoveries' : 'lost_stolen_reports')} r`;
    case 'multiple_sales':
      return sql`SELECT 'multiple_sales'::text AS type, m.id, m.owner_agency_id, f.serial_folded, f.make_key,
          (CASE WHEN EXISTS (SELECT 1 FROM agencies h WHERE h.id = m.owner_agency_id AND h.kind = 'record_holder')
            THEN m.centre_agency_id ELSE m.owner_agency_id END) AS recipient
        FROM multiple_sales_reports m JOIN multiple_sales_firearms f ON f.report_id = m.id`;
  }
}

const MATCHES: Record<MatchRecordType, MatchRecordType[]> = {
  recovery: ['lost_stolen', 'multiple_sales'],
  lost_stolen: ['recovery'],
  multiple_sales: ['recovery'],
};

export async function recordMatchNotices(
  tx: Tx,
  audit: Audit,
  sourceType: MatchRecordType,
  sourceIds: readonly string[],
): Promise<number> {
  if (sourceIds.length === 0) return 0;
  const others = sql.join(
    MATCHES[sourceType].map((type) => candidates(type)),
    sql` UNION ALL `,
  );
  const inserted = await sql<{
    id: string;
    recipient_agency_id: string;
    own_record_type: MatchRecordType;
    own_record_id: string;
    other_record_id: string;
    other_agency_id: string;
  }>`
    WITH pairs AS (
      -- DISTINCT: a multiple-sales report may list the same firearm on two lines.
      SELECT DISTINCT s.id AS source_id, s.owner_agency_id AS source_agency, s.recipient AS source_recipient,
             o.type AS other_type, o.id AS other_id, o.owner_agency_id AS other_agency, o.recipient AS other_recipient,
             s.serial_folded
      FROM (${candidates(sourceType)}) s
      JOIN (${others}) o ON o.serial_folded = s.serial_folded AND o.make_key = s.make_key
      WHERE s.id = ANY(${[...sourceIds]}::uuid[]) AND s.serial_folded IS NOT NULL AND s.make_key IS NOT NULL
    )
    INSERT INTO firearm_match_notices
      (recipient_agency_id, own_record_type, own_record_id, other_record_type, other_record_id, other_agency_id,
       serial_folded)
    SELECT source_recipient, ${sourceType}::text, source_id, other_type, other_id, other_agency, serial_folded
      FROM pairs WHERE source_recipient IS NOT NULL
    UNION ALL
    -- One notice when one agency answers for both records.
    SELECT other_recipient, other_type, other_id, ${sourceType}::text, source_id, source_agency, serial_folded
      FROM pairs WHERE other_recipient IS NOT NULL AND other_recipient IS DISTINCT FROM source_recipient
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
