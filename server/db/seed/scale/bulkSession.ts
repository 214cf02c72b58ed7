// The scale seed's one database session: its COPYs, and plain SQL on the same connection, in one transaction (a
// failed seed leaves nothing behind, dropped indexes included). Into a table that is nearly empty, a bulk load is
// faster without its secondary indexes, built once at the end from sorted input, than with one index insert per row
// per index: those are dropped inside the transaction and re-created from their own definitions before it commits.
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import type { CopyTarget } from '../../../modules/traces/adImport/bulkCopy';
import type { DatabaseHandle } from '../../connect';

export interface BulkSession {
  target: CopyTarget;
  run(statement: string): Promise<Record<string, unknown>[]>;
  release(): void;
}

export async function openBulkSession(database: DatabaseHandle): Promise<BulkSession> {
  if (database.kind === 'postgres') {
    const client: pg.PoolClient = await database.pool.connect();
    return {
      target: { kind: 'postgres', client },
      run: async (statement) => (await client.query(statement)).rows as Record<string, unknown>[],
      release: () => client.release(),
    };
  }
  const pglite: PGlite = database.pglite!;
  return {
    target: { kind: 'pglite', pglite },
    run: async (statement) => (await pglite.query<Record<string, unknown>>(statement)).rows,
    release: () => {},
  };
}

/** Secondary indexes (not backing a primary key or a constraint) of `table`, with their definitions. */
async function secondaryIndexes(session: BulkSession, table: string) {
  return (await session.run(`
    SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
    WHERE i.indrelid = '${table}'::regclass AND NOT i.indisprimary
      AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
    ORDER BY c.relname`)) as { name: string; definition: string }[];
}

/**
 * Runs `load` in one transaction; each table whose current rows are fewer than a tenth of those about to arrive
 * loses its secondary indexes for the load and gets them back (same definitions) before the commit.
 */
export async function inBulkTransaction<T>(
  session: BulkSession,
  incoming: Record<string, number>,
  load: () => Promise<T>,
): Promise<T> {
  await session.run('BEGIN');
  try {
    const rebuild: string[] = [];
    for (const [table, rows] of Object.entries(incoming)) {
      if (!/^[a-z_]+$/.test(table)) throw new Error(`inBulkTransaction: unsafe table name ${table}`);
      const [{ n }] = (await session.run(`SELECT count(*)::int AS n FROM ${table}`)) as [{ n: number }];
      if (n * 10 >= rows) continue;
      for (const index of await secondaryIndexes(session, table)) {
        await session.run(`DROP INDEX "${index.name}"`);
        rebuild.push(index.definition);
      }
    }
    const result = await load();
    // Index builds sort in memory when they can; the default 64 MB spills a 10M-row build to many runs.
    if (rebuild.length) await session.run(`SET LOCAL maintenance_work_mem = '512MB'`);
    for (const definition of rebuild) await session.run(definition);
    await session.run('COMMIT');
    return result;
  } catch (error) {
    await session.run('ROLLBACK').catch(() => {});
    throw error;
  }
}
