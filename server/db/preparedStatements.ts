// Named prepared statements for the few hot statements whose planning costs more than their execution: the serial
// search's one statement (three tables, each under the policy's read and discovery predicates) takes ~5 ms to parse
// and plan and ~0.2 ms to run. A statement whose text starts with PREPARED_MARK is sent under a name derived from
// its text, so each pooled connection parses it once and PostgreSQL may settle on a generic plan. Opt-in by marker
// keeps the set of names per connection small: only statements whose text is stable per shape are marked.
// Both databases: the embedded one plans in WebAssembly, so planning costs it more (exact serial search p50 went
// from 13.7 to 5.8 ms at 1M records, a connected trace from 28.8-31.3 to 19.1-20.5 ms).
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type pg from 'pg';

export const PREPARED_MARK = '/* prepared */ ';

/**
 * Put first in a raw SQL template, or pass to a Kysely select's `.modifyFront()` (which writes it right after
 * `select`), to run the statement as a named prepared statement.
 */
export const prepared = sql.raw(PREPARED_MARK);

const isMarked = (text: string) =>
  text.startsWith(PREPARED_MARK) || text.startsWith(`select ${PREPARED_MARK}`);

const statementName = (text: string) =>
  `rastro_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;

type Query = (...args: unknown[]) => unknown;

/** Makes every connection of `pool` send marked statements as named prepared statements (Kysely passes text, values). */
export function prepareMarkedStatements(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as Query;
    const marked: Query = (first, ...rest) =>
      typeof first === 'string' && isMarked(first) && Array.isArray(rest[0])
        ? query({ name: statementName(first), text: first, values: rest[0] }, ...rest.slice(1))
        : query(first, ...rest);
    Object.assign(client, { query: marked });
  });
}
