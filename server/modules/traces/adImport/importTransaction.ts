// One import transaction with a way to bulk-load rows inside it. COPY must run on the very connection that holds the
// transaction (the staging table is temporary): on PostgreSQL the import takes one pool client and runs Kysely over
// that client alone; on PGlite there is only one session, so COPY … FROM '/dev/blob' lands in the open transaction.
// Given only a Kysely instance (no driver access), the same COPY text is read back and inserted by multi-row
// INSERT … SELECT FROM unnest(…) instead.
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { Db, DatabaseHandle } from '../../../db/connect';
import type { Database } from '../../../db/schema';
import type { AuditActorContext } from '../../../platform/audit';
import { inTransaction, type Audit, type Tx } from '../../../platform/transaction';
import { copyText, parseCopyText, type CopyTarget } from './bulkCopy';

/** Loads UTF-8 lines in COPY's text format (bulkCopy.copyLine) into `table (columns)`. */
export type BulkLoad = (table: string, columns: readonly string[], data: Uint8Array) => Promise<void>;

export type ImportDatabase = Db | Pick<DatabaseHandle, 'db' | 'kind' | 'pool' | 'pglite'>;

const isHandle = (target: ImportDatabase): target is Exclude<ImportDatabase, Db> =>
  'pool' in target && 'db' in target;

export async function inImportTransaction<T>(
  target: ImportDatabase,
  context: AuditActorContext,
  work: (tx: Tx, audit: Audit, load: BulkLoad) => Promise<T>,
): Promise<T> {
  if (!isHandle(target))
    return inTransaction(target, context, (tx, audit) => work(tx, audit, insertLoader(tx)));
  if (target.kind === 'pglite' && target.pglite) {
    const copy: CopyTarget = { kind: 'pglite', pglite: target.pglite };
    return inTransaction(target.db, context, (tx, audit) => work(tx, audit, copyLoader(copy)));
  }
  const client = await target.pool.connect();
  // Kysely over this one client: its transaction and our COPY share the connection.
  const single = new Kysely<Database>({
    dialect: new PostgresDialect({
      pool: {
        connect: async () => ({
          query: client.query.bind(client) as typeof client.query,
          release: () => {},
        }),
        end: async () => {},
      },
    }),
  });
  let broken = false;
  try {
    const copy: CopyTarget = { kind: 'postgres', client };
    return await inTransaction(single, context, (tx, audit) => work(tx, audit, copyLoader(copy)));
  } catch (error) {
    broken = true;
    throw error;
  } finally {
    await single.destroy();
    // A connection that failed mid-COPY is not handed back to the pool.
    client.release(broken);
  }
}

const copyLoader =
  (copy: CopyTarget): BulkLoad =>
  (table, columns, data) =>
    copyText(copy, table, columns, data);

/** Fallback without driver access: batches of INSERT … SELECT FROM unnest($1::text[], …). */
function insertLoader(tx: Tx): BulkLoad {
  return async (table, columns, data) => {
    const rows = parseCopyText(Buffer.from(data.buffer, data.byteOffset, data.length).toString('utf8'));
    for (let start = 0; start < rows.length; start += 5000) {
      const batch = rows.slice(start, start + 5000);
      const arrays = columns.map((_, i) => batch.map((row) => row[i] ?? null));
      await sql`INSERT INTO ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
        SELECT * FROM unnest(${sql.join(arrays.map((a) => sql`${a}::text[]`))})`.execute(tx);
    }
  };
}
