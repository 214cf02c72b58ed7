// `rastro db vacuum`: VACUUM (ANALYZE) of every table, largest first. The embedded database has no autovacuum, so the
// dead rows that updates and deletes leave (hop answers, confirmed candidates, re-read notices) are only reclaimed
// here; the server does not do it itself, because on PGlite's one connection it would hold every request for as
// long as it reads a table (decision 0012). On PostgreSQL autovacuum does the same work; the command is harmless.
import { sql } from 'kysely';
import type { Db } from './connect';

export interface VacuumedTable {
  table: string;
  bytesBefore: number;
  bytesAfter: number;
  ms: number;
}

export async function vacuumTables(
  db: Db,
  onProgress: (done: number, total: number, table: string) => void = () => {},
): Promise<VacuumedTable[]> {
  const tables = await sql<{ name: string; bytes: string }>`
    SELECT c.relname AS name, pg_total_relation_size(c.oid)::text AS bytes
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r'
    ORDER BY pg_total_relation_size(c.oid) DESC, c.relname`.execute(db);
  const done: VacuumedTable[] = [];
  for (const { name, bytes } of tables.rows) {
    onProgress(done.length, tables.rows.length, name);
    const started = performance.now();
    await sql`VACUUM (ANALYZE) ${sql.table(name)}`.execute(db);
    const after = await sql<{
      bytes: string;
    }>`SELECT pg_total_relation_size(${name}::regclass)::text AS bytes`.execute(db);
    done.push({
      table: name,
      bytesBefore: Number(bytes),
      bytesAfter: Number(after.rows[0]!.bytes),
      ms: Math.round(performance.now() - started),
    });
  }
  onProgress(done.length, tables.rows.length, '');
  return done;
}
