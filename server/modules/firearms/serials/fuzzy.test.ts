// The fuzzy candidate step in SQL, on every test database: for random queries and serials near them, the look-ups of
// fuzzySerialIds return exactly the serials within two edits (Damerau–Levenshtein, as core/firearms ranks them):
// none missed (the pigeonhole look-ups and the indexes of migration 0017), none too far (the Levenshtein checks).
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { damerauLevenshtein } from '../../../../core/firearms';
import type { DatabaseHandle } from '../../../db/connect';
import { DATABASE_KINDS, freshDatabase } from '../../../test/databases';
import { fuzzySerialIds } from './fuzzy';

/** Serials from a small alphabet, LIKE's own characters included, so pieces repeat and escaping is exercised. */
const CHARS = ['A', 'B', '1', '2', '%', '_', '\\', 'Ñ'];

/** One random edit of `s`: substitution, insertion, deletion, adjacent swap, or a swap with one character dropped. */
function edit(s: string[], pick: number, char: string): string[] {
  const i = pick % (s.length + 1);
  const out = [...s];
  switch (pick % 5) {
    case 0:
      if (i < s.length) out[i] = char;
      return out;
    case 1:
      return [...s.slice(0, i), char, ...s.slice(i)];
    case 2:
      return [...s.slice(0, i), ...s.slice(i + 1)];
    case 3:
      return i + 1 < s.length ? [...s.slice(0, i), s[i + 1]!, s[i]!, ...s.slice(i + 2)] : out;
    default:
      return i + 2 < s.length ? [...s.slice(0, i), s[i + 2]!, s[i]!, ...s.slice(i + 3)] : out;
  }
}

const scenario = fc
  .array(fc.constantFrom(...CHARS), { minLength: 3, maxLength: 12 })
  .chain((query) =>
    fc.record({
      query: fc.constant(query),
      near: fc.array(
        fc
          .array(fc.tuple(fc.nat(), fc.constantFrom(...CHARS)), { maxLength: 4 })
          .map((edits) => edits.reduce((s, [pick, char]) => edit(s, pick, char), query).join('')),
        { minLength: 1, maxLength: 25 },
      ),
    }),
  )
  .map(({ query, near }) => ({ query: query.join(''), serials: [...new Set(near.filter((s) => s !== ''))] }));

describe.each(DATABASE_KINDS)('fuzzy serial look-ups on %s', (kind) => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await freshDatabase(kind);
    // A table shaped like the searched ones for serials, with migration 0017's indexes and the trigram index.
    await sql`CREATE TABLE serial_probe (id serial PRIMARY KEY, serial_folded text NOT NULL)`.execute(
      database.db,
    );
    await sql`CREATE INDEX probe_prefix ON serial_probe (serial_folded text_pattern_ops) INCLUDE (id)`.execute(
      database.db,
    );
    await sql`CREATE INDEX probe_suffix ON serial_probe (reverse(serial_folded) text_pattern_ops)
      INCLUDE (serial_folded, id)`.execute(database.db);
    await sql`CREATE INDEX probe_length ON serial_probe (length(serial_folded)) INCLUDE (serial_folded, id)`.execute(
      database.db,
    );
    await sql`CREATE INDEX probe_trgm ON serial_probe USING gin (serial_folded gin_trgm_ops)`.execute(
      database.db,
    );
  });
  afterAll(async () => {
    await database.close();
  });

  it('returns exactly the serials within two edits of the query: none missed, none farther', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ query, serials }) => {
        await sql`TRUNCATE serial_probe`.execute(database.db);
        await sql`INSERT INTO serial_probe (serial_folded) SELECT unnest(${serials}::text[])`.execute(
          database.db,
        );
        const found = await sql<{ serial_folded: string }>`
          SELECT serial_folded FROM serial_probe WHERE id IN (${fuzzySerialIds('serial_probe', query)})`.execute(
          database.db,
        );
        const expected = serials.filter((s) => damerauLevenshtein(query, s) <= 2).sort();
        expect(found.rows.map((r) => r.serial_folded).sort(), query).toEqual(expected);
      }),
      { numRuns: kind === 'pglite' ? 120 : 60 },
    );
  });

  it('looks a 9-character query up through the indexes (prefix and suffix from index entries alone), and a short one by length', async () => {
    await sql`TRUNCATE serial_probe`.execute(database.db);
    await sql`INSERT INTO serial_probe (serial_folded)
      SELECT 'GL' || lpad((g * 7919 % 10000000)::text, 7, '0') FROM generate_series(1, 20000) g`.execute(
      database.db,
    );
    await sql`VACUUM ANALYZE serial_probe`.execute(database.db);
    const plan = async (query: string) =>
      (
        await sql<{
          'QUERY PLAN': string;
        }>`EXPLAIN SELECT id FROM (${fuzzySerialIds('serial_probe', query)}) AS f`.execute(database.db)
      ).rows
        .map((r) => r['QUERY PLAN'])
        .join('\n');
    const pieces = await plan('GL1234567');
    expect(pieces).not.toContain('Seq Scan');
    expect(pieces).toContain('Index Only Scan using probe_prefix');
    expect(pieces).toContain('Index Only Scan using probe_suffix');
    expect(pieces).toContain('probe_trgm');
    const short = await plan('GL123');
    expect(short).not.toContain('Seq Scan');
    expect(short).toContain('probe_length');
  });
});
