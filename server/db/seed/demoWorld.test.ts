// A new demo database (first `npm start`) gets the synthetic tracing world on top of the hand-made demo: the
// investigator's trace list has completed results with time-to-crime and indicators, the US tracing centre's queue
// has open traces, and it holds multiple-sales reports with match notices. A database that is not new gets nothing;
// 0 records means the hand-made demo only.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS, freshDatabase } from '../../test/databases';
import { createTestApp, type TestApp } from '../../test/testApp';
import { seedDemoWorld, type DemoWorldReport } from './demoWorld';

const scaleHolders = async (t: Pick<TestApp, 'db'>) =>
  Number(
    (
      await sql<{
        n: string;
      }>`SELECT count(*) AS n FROM record_holders WHERE licence_number LIKE 'SCALE%'`.execute(t.db)
    ).rows[0]!.n,
  );

describe.each(DATABASE_KINDS)('the demo world on %s', (kind) => {
  let t: TestApp;
  let report: DemoWorldReport | undefined;

  beforeAll(async () => {
    t = await createTestApp(kind, {}, async (database) => {
      report = await seedDemoWorld(database, { production: false, adRecords: 3000, traces: 150 });
    });
  }, 300_000);
  afterAll(async () => {
    await t?.close();
  });

  it('adds synthetic chains and traces of their recoveries to a new demo database', () => {
    expect(report?.demo.seeded).toBe(true);
    expect(report?.scale).toMatchObject({ seeded: true });
    expect(report?.scale?.adRecords).toBeGreaterThanOrEqual(3000);
    expect(report?.traces?.requested).toBe(150);
  });

  it('gives the investigator completed results with time-to-crime, and the tracing centre a queue', async () => {
    const investigator = await t.signIn('investigador@fge-son.demo');
    const page = (await investigator.get('/api/v1/traces?status=completed&limit=100')).json<{
      items: { status: string; timeToCrimeDays: number | null; indicatorCodes: string[] }[];
    }>();
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((i) => i.status === 'completed' && i.timeToCrimeDays !== null)).toBe(true);
    expect(page.items.some((i) => i.indicatorCodes.length > 0)).toBe(true);
    const tracer = await t.signIn('tracer@ntc.demo');
    const queue = (await tracer.get('/api/v1/traces/queue')).json<{ items: unknown[] }>();
    expect(queue.items.length).toBeGreaterThan(0);
  });

  it('has multiple-sales reports of straw purchases, with match notices for their recovered guns', async () => {
    expect(report?.scale?.multipleSales).toBeGreaterThan(0);
    expect(report?.scale?.matchNotices).toBeGreaterThan(0);
    const tracer = await t.signIn('tracer@ntc.demo');
    const reports = (await tracer.get('/api/v1/firearms/multiple-sales')).json<{
      items: { firearms: unknown[]; purchaser: { name: string | null } }[];
    }>();
    expect(reports.items).toHaveLength(report!.scale!.multipleSales);
    expect(reports.items.every((r) => r.firearms.length >= 2 && r.purchaser.name)).toBe(true);
    const notices = (await tracer.get('/api/v1/firearms/match-notices')).json<{ items: unknown[] }>();
    expect(notices.items.length).toBeGreaterThan(0);
  });

  it('adds nothing to a database that is not new', async () => {
    const holders = await scaleHolders(t);
    const again = await seedDemoWorld(t.database, { production: false, adRecords: 3000, traces: 150 });
    expect(again).toMatchObject({ demo: { seeded: false }, scale: null, traces: null });
    expect(await scaleHolders(t)).toBe(holders);
  });

  it('seeds the hand-made demo only with 0 records, and nothing in production', async () => {
    const database = await freshDatabase(kind);
    try {
      await expect(
        seedDemoWorld(database, { production: true, adRecords: 3000, traces: 150 }),
      ).rejects.toThrow(/NODE_ENV=production/);
      const only = await seedDemoWorld(database, { production: false, adRecords: 0, traces: 150 });
      expect(only).toMatchObject({ demo: { seeded: true }, scale: null, traces: null });
      expect(await scaleHolders(database)).toBe(0);
    } finally {
      await database.close();
    }
  });
});
