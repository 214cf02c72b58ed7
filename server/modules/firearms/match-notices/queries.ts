// An agency's match notices (a recovery and a lost/stolen or multiple-sales report of the same firearm), each with
// what the reader may see of the other record: the record itself when the sharing rules let the reader read it (for a
// multiple-sales report, as the report's own reads do: its distribution, or the centre's officers), else only "a
// match exists at agency X" when the owner left it discoverable (discovery without disclosure), else nothing (the
// notice is not listed). The notice's own record is the reader's, or one it holds for a record holder (a tracing
// centre, decision 0016), listed while it may still read it.
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Actor, Country } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import { allowedRows, discoverableRows } from '../../../platform/policy';
import { heldByCentre, type HeldBy } from '../lost-stolen/commands/holdAtTracingCentre';
import { readableReports } from '../multiple-sales/queries';
import type { MatchRecordType } from '../tables';

export interface NoticeRow {
  id: string;
  created_at: Date;
  read_at: Date | null;
  serial_folded: string;
  own_record_type: MatchRecordType;
  own_record_id: string;
  own_make: string | null;
  own_model: string | null;
  own_date: string;
  own_serial: string | null;
  own_agency_id: string;
  own_code: string;
  own_name: string;
  own_country: Country;
  other_record_type: MatchRecordType;
  other_record_id: string;
  other_make: string | null;
  other_model: string | null;
  other_date: string | null;
  other_kind: 'lost' | 'stolen' | null;
  other_agency_id: string;
  other_code: string;
  other_name: string;
  other_country: Country;
  other_held_by: HeldBy | null;
  disclosed: boolean;
}

function visibility(actor: Actor) {
  const recovery = { alias: 'orr', recordType: 'recovery' };
  const lost = { alias: 'ol', recordType: 'lost_stolen' };
  const sales = { alias: 'om', recordType: 'multiple_sales' };
  const disclosed = sql<SqlBool>`(CASE n.other_record_type
    WHEN 'recovery' THEN ${allowedRows(actor, 'read', recovery)}
    WHEN 'lost_stolen' THEN ${allowedRows(actor, 'read', lost)}
    ELSE ${readableReports(actor, sales.alias)} END)`;
  const discoverable = sql<SqlBool>`(CASE n.other_record_type
    WHEN 'recovery' THEN ${discoverableRows(actor, recovery)}
    WHEN 'lost_stolen' THEN ${discoverableRows(actor, lost)}
    ELSE ${discoverableRows(actor, sales)} END)`;
  const ownReadable = sql<SqlBool>`(CASE n.own_record_type
    WHEN 'recovery' THEN ${allowedRows(actor, 'read', { alias: 'mr', recordType: 'recovery' })}
    WHEN 'lost_stolen' THEN ${allowedRows(actor, 'read', { alias: 'ml', recordType: 'lost_stolen' })}
    ELSE ${readableReports(actor, 'mm')} END)`;
  return { disclosed, listed: sql<SqlBool>`(${ownReadable} AND (${disclosed} OR ${discoverable}))` };
}

const FROM = sql`
  FROM firearm_match_notices n
  JOIN agencies oa ON oa.id = n.other_agency_id
  LEFT JOIN recoveries orr ON n.other_record_type = 'recovery' AND orr.id = n.other_record_id
  LEFT JOIN lost_stolen_reports ol ON n.other_record_type = 'lost_stolen' AND ol.id = n.other_record_id
  LEFT JOIN recoveries mr ON n.own_record_type = 'recovery' AND mr.id = n.own_record_id
  LEFT JOIN lost_stolen_reports ml ON n.own_record_type = 'lost_stolen' AND ml.id = n.own_record_id
  LEFT JOIN multiple_sales_reports om ON n.other_record_type = 'multiple_sales' AND om.id = n.other_record_id
  LEFT JOIN multiple_sales_reports mm ON n.own_record_type = 'multiple_sales' AND mm.id = n.own_record_id
  JOIN agencies ma ON ma.id = coalesce(mr.owner_agency_id, ml.owner_agency_id, mm.owner_agency_id)`;

/** The line of a multiple-sales report (at `alias`) that lists the notice's firearm: what the notice describes. */
const reportLine = (alias: string) => sql`LEFT JOIN LATERAL (
    SELECT f.make, f.model, f.sold_on, f.serial_raw FROM multiple_sales_firearms f
    WHERE f.report_id = ${sql.ref(`${alias}.id`)} AND f.serial_folded = n.serial_folded
    ORDER BY f.line LIMIT 1) ${sql.raw(`${alias}f`)} ON true`;

export async function listNotices(
  db: Db,
  actor: Actor,
  filter: { unread?: boolean | undefined; id?: string | undefined } = {},
): Promise<NoticeRow[]> {
  const { disclosed, listed } = visibility(actor);
  const conditions: Expression<SqlBool>[] = [sql<SqlBool>`n.recipient_agency_id = ${actor.agencyId}`, listed];
  if (filter.unread) conditions.push(sql<SqlBool>`n.read_at IS NULL`);
  if (filter.id) conditions.push(sql<SqlBool>`n.id = ${filter.id}`);
  const result = await sql<NoticeRow>`
    SELECT n.id, n.created_at, n.read_at, n.serial_folded,
      n.own_record_type, n.own_record_id,
      coalesce(mr.make, ml.make, mmf.make) AS own_make, coalesce(mr.model, ml.model, mmf.model) AS own_model,
      coalesce(mr.recovered_on, ml.reported_on, mmf.sold_on)::text AS own_date,
      coalesce(mr.serial_plain, ml.serial_plain, mmf.serial_raw) AS own_serial,
      ma.id AS own_agency_id, ma.code AS own_code, ma.name AS own_name, ma.country AS own_country,
      n.other_record_type, n.other_record_id,
      coalesce(orr.make, ol.make, omf.make) AS other_make, coalesce(orr.model, ol.model, omf.model) AS other_model,
      coalesce(orr.recovered_on, ol.reported_on, omf.sold_on)::text AS other_date, ol.kind AS other_kind,
      oa.id AS other_agency_id, oa.code AS other_code, oa.name AS other_name, oa.country AS other_country,
      ${heldByCentre(sql.ref('n.other_record_type'), sql.ref('n.other_record_id'), sql.ref('n.other_agency_id'))}
        AS other_held_by,
      ${disclosed} AS disclosed
    ${FROM} ${reportLine('mm')} ${reportLine('om')}
    WHERE ${sql.join(conditions, sql` AND `)}
    ORDER BY n.created_at DESC, n.id DESC
    LIMIT 200`.execute(db);
  return result.rows;
}

export async function unreadNoticeCount(db: Db, actor: Actor): Promise<number> {
  const { listed } = visibility(actor);
  const result = await sql<{ n: string }>`
    SELECT count(*) AS n ${FROM}
    WHERE n.recipient_agency_id = ${actor.agencyId} AND n.read_at IS NULL AND ${listed}`.execute(db);
  return Number(result.rows[0]?.n ?? 0);
}
