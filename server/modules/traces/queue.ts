// The tracing centre's work queue: the open traces routed to the actor's centre, urgent first, then by the deadline
// that comes first (the open hop's answer deadline, or a day from the request while the centre itself must act),
// then oldest first. Keyset pages over that order, so a centre with thousands of open traces sees them all, page by
// page, and none twice while traces move on.
import { sql } from 'kysely';
import { z } from 'zod';
import type { Actor } from '../../../core/sharing';
import type { Db } from '../../db/connect';
import { AppError } from '../../platform/errors';
import { baseTraceQuery, isTimestampKey } from './queries';
import './tables';

const RANK = sql<number>`CASE tr.priority WHEN 'urgent' THEN 0 ELSE 1 END`;
/** The same 24 hours a record holder has to answer a hop (DOMAIN.md) for the centre's own first step. */
const DUE = sql<Date>`coalesce((SELECT min(h.due_at) FROM trace_hops h WHERE h.trace_id = tr.id AND h.state = 'open'),
  tr.created_at + interval '24 hours')`;

interface QueueKey {
  r: number;
  d: string;
  c: string;
  id: string;
}

const queueKey = z.object({ r: z.number().int().min(0).max(1), d: z.string(), c: z.string(), id: z.uuid() });

function decodeQueueCursor(cursor: string | undefined): QueueKey | null {
  if (!cursor) return null;
  const invalid = () => new AppError('validation', {}, [{ field: 'cursor', message: 'invalid_format' }]);
  let key: QueueKey;
  try {
    key = queueKey.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw invalid();
  }
  if (!isTimestampKey(key.d) || !isTimestampKey(key.c)) throw invalid();
  return key;
}

const encodeQueueCursor = (key: QueueKey) => Buffer.from(JSON.stringify(key)).toString('base64url');

export async function traceQueue(db: Db, actor: Actor, page: { limit: number; cursor?: string | undefined }) {
  const after = decodeQueueCursor(page.cursor);
  let query = baseTraceQuery(db)
    .select([
      RANK.as('queue_rank'),
      DUE.as('queue_due_at'),
      sql<string>`(${DUE})::text`.as('queue_due_key'),
      sql<string>`tr.created_at::text`.as('created_key'),
    ])
    .where('tr.centre_agency_id', '=', actor.agencyId)
    .where('tr.status', 'not in', ['completed', 'not_traceable']);
  if (after)
    query = query.where(
      sql<boolean>`(${RANK}, ${DUE}, tr.created_at, tr.id) >
        (${after.r}::int, ${after.d}::timestamptz, ${after.c}::timestamptz, ${after.id}::uuid)`,
    );
  const rows = await query
    .orderBy(RANK)
    .orderBy(DUE)
    .orderBy('tr.created_at')
    .orderBy('tr.id')
    .limit(page.limit + 1)
    .execute();
  const items = rows.slice(0, page.limit);
  const last = items[items.length - 1];
  const nextCursor =
    rows.length > page.limit && last
      ? encodeQueueCursor({
          r: Number(last.queue_rank),
          d: last.queue_due_key,
          c: last.created_key,
          id: last.id,
        })
      : null;
  return { items, nextCursor };
}
export type QueuedTrace = Awaited<ReturnType<typeof traceQueue>>['items'][number];
