// Reads of multiple-sales reports: the owner and those its distribution reaches (policy SQL), plus the officers of
// the tracing centre that holds it. NO REGISTRY: there is no query by purchaser; the walk asks only by firearm.
import { sql, type SqlBool } from 'kysely';
import { actorHasAbility, type Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { Tx } from '../../../platform/transaction';
import { allowedRows } from '../../../platform/policy';
import '../tables';

export const MULTIPLE_SALES = { alias: 'm', recordType: 'multiple_sales' } as const;

/** Who may read a report (at `alias`): its distribution, or being an officer of the centre holding it. */
export function readableReports(actor: Actor, alias: string = MULTIPLE_SALES.alias) {
  const centre = actorHasAbility(actor, 'work_traces')
    ? sql<SqlBool>`${sql.ref(`${alias}.centre_agency_id`)} = ${actor.agencyId}`
    : sql<SqlBool>`false`;
  const source = { alias, recordType: MULTIPLE_SALES.recordType };
  return sql<SqlBool>`(${allowedRows(actor, 'read', source)} OR ${centre})`;
}

function baseQuery(db: Db) {
  return db
    .selectFrom('multiple_sales_reports as m')
    .innerJoin('agencies as ag', 'ag.id', 'm.owner_agency_id')
    .leftJoin('agencies as ce', 'ce.id', 'm.centre_agency_id')
    .selectAll('m')
    .select([
      sql<string>`m.first_sale_on::text`.as('first_sale_text'),
      sql<string>`m.last_sale_on::text`.as('last_sale_text'),
      sql<string | null>`m.purchaser_birth_date::text`.as('birth_date_text'),
      'ag.code as owner_code',
      'ag.name as owner_name',
      'ag.country as owner_country',
      'ce.code as centre_code',
      'ce.name as centre_name',
    ]);
}

export type MultipleSalesRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

export async function listReadableReports(db: Db, actor: Actor, limit = 100): Promise<MultipleSalesRow[]> {
  return baseQuery(db)
    .where(readableReports(actor))
    .orderBy('m.created_at', 'desc')
    .orderBy('m.id', 'desc')
    .limit(limit)
    .execute();
}

export async function findReadableReport(db: Db, actor: Actor, id: string) {
  return baseQuery(db).where('m.id', '=', id).where(readableReports(actor)).executeTakeFirst();
}

export async function firearmsOf(db: Db, reportIds: readonly string[]) {
  if (reportIds.length === 0) return [];
  return db
    .selectFrom('multiple_sales_firearms')
    .selectAll()
    .select(sql<string>`sold_on::text`.as('sold_on_text'))
    .where('report_id', 'in', reportIds)
    .orderBy('report_id')
    .orderBy('line')
    .execute();
}

/** The reports that list this firearm (serial + make): what the 'multiple_sales_report' indicator counts. */
export async function reportsListingFirearm(
  tx: Tx,
  makeKey: string | null,
  serialFolded: string | null,
): Promise<string[]> {
  if (!makeKey || !serialFolded || serialFolded.includes('?')) return [];
  const rows = await tx
    .selectFrom('multiple_sales_firearms')
    .select('report_id')
    .distinct()
    .where('serial_folded', '=', serialFolded)
    .where('make_key', '=', makeKey)
    .execute();
  return rows.map((r) => r.report_id);
}
