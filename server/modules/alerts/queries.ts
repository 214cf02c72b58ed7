// Reads of alerts, always through the policy's SQL predicate; rows come back with what presenters need.
import { sql, type SqlBool, type Expression } from 'kysely';
import type { Actor, SharedRecord } from '../../../core/sharing';
import type { Db } from '../../db/connect';
import { decodeCursor } from '../../platform/http/pagination';
import { allowedRows } from '../../platform/policy';

export const ALERT = { alias: 'al', recordType: 'alert' } as const;

function baseAlertQuery(db: Db, actor: Actor) {
  return db
    .selectFrom('alerts as al')
    .innerJoin('agencies as ag', 'ag.id', 'al.owner_agency_id')
    .leftJoin('sharing_groups as sg', 'sg.id', 'al.sharing_group_id')
    .leftJoin('alert_reads as rd', (join) =>
      join.onRef('rd.alert_id', '=', 'al.id').on('rd.user_id', '=', actor.userId),
    )
    .selectAll('al')
    .select([
      'ag.code as owner_code',
      'ag.name as owner_name',
      'ag.country as owner_country',
      'sg.name as group_name',
      // Own agency's alerts never count as unread, as in the badge.
      sql<boolean>`(rd.alert_id IS NOT NULL OR al.owner_agency_id = ${actor.agencyId})`.as('is_read'),
    ]);
}

export type AlertRow = Awaited<ReturnType<ReturnType<typeof baseAlertQuery>['executeTakeFirstOrThrow']>>;

const notExpired = sql<SqlBool>`(al.expires_at IS NULL OR al.expires_at > now())`;

export interface AlertListFilter {
  limit: number;
  cursor?: string | undefined;
  q?: string | undefined;
  includeExpired: boolean;
  unread?: boolean;
}

export async function listReadableAlerts(db: Db, actor: Actor, filter: AlertListFilter): Promise<AlertRow[]> {
  const cursor = decodeCursor(filter.cursor);
  let query = baseAlertQuery(db, actor).where(allowedRows(actor, 'read', ALERT));
  if (!filter.includeExpired) query = query.where(notExpired);
  if (filter.unread) query = query.where(sql<SqlBool>`rd.alert_id IS NULL`);
  if (filter.q) query = query.where(matchesText(filter.q));
  if (cursor)
    query = query.where(
      sql<SqlBool>`(al.created_at, al.id) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`,
    );
  return query
    .orderBy('al.created_at', 'desc')
    .orderBy('al.id', 'desc')
    .limit(filter.limit + 1)
    .execute();
}

export async function findAlert(db: Db, actor: Actor, id: string): Promise<AlertRow | undefined> {
  return baseAlertQuery(db, actor).where('al.id', '=', id).executeTakeFirst();
}

export async function countUnreadAlerts(db: Db, actor: Actor): Promise<number> {
  const row = await db
    .selectFrom('alerts as al')
    .select(db.fn.countAll<string>().as('n'))
    .where(allowedRows(actor, 'read', ALERT))
    .where(notExpired)
    .where('al.owner_agency_id', '<>', actor.agencyId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('alert_reads as rd')
            .select('rd.alert_id')
            .whereRef('rd.alert_id', '=', 'al.id')
            .where('rd.user_id', '=', actor.userId),
        ),
      ),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Full-text or substring match on title and body (substring catches partial words and identifiers). */
export function matchesText(q: string, alias = 'al'): Expression<SqlBool> {
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  return sql<SqlBool>`(${column('search_text')} @@ plainto_tsquery('simple', ${q}) OR ${column('title')} ILIKE ${like} OR ${column('body')} ILIKE ${like})`;
}

/** Grants of many alerts in one query (bulk access check), for per-row abilities in lists. */
export async function grantsByAlert(db: Db, ids: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (ids.length === 0) return map;
  const rows = await db
    .selectFrom('access_grants')
    .select(['record_id', 'grantee_agency_id'])
    .where('record_type', '=', ALERT.recordType)
    .where('record_id', 'in', ids)
    .where('revoked_at', 'is', null)
    .execute();
  for (const row of rows) map.set(row.record_id, [...(map.get(row.record_id) ?? []), row.grantee_agency_id]);
  return map;
}

export function sharedRecordOfAlert(row: AlertRow, grants: string[]): SharedRecord {
  return {
    ownerAgencyId: row.owner_agency_id,
    ownerCountry: row.owner_country,
    distribution: row.distribution,
    sharingGroupId: row.sharing_group_id,
    tlp: row.tlp,
    grantedAgencyIds: grants,
  };
}
