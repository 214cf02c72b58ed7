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

export function encodeValue(value: CopyValue): string {
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

/** COPYs bytes already in COPY's text format (UTF-8 lines as copyLine makes them) into `table (columns)`. */
export async function copyText(
  target: CopyTarget,
  table: string,
  columns: readonly string[],
  data: Uint8Array,
): Promise<void> {
  if (data.length) await sendChunks(target, table, columns, [data]);
}

/** Reads COPY text-format lines back into values (the inverse of copyLine, for callers without COPY). */
export function parseCopyText(text: string): (string | null)[][] {
  const unescape = (cell: string) =>
    cell === '\\N'
      ? null
      : cell.replace(/\\(.)/g, (_, c: string) =>
          c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : c,
        );
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.split('\t').map(unescape));
}

/** COPYs `rows` into `table (columns)`; returns the number of rows sent. `onRows` reports progress. */
export async function copyRows(
  target: CopyTarget,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
  onRows: (n: number) => void = () => {},
): Promise<number> {
  let sent = 0;
  const count = (n: number) => {
    sent += n;
    onRows(n);
  };
  // PGlite parses a blob per statement; ~4 MB keeps its memory steady.
  await sendChunks(
    target,
    table,
    columns,
    chunksOf(rows, target.kind === 'postgres' ? 1 << 20 : 4 << 20, count),
  );
  return sent;
}

async function sendChunks(
  target: CopyTarget,
  table: string,
  columns: readonly string[],
  chunks: Iterable<string | Uint8Array>,
): Promise<void> {
  if (!/^[a-z_][a-z0-9_]*$/.test(table) || columns.some((c) => !/^[a-z_][a-z0-9_]*$/.test(c)))
    throw new Error(`copyRows: unsafe identifier in ${table}(${columns.join(',')})`);
  const statement = `COPY ${table} (${columns.join(', ')}) FROM`;
  if (target.kind === 'postgres') {
    await pipeline(Readable.from(chunks), target.client.query(copyFrom(`${statement} STDIN`)));
    return;
  }
  for (const chunk of chunks)
    await target.pglite.query(`${statement} '/dev/blob'`, [], { blob: new Blob([chunk as BlobPart]) });
}
