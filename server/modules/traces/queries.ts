// Reads of traces and hops, through the policy's SQL predicate (or, for the routed tracing centre, its work queue).
// Record-holder agencies read no trace: they see only the hops addressed to them (see decision 0005).
import { sql, type SqlBool } from 'kysely';
import { can, hasAbility, type Actor, type SharedRecord } from '../../../core/sharing';
import type { Db } from '../../db/connect';
import { notFound } from '../../platform/errors';
import { decodeCursor } from '../../platform/http/pagination';
import { allowedRows, sharedRecordOf } from '../../platform/policy';
import './tables';

export const TRACE = { alias: 'tr', recordType: 'trace' } as const;

function baseTraceQuery(db: Db) {
  return db
    .selectFrom('traces as tr')
    .innerJoin('agencies as ag', 'ag.id', 'tr.owner_agency_id')
    .leftJoin('agencies as ce', 'ce.id', 'tr.centre_agency_id')
    .leftJoin('record_holders as wh', 'wh.id', 'tr.awaiting_holder_id')
    .selectAll('tr')
    .select([
      sql<string>`tr.recovered_on::text`.as('recovered_on_text'),
      'ag.code as owner_code',
      'ag.name as owner_name',
      'ag.country as owner_country',
      'ce.code as centre_code',
      'ce.name as centre_name',
      'ce.country as centre_country',
      'wh.name as awaiting_name',
      'wh.kind as awaiting_kind',
      'wh.licence_number as awaiting_licence',
      'wh.us_state as awaiting_us_state',
      sql<Date | null>`(SELECT h.due_at FROM trace_hops h WHERE h.trace_id = tr.id AND h.state = 'open' ORDER BY h.hop_index DESC LIMIT 1)`.as(
        'awaiting_due_at',
      ),
    ]);
}

export type TraceRow = Awaited<ReturnType<ReturnType<typeof baseTraceQuery>['executeTakeFirstOrThrow']>>;

export async function agencyKindOf(db: Db, agencyId: string): Promise<string> {
  const row = await db
    .selectFrom('agencies')
    .select('kind')
    .where('id', '=', agencyId)
    .executeTakeFirstOrThrow();
  return row.kind;
}

/** Traces the actor may read (own agency's and those shared with it), newest first. */
export async function listTraces(
  db: Db,
  actor: Actor,
  filter: { limit: number; cursor?: string | undefined; status?: TraceRow['status'] | undefined },
): Promise<TraceRow[]> {
  if ((await agencyKindOf(db, actor.agencyId)) === 'record_holder') return [];
  const cursor = decodeCursor(filter.cursor);
  let query = baseTraceQuery(db).where(allowedRows(actor, 'read', TRACE));
  if (filter.status) query = query.where('tr.status', '=', filter.status);
  if (cursor)
    query = query.where(
      sql<SqlBool>`(tr.created_at, tr.id) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)`,
    );
  return query
    .orderBy('tr.created_at', 'desc')
    .orderBy('tr.id', 'desc')
    .limit(filter.limit + 1)
    .execute();
}

/** The tracing centre's open work: urgent before routine, then by the earliest answer deadline (SLA). */
export async function traceQueue(db: Db, actor: Actor): Promise<TraceRow[]> {
  return baseTraceQuery(db)
    .where('tr.centre_agency_id', '=', actor.agencyId)
    .where('tr.status', 'not in', ['completed', 'not_traceable'])
    .orderBy(sql`CASE tr.priority WHEN 'urgent' THEN 0 ELSE 1 END`)
    .orderBy(
      sql`coalesce((SELECT min(h.due_at) FROM trace_hops h WHERE h.trace_id = tr.id AND h.state = 'open'), tr.created_at + interval '24 hours')`,
    )
    .orderBy('tr.created_at')
    .limit(500)
    .execute();
}

export async function findTrace(db: Db, id: string): Promise<TraceRow | undefined> {
  return baseTraceQuery(db).where('tr.id', '=', id).executeTakeFirst();
}

/** Is the actor one of the tracing officers of the centre this trace was routed to? */
export function worksTrace(actor: Actor, row: { centre_agency_id: string | null }): boolean {
  return row.centre_agency_id === actor.agencyId && hasAbility(actor.role, 'work_traces');
}

export interface TraceAccess {
  record: SharedRecord;
  /** Read through the trace's distribution (as opposed to working it at the tracing centre). */
  reads: boolean;
  works: boolean;
}

/** Loads a trace the actor may read or work, or throws 404 (ids of others' traces reveal nothing). */
export async function accessibleTrace(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ row: TraceRow; access: TraceAccess }> {
  const row = await findTrace(db, id);
  if (!row) throw notFound('trace');
  const record = await sharedRecordOf(db, TRACE.recordType, row);
  const holderAgency = (await agencyKindOf(db, actor.agencyId)) === 'record_holder';
  const reads = !holderAgency && can(actor, 'read', record);
  const works = worksTrace(actor, row);
  if (!reads && !works) throw notFound('trace');
  return { row, access: { record, reads, works } };
}

export async function hopsOf(db: Db, traceId: string) {
  return db
    .selectFrom('trace_hops as h')
    .innerJoin('record_holders as rh', 'rh.id', 'h.holder_id')
    .select([
      'h.id',
      'h.hop_index',
      'h.asked_at',
      'h.due_at',
      'h.answered_at',
      'h.answered_by',
      'h.state',
      'rh.id as holder_id',
      'rh.name as holder_name',
      'rh.kind as holder_kind',
      'rh.licence_number as holder_licence',
      'rh.us_state as holder_us_state',
    ])
    .where('h.trace_id', '=', traceId)
    .orderBy('h.hop_index')
    .execute();
}
export type HopRow = Awaited<ReturnType<typeof hopsOf>>[number];

/** The hops addressed to the holders of the actor's agency: open ones first, by deadline. */
export async function holderInbox(db: Db, actor: Actor) {
  return db
    .selectFrom('trace_hops as h')
    .innerJoin('record_holders as rh', 'rh.id', 'h.holder_id')
    .innerJoin('traces as tr', 'tr.id', 'h.trace_id')
    .select([
      'h.id',
      'h.asked_at',
      'h.due_at',
      'h.answered_at',
      'h.state',
      'rh.id as holder_id',
      'rh.name as holder_name',
      'rh.kind as holder_kind',
      'rh.licence_number as holder_licence',
      'rh.us_state as holder_us_state',
      'tr.make',
      'tr.model',
      'tr.serial_folded',
      'tr.priority',
    ])
    .where('rh.agency_id', '=', actor.agencyId)
    .where('h.answered_by', 'is distinct from', 'records')
    .orderBy(sql`CASE h.state WHEN 'open' THEN 0 ELSE 1 END`)
    .orderBy('h.due_at')
    .limit(500)
    .execute();
}
export type InboxRow = Awaited<ReturnType<typeof holderInbox>>[number];
