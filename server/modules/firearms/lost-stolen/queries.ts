// Reads of lost/stolen reports: the owner and those its distribution reaches (the policy's SQL predicate); one
// unfiltered row for a detail page, which the route authorises before showing anything.
import { sql, type SqlBool } from 'kysely';
import type { Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import { decodeCursor } from '../../../platform/http/pagination';
import { allowedRows } from '../../../platform/policy';
import { heldByCentre } from './commands/holdAtTracingCentre';
import { makeKeyOf } from '../firearmInput';
import '../tables';

export const LOST_STOLEN = { alias: 'ls', recordType: 'lost_stolen' } as const;

function baseQuery(db: Db) {
  return db
    .selectFrom('lost_stolen_reports as ls')
    .innerJoin('agencies as ag', 'ag.id', 'ls.owner_agency_id')
    .leftJoin('sharing_groups as sg', 'sg.id', 'ls.sharing_group_id')
    .selectAll('ls')
    .select([
      // A DATE has no time zone and must not pick one up on the way to JSON.
      sql<string>`ls.reported_on::text`.as('reported_on_text'),
      'ag.code as owner_code',
      'ag.name as owner_name',
      'ag.country as owner_country',
      'sg.name as group_name',
      // The tracing centre that holds a record holder's report (commands/holdAtTracingCentre.ts).
      heldByCentre('lost_stolen', sql.ref('ls.id'), sql.ref('ls.owner_agency_id')).as('held_by'),
    ]);
}

export type LostStolenRow = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

export interface LostStolenFilter {
  limit: number;
  cursor?: string | undefined;
  kind?: 'lost' | 'stolen' | undefined;
  reportedFrom?: string | undefined;
  reportedTo?: string | undefined;
  make?: string | undefined;
}

/** One page (plus one row, to know whether another follows) of the reports the actor may read, newest first. */
export async function listLostStolen(
  db: Db,
  actor: Actor,
  filter: LostStolenFilter,
): Promise<LostStolenRow[]> {
  const cursor = decodeCursor(filter.cursor);
  let query = baseQuery(db).where(allowedRows(actor, 'read', LOST_STOLEN));
  if (filter.kind) query = query.where('ls.kind', '=', filter.kind);
  if (filter.reportedFrom) query = query.where(sql<SqlBool>`ls.reported_on >= ${filter.reportedFrom}::date`);
  if (filter.reportedTo) query = query.where(sql<SqlBool>`ls.reported_on <= ${filter.reportedTo}::date`);
  if (filter.make) query = query.where('ls.make_key', '=', makeKeyOf(filter.make));
  if (cursor)
    query = query.where(
      sql<SqlBool>`(ls.created_at, ls.id) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`,
    );
  return query
    .orderBy('ls.created_at', 'desc')
    .orderBy('ls.id', 'desc')
    .limit(filter.limit + 1)
    .execute();
}

/** One report, unfiltered: callers authorise it with authorizeRecord before showing anything. */
export async function findLostStolen(db: Db, id: string): Promise<LostStolenRow | undefined> {
  return baseQuery(db).where('ls.id', '=', id).executeTakeFirst();
}
