// The record holder's look-up log on every test database: each look-up the tracing path writes (one firearm's
// disposition, candidate serials of a partly restored serial) shows the make and serial (or pattern) asked, the
// licence whose records were read and a short trace reference; a holder sees only look-ups into its own records.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSerialPattern } from '../../../core/firearms';
import { DATABASE_KINDS } from '../../test/databases';
import { createTestApp, type TestApp } from '../../test/testApp';
import { inTransaction } from '../../platform/transaction';
import { answersFromRecords, candidateSerialsOf } from './adRecords';
import type { HolderLookup } from './holderLookups';
import { CONNECTED_DEALER, GLOCK, RIO, WHOLESALER } from './testFixtures';

describe.each(DATABASE_KINDS)('holder look-up log on %s', (kind) => {
  let t: TestApp;
  const holderOf = (licence: string) =>
    t.db
      .selectFrom('record_holders')
      .select(['id', 'agency_id'])
      .where('licence_number', '=', licence)
      .executeTakeFirstOrThrow();
  const lookupsOf = async (email: string) => {
    const client = await t.signIn(email);
    const response = await client.get('/api/v1/holder/lookups');
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: HolderLookup[] }>().items;
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('shows which firearm each look-up asked about and a short reference, only to the holder looked into', async () => {
    const rio = await holderOf(RIO);
    const glock = await holderOf(GLOCK);
    const disposition: string = randomUUID();
    const candidates: string = randomUUID();
    const context = { userId: null, agencyId: null, ip: null, requestId: 'test' };
    await inTransaction(t.db, context, async (tx, audit) => {
      await answersFromRecords(
        tx,
        [
          {
            traceId: disposition,
            holderId: rio.id,
            holderAgencyId: rio.agency_id,
            make: 'Glock',
            serialFolded: 'LOG0001',
          },
        ],
        audit,
      );
      const pattern = compileSerialPattern('LOG??01');
      if (!pattern.ok) throw new Error('pattern');
      await candidateSerialsOf(
        tx,
        [{ traceId: candidates, holderId: glock.id, make: 'Glock', model: 'G19', pattern: pattern.value }],
        audit,
      );
    });

    const rioLog = await lookupsOf(CONNECTED_DEALER);
    expect(rioLog.find((l) => l.traceId === disposition)).toMatchObject({
      action: 'ad_record.lookup',
      licence: RIO,
      make: 'Glock',
      serial: 'LOG0001',
      traceRef: disposition.slice(0, 8).toUpperCase(),
    });
    // NO REGISTRY: the maker's look-up is not in the dealer's log, nor the dealer's in a third holder's.
    expect(rioLog.some((l) => l.traceId === candidates)).toBe(false);
    expect(
      (await lookupsOf(WHOLESALER)).some((l) => [disposition, candidates].includes(l.traceId ?? '')),
    ).toBe(false);

    const glockUser = await t.db
      .selectFrom('users')
      .select('email')
      .where('agency_id', '=', glock.agency_id!)
      .executeTakeFirstOrThrow();
    expect((await lookupsOf(glockUser.email)).find((l) => l.traceId === candidates)).toMatchObject({
      action: 'ad_record.candidate_lookup',
      licence: GLOCK,
      make: 'Glock',
      serial: 'LOG??01',
    });
  });
});
