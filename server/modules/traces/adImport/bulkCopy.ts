// Bulk writes through COPY, on both databases: pg-copy-streams (COPY … FROM STDIN) on a PostgreSQL server, and
// COPY … FROM '/dev/blob' on PGlite (its node-postgres adapter cannot stream COPY data; a blob per chunk can).
// Rows are encoded in COPY's text format here, so callers hand over plain values.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type CopyValue = string | number | boolean | null | undefined;

/** Where COPY goes: a PostgreSQL client (in the caller's transaction when it has one open) or the PGlite instance. */
export type CopyTarget = { kind: 'postgres'; client: pg.PoolClient } | { kind: 'pglite'; pglite: PGlite };

const SPECIAL = /[\\\t\n\r]/;

function encodeValue(value: CopyValue): string {
  if (value === null || value === undefined) return '\\N';
  const text = String(value);
  if (!SPECIAL.test(text)) return text;
  return text.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

export function copyLine(values: readonly CopyValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += (i ? '\t' : '') + encodeValue(values[i]);
  return `${line}\n`;
}

/** Rows → text chunks of about `chunkBytes`, counting rows as they go. */
function* chunksOf(rows: Iterable<readonly CopyValue[]>, chunkBytes: number, onRows: (n: number) => void) {
  let chunk = '';
  let pending = 0;
  for (const row of rows) {
    chunk += copyLine(row);
    pending++;
    if (chunk.length >= chunkBytes) {
      yield chunk;
      onRows(pending);
      chunk = '';
      pending = 0;
    }
  }
  if (chunk) {
    yield chunk;
    onRows(pending);
  }
}

/** COPYs `rows` into `table (columns)`; returns the number of rows sent. `onRows` reports progress. */
export async function copyRows(
  target: CopyTarget,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
  onRows: (n: number) => void = () => {},
): Promise<number> {
  if (!/^[a-z_][a-z0-9_]*$/.test(table) || columns.some((c) => !/^[a-z_][a-z0-9_]*$/.test(c)))
    throw new Error(`copyRows: unsafe identifier in ${table}(${columns.join(',')})`);
  let sent = 0;
  const count = (n: number) => {
    sent += n;
    onRows(n);
  };
  if (target.kind === 'postgres') {
    const stream = target.client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
    await pipeline(Readable.from(chunksOf(rows, 1 << 20, count)), stream);
    return sent;
  }
  // PGlite parses a blob per statement; ~4 MB keeps its memory steady.
  for (const chunk of chunksOf(rows, 4 << 20, count))
    await target.pglite.query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob'`, [], {
      blob: new Blob([chunk]),
    });
  return sent;
}
