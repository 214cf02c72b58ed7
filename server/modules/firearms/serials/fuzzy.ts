// Fuzzy serial search in SQL: the rows within two edits of the folded query, found through the pigeonhole look-ups
// of core/firearms fuzzyProbe (btree prefix, btree on the reversed serial, trigram infix; serial lengths for short
// queries) and kept only if the exact two-edit test (twoEditChecks) holds. Migration 0017 holds the indexes. Every
// look-up reads the serial from the index itself (covering indexes), so only the few verified rows reach the table.
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import { fuzzyProbe, twoEditChecks } from '../../../../core/firearms/serialPieces';

/** LIKE's own characters, escaped so a serial piece matches literally (backslash is LIKE's default escape). */
const literal = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** `serial` within Damerau–Levenshtein 2 of `folded`, with fuzzystrmatch's Levenshtein (see twoEditChecks). */
export function withinTwoEdits(serial: RawBuilder<unknown>, folded: string): Expression<SqlBool> {
  const { exact, swapped } = twoEditChecks(folded);
  return sql<SqlBool>`(${serial} = ANY(${exact}::text[])
    OR (levenshtein_less_equal(${serial}, ${folded}, 3) <= 3
      AND (levenshtein_less_equal(${serial}, ${folded}, 2) <= 2
        OR EXISTS (SELECT 1 FROM unnest(${swapped}::text[]) AS v(s) WHERE levenshtein_less_equal(${serial}, v.s, 1) <= 1))))`;
}

/**
 * The ids of `table`'s rows whose serial is within two edits of `folded`. Each index look-up keeps only entries within
 * Levenshtein 4 (implied by two Damerau edits; one cheap call per entry, read from the index itself), and the exact
 * test runs once on what they found. Complete: no such row is missed (core/firearms/serialPieces.ts, and the tests
 * beside both).
 */
export function fuzzySerialIds(table: string, folded: string): RawBuilder<unknown> {
  const t = sql.table(table);
  const serial = sql.ref('serial_folded');
  const near = sql`levenshtein_less_equal(${serial}, ${folded}, 4) <= 4`;
  const probe = fuzzyProbe(folded);
  const lookups =
    probe.kind === 'lengths'
      ? [sql`length(${serial}) BETWEEN ${probe.min} AND ${probe.max}`]
      : [
          ...probe.prefixes.map((p) => sql`${serial} LIKE ${`${literal(p)}%`}`),
          ...probe.suffixes.map(
            (p) => sql`reverse(${serial}) LIKE ${`${literal([...p].reverse().join(''))}%`}`,
          ),
          sql`${serial} LIKE ${`%${literal(probe.infix)}%`}`,
        ];
  const found = sql.join(
    lookups.map((lookup) => sql`SELECT id, serial_folded FROM ${t} WHERE ${lookup} AND ${near}`),
    sql` UNION ALL `,
  );
  return sql`SELECT c.id FROM (${found}) AS c WHERE ${withinTwoEdits(sql`c.serial_folded`, folded)}`;
}
