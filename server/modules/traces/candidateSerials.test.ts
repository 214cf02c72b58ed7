// Candidates for a partly restored serial come from the first holder's records by two plans: a prefix range tested
// with LIKE, or, when the first wildcard is one or two `?`, the prefix's first serials in key order and then a skip
// scan over the distinct heads after them. Every plan, wherever the range stops, must return exactly the serials the
// pattern matches, whatever the characters (LIKE's own `_` and `%`, letters outside ASCII).
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSerialPattern } from '../../../core/firearms';
import type { DatabaseHandle } from '../../db/connect';
import { DATABASE_KINDS, freshDatabase } from '../../test/databases';
import { candidateSerialsOf, rangeRowsOf, skipScanOf } from './adRecords';
import { adRowHash, type AdValues } from './adImport/adRow';

// Characters folding leaves alone; `_` and `%` are LIKE's metacharacters and must match only themselves.
const ALPHABET = ['A', '1', 'C', '2', '9', 'Ñ', '_', '%'];
const serialArbitrary = fc
  .array(fc.constantFrom(...ALPHABET), { minLength: 3, maxLength: 6 })
  .map((chars) => chars.join(''));

describe('skipScanOf', () => {
  it('splits at the first run of one or two `?` only', () => {
    expect(skipScanOf('AB??34*')).toEqual({ headLength: 4, after: '34', run: 2 });
    expect(skipScanOf('?Ñ5')).toEqual({ headLength: 1, after: 'Ñ5', run: 1 });
    expect(skipScanOf('AB?')).toEqual({ headLength: 3, after: '', run: 1 });
    expect(skipScanOf('AB???4')).toBeNull();
    expect(skipScanOf('AB*?4')).toBeNull();
    expect(skipScanOf('AB1234')).toBeNull();
  });

  it('reads more of a prefix in key order before skipping when two characters are unreadable', () => {
    expect(rangeRowsOf(1)).toBe(576);
    expect(rangeRowsOf(2)).toBe(20_736);
  });
});

describe.each(DATABASE_KINDS)('candidate serials on %s', (kind) => {
  let database: DatabaseHandle;
  let holderId: string;
  let stored: string[];
  beforeAll(async () => {
    database = await freshDatabase(kind);
    ({ id: holderId } = await database.db
      .insertInto('record_holders')
      .values({
        kind: 'manufacturer',
        name: 'Candidate maker',
        licence_number: 'CAND-1',
        country: 'US',
        us_state: 'TX',
      })
      .returning('id')
      .executeTakeFirstOrThrow());
    // A serial that is the start of longer ones (A1C, A1C2): the skip scan must not jump past the longer ones' heads.
    stored = ['A1', 'A1C', 'A1C2', 'A1CA9', ...fc.sample(serialArbitrary, { numRuns: 400, seed: 11 })];
    const rows = stored.map((serial, i) => {
      const values: AdValues = {
        holder_id: holderId,
        make: 'Glock',
        make_key: 'glock',
        model: i % 2 ? 'G19' : 'G17',
        serial_folded: serial,
        acquired_from_holder_id: null,
        acquired_from_name: null,
        acquired_on: null,
        disposition: 'lost_stolen',
        disposed_to_holder_id: null,
        purchaser_name: null,
        purchaser_birth_date: null,
        purchaser_address: null,
        export_country: null,
        disposed_on: `2020-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      };
      return { ...values, row_hash: adRowHash(values) };
    });
    await database.db.insertInto('ad_records').values(rows).execute();
    // As the server's embedded analyze (or autovacuum) would: without statistics PGlite plans a scan per ask.
    await sql`ANALYZE ad_records`.execute(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  // The test's prefixes hold up to ~400 serials: the default reads them whole; 0, 1 and 7 rows make the skip scan
  // start at the prefix, after its first serial, and part-way through.
  it.each([
    ['the default range', undefined],
    ['no range', 0],
    ['a range of 1', 1],
    ['a range of 7', 7],
  ])(
    'return exactly the stored serials a pattern matches, by either plan (%s)',
    async (_label, rangeRows) => {
      // Patterns made from stored serials (so most match something): some characters unreadable, a tail cut by `*`.
      const patternArbitrary = fc
        .tuple(fc.constantFrom(...stored), fc.array(fc.nat(5), { minLength: 1, maxLength: 3 }), fc.boolean())
        .map(([serial, unreadable, cut]) => {
          const chars = [...serial];
          for (const at of unreadable) chars[at % chars.length] = '?';
          const pattern = cut ? `${chars.slice(0, -1).join('')}*` : chars.join('');
          return pattern.replace(/^[?*]+$/, 'A?');
        });
      const plans = new Set<string>();
      const check = async (source: string) => {
        const pattern = compileSerialPattern(source);
        if (!pattern.ok) return;
        plans.add(skipScanOf(pattern.value.folded) ? 'skip scan' : 'prefix range');
        const expected = [...new Set(stored.filter((s) => pattern.value.matches(s)))].sort();
        const found = await database.db
          .transaction()
          .execute((tx) =>
            candidateSerialsOf(
              tx,
              [{ traceId: 'trace', holderId, make: 'Glock', model: null, pattern: pattern.value }],
              async () => {},
              rangeRows === undefined ? {} : { rangeRows: () => rangeRows },
            ),
          );
        const serials = [...new Set(found.get('trace')!.map((c) => c.serialFolded))].sort();
        if (expected.length <= 25) expect(serials, source).toEqual(expected);
        else for (const serial of serials) expect(expected, source).toContain(serial);
      };
      for (const source of ['A1??', 'A1?', 'A1C?', 'A1??9', '?1C2', 'A1?*']) await check(source);
      await fc.assert(fc.asyncProperty(patternArbitrary, check), { numRuns: 120, seed: 5 });
      expect([...plans].sort()).toEqual(['prefix range', 'skip scan']);
    },
  );
});
