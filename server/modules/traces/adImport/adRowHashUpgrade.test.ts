// Migration 0020 cut the stored row hashes (64 hex characters) to the 128 bits adRowHash now gives, and put one key
// index in place of two: a row imported before the upgrade must still meet its re-upload, and look-ups still use it.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../db/connect';
import { migrate } from '../../../db/migrate';
import { DATABASE_KINDS, emptyDatabase } from '../../../test/databases';
import { AD_VALUE_COLUMNS, adRowHash, type AdValues } from './adRow';

const values: AdValues = {
  holder_id: '0b6e5f5e-2a7c-4c36-9a53-0a0f5b1e6c11',
  make: 'Glock',
  make_key: 'glock',
  model: '19',
  serial_folded: 'ABC123',
  acquired_from_holder_id: null,
  acquired_from_name: null,
  acquired_on: null,
  disposition: 'sale',
  disposed_to_holder_id: null,
  purchaser_name: 'Synthetic Buyer',
  purchaser_birth_date: null,
  purchaser_address: null,
  export_country: null,
  disposed_on: '2023-02-01',
};
/** The hash as every row stored before migration 0020 had it. */
const fullHex = createHash('sha256')
  .update(JSON.stringify(Object.fromEntries(AD_VALUE_COLUMNS.map((c) => [c, values[c]]))))
  .digest('hex');

describe.each(DATABASE_KINDS)('A&D row hashes across migration 0020 on %s', (kind) => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await emptyDatabase(kind);
    await migrate(database.db, { through: 19 });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('a row stored before keeps its identity: its re-upload changes nothing, and the look-up key is indexed', async () => {
    await database.db
      .insertInto('ad_records')
      .values({ ...values, row_hash: fullHex })
      .execute();
    expect((await migrate(database.db, { through: 20 })).applied).toEqual(['20_ad_records_one_key_index']);

    const stored = await sql<{ row_hash: string }>`SELECT row_hash::text FROM ad_records`.execute(
      database.db,
    );
    expect(stored.rows).toEqual([{ row_hash: adRowHash(values) }]);
    // The import's own statement shape: the same content from a re-upload is refused by the key index.
    const again = await sql`
      INSERT INTO ad_records (holder_id, make, make_key, model, serial_folded, disposition, purchaser_name,
                              disposed_on, row_hash)
      VALUES (${values.holder_id}::uuid, ${values.make}, ${values.make_key}, ${values.model}, ${values.serial_folded},
              'sale', ${values.purchaser_name}, ${values.disposed_on}::date, ${adRowHash(values)}::uuid)
      ON CONFLICT (holder_id, make_key, serial_folded, row_hash) DO NOTHING`.execute(database.db);
    expect(Number(again.numAffectedRows)).toBe(0);

    const indexes = await sql<{ indexdef: string }>`
      SELECT indexdef FROM pg_indexes WHERE tablename = 'ad_records' ORDER BY indexname`.execute(database.db);
    expect(indexes.rows.map((r) => r.indexdef.replace(/^.* USING /, ''))).toEqual([
      'btree (holder_id, make_key, serial_folded, row_hash)',
      'btree (id)',
    ]);
  });
});
