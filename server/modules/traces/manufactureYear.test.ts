// A trace request's year of manufacture cannot come after the firearm's recovery, nor after this year: such a year
// is a typing error, refused on its field with nothing written; the recovery year itself is accepted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTracingDemo } from '../../db/seed/seedTracingDemo';
import { DATABASE_KINDS } from '../../test/databases';
import { expectFieldErrors, rowCounts } from '../../test/problems';
import { createTestApp, type TestApp } from '../../test/testApp';
import { INVESTIGATOR, recoveryRecorder, userClients } from './testFixtures';

describe.each(DATABASE_KINDS)('trace request manufacture year on %s', (kind) => {
  let t: TestApp;
  const as = userClients(() => t);
  const recover = recoveryRecorder(as, 'FGE/SON/YEAR');
  const request = async (recoveryId: string, manufactureYear: number) =>
    (await as(INVESTIGATOR)).post('/api/v1/traces', {
      recoveryId,
      priority: 'routine',
      manufactureYear,
      distribution: 'agency',
      tlp: 'AMBER',
    });

  beforeAll(async () => {
    t = await createTestApp(kind);
    await seedTracingDemo(t.db);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses a year after the recovery’s or after this year on its field; takes the recovery’s year', async () => {
    const recoveryId = await recover({ recoveredOn: '2024-03-01' }); // recovered in 2024
    const before = await rowCounts(t.db);
    const later = expectFieldErrors(await request(recoveryId, 2025), ['manufactureYear']);
    expect(later.errors).toContainEqual(
      expect.objectContaining({ field: 'manufactureYear', message: expect.stringContaining('2024') }),
    );
    const future = new Date().getUTCFullYear() + 1;
    const next = expectFieldErrors(await request(recoveryId, future), ['manufactureYear']);
    expect(JSON.stringify(next.errors)).toContain(String(future - 1));
    expectFieldErrors(await request(recoveryId, 2100), ['manufactureYear']);
    expect(await rowCounts(t.db)).toEqual(before);

    const accepted = await request(recoveryId, 2024);
    expect(accepted.statusCode, accepted.body).toBe(201);
  });
});
