// Reads of recovered firearms, always through the policy's SQL predicate; rows come back with what presenters need.
import { sql, type Expression, type SqlBool } from 'kysely';
import { normaliseCaliber } from '../../../../core/firearms';
import type { Actor, RecordAction, SharedRecord } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import { decodeCursor } from '../../../platform/http/pagination';
import { allowedRows } from '../../../platform/policy';
import { makeKeyOf } from '../firearmInput';
import { regionCountry, stateMatches } from '../stateFilter';
import '../tables';

export const RECOVERY = { alias: 'rc', recordType: 'recovery' } as const;

function baseRecoveryQuery(db: Db) {
  return db
    .selectFrom('recoveries as rc')
    .innerJoin('agencies as ag', 'ag.id', 'rc.owner_agency_id')
    .leftJoin('sharing_groups as sg', 'sg.id', 'rc.sharing_group_id')
    .selectAll('rc')
    .select([
      // Dates as text: a DATE has no time zone and must not pick one up on the way to JSON.
      sql<string>`rc.recovered_on::text`.as('recovered_on_text'),
      sql<string | null>`rc.possessor_birth_date::text`.as('possessor_birth_date_text'),
      'ag.code as owner_code',
      'ag.name as owner_name',
      'ag.country as owner_country',
      'sg.name as group_name',
    ]);
}

export type RecoveryRow = Awaited<
  ReturnType<ReturnType<typeof baseRecoveryQuery>['executeTakeFirstOrThrow']>
>;

export interface RecoveryFilter {
  limit: number;
  cursor?: string | undefined;
  recoveredFrom?: string | undefined;
  recoveredTo?: string | undefined;
  country?: string | undefined;
  state?: string | undefined;
  make?: string | undefined;
  caliber?: string | undefined;
  type?: string | undefined;
}

/** Recoveries the actor may `action` (read for lists, export for CSV), newest first, filtered. */
export async function listRecoveries(
  db: Db,
  actor: Actor,
  filter: RecoveryFilter,
  action: RecordAction = 'read',
): Promise<RecoveryRow[]> {
  const cursor = decodeCursor(filter.cursor);
  let query = baseRecoveryQuery(db).where(allowedRows(actor, action, RECOVERY));
  if (filter.recoveredFrom)
    query = query.where(sql<SqlBool>`rc.recovered_on >= ${filter.recoveredFrom}::date`);
  if (filter.recoveredTo) query = query.where(sql<SqlBool>`rc.recovered_on <= ${filter.recoveredTo}::date`);
  if (filter.country) query = query.where('rc.recovery_country', '=', filter.country);
  if (filter.state)
    query = query.where(stateMatches('rc.recovery_state', filter.state, regionCountry(filter.country)));
  if (filter.make) query = query.where('rc.make_key', '=', makeKeyOf(filter.make));
  if (filter.caliber) query = query.where(caliberMatches(filter.caliber));
  if (filter.type) query = query.where('rc.type', '=', filter.type as 'P');
  if (cursor)
    query = query.where(
      sql<SqlBool>`(rc.created_at, rc.id) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`,
    );
  return query
    .orderBy('rc.created_at', 'desc')
    .orderBy('rc.id', 'desc')
    .limit(filter.limit + 1)
    .execute();
}

function caliberMatches(caliber: string): Expression<SqlBool> {
  const ref = normaliseCaliber(caliber);
  return ref ? sql<SqlBool>`rc.caliber_id = ${ref.id}` : sql<SqlBool>`upper(rc.caliber) = upper(${caliber})`;
}

/** One recovery, unfiltered: callers authorise it with authorizeRecord before showing anything. */
export async function findRecovery(db: Db, id: string): Promise<RecoveryRow | undefined> {
  return baseRecoveryQuery(db).where('rc.id', '=', id).executeTakeFirst();
}

/** Grants of many recoveries in one query (bulk access check), for per-row abilities in lists. */
export async function grantsByRecovery(db: Db, ids: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (ids.length === 0) return map;
  const rows = await db
    .selectFrom('access_grants')
    .select(['record_id', 'grantee_agency_id'])
    .where('record_type', '=', RECOVERY.recordType)
    .where('record_id', 'in', ids)
    .where('revoked_at', 'is', null)
    .execute();
  for (const row of rows) map.set(row.record_id, [...(map.get(row.record_id) ?? []), row.grantee_agency_id]);
  return map;
}

export function sharedRecordOfRecovery(row: RecoveryRow, grants: readonly string[]): SharedRecord {
  return {
    ownerAgencyId: row.owner_agency_id,
    ownerCountry: row.owner_country,
    distribution: row.distribution,
    sharingGroupId: row.sharing_group_id,
    tlp: row.tlp,
    grantedAgencyIds: grants,
  };
}
