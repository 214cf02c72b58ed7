// The rows a trace or a hop names elsewhere must exist, as foreign keys would make sure, checked once per statement
// instead of by a trigger per row and key (migration 0026, decision 0021): before the walk writes its traces and hops,
// one statement locks every row they name FOR KEY SHARE, the lock a foreign-key check takes, so none can be deleted or
// re-keyed before this transaction commits, and refuses the write if any is missing. Rastro deletes none of these
// rows; the check is there for the bug that would name one that does not exist.
import { sql } from 'kysely';
import { prepared } from '../../db/preparedStatements';
import type { Tx } from '../../platform/transaction';

/** Every column of traces and trace_hops that names a row elsewhere, and that row's table. */
export const TRACE_REFERENCES = {
  traces: {
    owner_agency_id: 'agencies',
    centre_agency_id: 'agencies',
    created_by_user_id: 'users',
    sharing_group_id: 'sharing_groups',
    recovery_id: 'recoveries',
    start_holder_id: 'record_holders',
    awaiting_holder_id: 'record_holders',
    dealer_holder_id: 'record_holders',
  },
  trace_hops: { trace_id: 'traces', holder_id: 'record_holders' },
} as const;

type ReferencedTable =
  | (typeof TRACE_REFERENCES)['traces'][keyof (typeof TRACE_REFERENCES)['traces']]
  | (typeof TRACE_REFERENCES)['trace_hops'][keyof (typeof TRACE_REFERENCES)['trace_hops']];
const TABLES: readonly ReferencedTable[] = [
  'agencies',
  'users',
  'sharing_groups',
  'recoveries',
  'record_holders',
  'traces',
];

/**
 * Locks the rows that `rows` (about to be written to `table`) name, in one statement; throws if any does not exist.
 * Only the referencing columns present in the rows are read, so an update's rows may carry some of them.
 */
export async function lockReferencedRows<T extends keyof typeof TRACE_REFERENCES>(
  tx: Tx,
  table: T,
  rows: readonly Partial<Record<keyof (typeof TRACE_REFERENCES)[T], string | null>>[],
): Promise<void> {
  if (rows.length === 0) return;
  const wanted = new Map<ReferencedTable, Set<string>>(TABLES.map((t) => [t, new Set<string>()]));
  const columns = TRACE_REFERENCES[table] as Record<string, ReferencedTable>;
  for (const row of rows)
    for (const [column, target] of Object.entries(columns)) {
      const id = (row as Record<string, string | null | undefined>)[column];
      if (id) wanted.get(target)!.add(id);
    }
  const ids = (t: ReferencedTable) => [...wanted.get(t)!];
  // One text for any ids (array parameters), so it runs prepared; the counts read every row each CTE locked.
  const { rows: found } = await sql<Record<ReferencedTable, number>>`${prepared}
    WITH a AS (SELECT id FROM agencies WHERE id = ANY(${ids('agencies')}::uuid[]) FOR KEY SHARE),
      u AS (SELECT id FROM users WHERE id = ANY(${ids('users')}::uuid[]) FOR KEY SHARE),
      g AS (SELECT id FROM sharing_groups WHERE id = ANY(${ids('sharing_groups')}::uuid[]) FOR KEY SHARE),
      r AS (SELECT id FROM recoveries WHERE id = ANY(${ids('recoveries')}::uuid[]) FOR KEY SHARE),
      h AS (SELECT id FROM record_holders WHERE id = ANY(${ids('record_holders')}::uuid[]) FOR KEY SHARE),
      t AS (SELECT id FROM traces WHERE id = ANY(${ids('traces')}::uuid[]) FOR KEY SHARE)
    SELECT (SELECT count(*) FROM a)::int AS agencies, (SELECT count(*) FROM u)::int AS users,
      (SELECT count(*) FROM g)::int AS sharing_groups, (SELECT count(*) FROM r)::int AS recoveries,
      (SELECT count(*) FROM h)::int AS record_holders, (SELECT count(*) FROM t)::int AS traces`.execute(tx);
  const missing = TABLES.filter((t) => found[0]![t] !== wanted.get(t)!.size);
  if (missing.length)
    throw new Error(`${table}: a row names ${missing.join(', ')} that do not exist (lockReferencedRows)`);
}
