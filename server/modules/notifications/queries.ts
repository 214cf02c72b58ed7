// Reads of notifications and parties. Notifications always go through the policy's SQL predicate (the
// importing authority reads through the access grant made on send); parties are the holding agency's own.
import { sql, type SqlBool } from 'kysely';
import type { Actor } from '../../../core/sharing';
import type { Db } from '../../db/connect';
import { decodeCursor } from '../../platform/http/pagination';
import { allowedRows } from '../../platform/policy';
import { notificationDb, type NotificationDb } from './tables';

export const NOTIFICATION = { alias: 'n', recordType: 'export_notification' } as const;

/** Today's date in UTC, as the database sees it: deadlines are calendar days. */
export const TODAY_UTC = sql<string>`(now() AT TIME ZONE 'UTC')::date`;

export const overdueSql = sql<SqlBool>`(n.status IN ('sent', 'acknowledged') AND n.response_due_date < ${TODAY_UTC})`;

function baseNotificationQuery(db: NotificationDb) {
  return db
    .selectFrom('export_notifications as n')
    .innerJoin('agencies as ea', 'ea.id', 'n.owner_agency_id')
    .innerJoin('agencies as ia', 'ia.id', 'n.importing_agency_id')
    .select([
      'n.id',
      'n.owner_agency_id',
      'n.distribution',
      'n.sharing_group_id',
      'n.tlp',
      'n.importing_agency_id',
      'n.exporter_party_id',
      'n.importer_party_id',
      'n.consignee_party_id',
      'n.point_of_entry',
      'n.route',
      'n.transit_countries',
      'n.voluntary',
      'n.reference',
      'n.status',
      'n.objection_reason',
      'n.sent_at',
      'n.acknowledged_at',
      'n.decided_at',
      'n.closed_at',
      'n.created_at',
      'n.updated_at',
      'n.version',
      sql<string>`n.planned_dispatch_date::text`.as('planned_dispatch_date'),
      sql<string | null>`n.response_due_date::text`.as('response_due_date'),
      sql<boolean>`${overdueSql}`.as('overdue'),
      'ea.code as owner_code',
      'ea.name as owner_name',
      'ea.country as owner_country',
      'ia.code as importing_code',
      'ia.name as importing_name',
      'ia.country as importing_country',
      sql<number>`(SELECT count(*)::int FROM notification_lines l WHERE l.notification_id = n.id)`.as(
        'line_count',
      ),
      sql<{ controlled: number; suspected: number; unresolved: number; clear: number }>`(
        SELECT json_build_object(
          'controlled', count(*) FILTER (WHERE l.screening_status = 'controlled'),
          'suspected', count(*) FILTER (WHERE l.screening_status = 'suspected_designer_precursor'),
          'unresolved', count(*) FILTER (WHERE l.screening_status = 'unresolved'),
          'clear', count(*) FILTER (WHERE l.screening_status = 'clear'))
        FROM notification_lines l WHERE l.notification_id = n.id)`.as('screening_counts'),
    ]);
}

export type NotificationRow = Awaited<
  ReturnType<ReturnType<typeof baseNotificationQuery>['executeTakeFirstOrThrow']>
>;

export interface NotificationFilter {
  box?: 'inbox' | 'outbox' | undefined;
  status?: NotificationRow['status'] | undefined;
  country?: string | undefined;
  substance?: string | undefined;
  dispatchFrom?: string | undefined;
  dispatchTo?: string | undefined;
  overdue?: boolean | undefined;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A line of the notice names the substance: registry id, name or synonym, CAS, SMILES or the written name. */
function namesSubstance(text: string) {
  const like = likePattern(text);
  return sql<SqlBool>`EXISTS (
    SELECT 1 FROM notification_lines l LEFT JOIN chemicals c ON c.id = l.chemical_id
    WHERE l.notification_id = n.id AND (
      l.chemical_id = lower(${text}) OR l.cas = ${text} OR l.smiles = ${text}
      OR l.substance_name ILIKE ${like} OR c.name ILIKE ${like} OR c.cas = ${text}
      OR EXISTS (SELECT 1 FROM unnest(c.synonyms) s WHERE s ILIKE ${like})))`;
}

function filtered(db: Db, actor: Actor, action: 'read' | 'export', filter: NotificationFilter) {
  let query = baseNotificationQuery(notificationDb(db)).where(allowedRows(actor, action, NOTIFICATION));
  if (filter.box === 'outbox') query = query.where('n.owner_agency_id', '=', actor.agencyId);
  // A draft is the exporter's alone, even if (after a stop) a grant existed.
  if (filter.box === 'inbox')
    query = query.where('n.importing_agency_id', '=', actor.agencyId).where('n.status', '<>', 'draft');
  if (filter.status) query = query.where('n.status', '=', filter.status);
  if (filter.country)
    query = query.where(
      sql<SqlBool>`(CASE WHEN n.owner_agency_id = ${actor.agencyId}::uuid THEN ia.country ELSE ea.country END) = ${filter.country}`,
    );
  if (filter.substance) query = query.where(namesSubstance(filter.substance));
  if (filter.dispatchFrom)
    query = query.where(sql<SqlBool>`n.planned_dispatch_date >= ${filter.dispatchFrom}::date`);
  if (filter.dispatchTo)
    query = query.where(sql<SqlBool>`n.planned_dispatch_date <= ${filter.dispatchTo}::date`);
  if (filter.overdue !== undefined)
    query = query.where(filter.overdue ? overdueSql : sql<SqlBool>`NOT ${overdueSql}`);
  return query;
}

export async function listNotifications(
  db: Db,
  actor: Actor,
  filter: NotificationFilter & { limit: number; cursor?: string | undefined },
): Promise<NotificationRow[]> {
  const cursor = decodeCursor(filter.cursor);
  let query = filtered(db, actor, 'read', filter);
  if (cursor)
    query = query.where(sql<SqlBool>`(n.created_at, n.id) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`);
  return query
    .orderBy('n.created_at', 'desc')
    .orderBy('n.id', 'desc')
    .limit(filter.limit + 1)
    .execute();
}

export function exportableNotifications(db: Db, actor: Actor, filter: NotificationFilter) {
  return filtered(db, actor, 'export', filter).orderBy('n.created_at', 'desc').limit(50_000).execute();
}

/** One notification if the actor may read it (undefined otherwise: the caller answers 404). */
export function findReadableNotification(db: Db, actor: Actor, id: string) {
  return baseNotificationQuery(notificationDb(db))
    .where('n.id', '=', id)
    .where(allowedRows(actor, 'read', NOTIFICATION))
    .executeTakeFirst();
}

export async function linesOf(db: Db, notificationId: string) {
  return notificationDb(db)
    .selectFrom('notification_lines as l')
    .leftJoin('chemicals as c', 'c.id', 'l.chemical_id')
    .selectAll('l')
    .select('c.name as chemical_name')
    .where('l.notification_id', '=', notificationId)
    .orderBy('l.position')
    .execute();
}
export type LineRow = Awaited<ReturnType<typeof linesOf>>[number];

/** Lines of many notifications in one query (for exports), grouped by notification. */
export async function linesOfMany(db: Db, ids: string[]): Promise<Map<string, LineRow[]>> {
  const map = new Map<string, LineRow[]>();
  if (!ids.length) return map;
  const rows = await notificationDb(db)
    .selectFrom('notification_lines as l')
    .leftJoin('chemicals as c', 'c.id', 'l.chemical_id')
    .selectAll('l')
    .select('c.name as chemical_name')
    .where(sql<SqlBool>`l.notification_id = ANY(${ids}::uuid[])`)
    .orderBy('l.notification_id')
    .orderBy('l.position')
    .execute();
  for (const row of rows) map.set(row.notification_id, [...(map.get(row.notification_id) ?? []), row]);
  return map;
}

export async function partiesById(db: Db, ids: string[]) {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map<string, PartyRow>();
  const rows = await notificationDb(db).selectFrom('parties').selectAll().where('id', 'in', unique).execute();
  return new Map(rows.map((row) => [row.id, row]));
}

export async function listParties(db: Db, actor: Actor, q: string | undefined, limit: number) {
  let query = notificationDb(db)
    .selectFrom('parties')
    .selectAll()
    .where('owner_agency_id', '=', actor.agencyId);
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) =>
      eb.or([eb('name', 'ilike', like), eb(sql<string>`identifiers::text`, 'ilike', like)]),
    );
  }
  return query
    .orderBy(sql`lower(name)`)
    .orderBy('id')
    .limit(limit)
    .execute();
}
export type PartyRow = Awaited<ReturnType<typeof listParties>>[number];

/** The documents attached to a notification, without their bytes, oldest first. */
export function attachmentsOf(db: Db, notificationId: string) {
  return notificationDb(db)
    .selectFrom('notification_attachments')
    .select(['id', 'kind', 'filename', 'content_type', 'size_bytes', 'sha256', 'created_at'])
    .where('notification_id', '=', notificationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
export type AttachmentRow = Awaited<ReturnType<typeof attachmentsOf>>[number];
