// The tracing centre's queue pages through every open trace routed to it, urgent first, then by the deadline that
// comes first, then oldest: the pages joined are exactly that order, with nothing skipped or repeated, and a cursor
// that does not decode is the caller's error.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../test/databases';
import { expectFieldErrors, expectProblem } from '../../test/problems';
import { createTestApp, type TestApp } from '../../test/testApp';
import { ANALYST, rowsForBareTraces, TRACER, userClients } from './testFixtures';

interface QueuePage {
  items: { id: string; priority: string; dueAt: string; overdue: boolean }[];
  nextCursor: string | null;
}

describe.each(DATABASE_KINDS)('the tracing centre queue on %s', (kind) => {
  let t: TestApp;
  const as = userClients(() => t);
  let expected: string[] = [];
  beforeAll(async () => {
    t = await createTestApp(kind);
    const { agency, user, recovery } = await rowsForBareTraces(t.db);
    const centre = (await sql<{ id: string }>`SELECT id FROM agencies WHERE code = 'US-NTC'`.execute(t.db))
      .rows[0]!.id;
    // 23 open traces of the centre (some requested in the same microsecond), 3 closed ones and 2 of another centre.
    await sql`
      INSERT INTO traces (owner_agency_id, distribution, tlp, recovery_id, priority, justification, status, reason, routing_reason,
        serial_state, recovered_on, recovery_country, created_by_user_id, centre_agency_id, created_at)
      SELECT ${agency}::uuid, 'agency', 'GREEN', ${recovery}::uuid,
        CASE WHEN i % 4 = 0 THEN 'urgent' ELSE 'routine' END, CASE WHEN i % 4 = 0 THEN 'Homicide' END,
        CASE WHEN i > 23 THEN 'not_traceable' ELSE 'submitted' END,
        CASE WHEN i > 23 THEN 'serial_not_found' END, 'test', 'obliterated', '2024-01-01', 'MX', ${user}::uuid,
        CASE WHEN i > 26 THEN ${agency}::uuid ELSE ${centre}::uuid END,
        timestamptz '2026-01-01 00:00:00+00' + (i % 7) * interval '1 hour'
      FROM generate_series(1, 28) AS i`.execute(t.db);
    expected = (
      await sql<{ id: string }>`
        SELECT id FROM traces WHERE centre_agency_id = ${centre} AND status = 'submitted'
        ORDER BY CASE priority WHEN 'urgent' THEN 0 ELSE 1 END, created_at, id`.execute(t.db)
    ).rows.map((r) => r.id);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('pages through every open trace in queue order, none skipped or repeated', async () => {
    const seen: QueuePage['items'] = [];
    let cursor: string | null = null;
    do {
      const response = await (
        await as(TRACER)
      ).get(`/api/v1/traces/queue?limit=5${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.statusCode, response.body).toBe(200);
      const page = response.json<QueuePage>();
      expect(page.items.length).toBeLessThanOrEqual(5);
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.map((i) => i.id)).toEqual(expected);
    expect(expected).toHaveLength(23);
    // A day from the request while the centre must act; long past, so overdue.
    expect(seen[0]).toMatchObject({ priority: 'urgent', overdue: true });
    expect(Date.parse(seen[0]!.dueAt) - Date.parse('2026-01-01T00:00:00Z')).toBeLessThanOrEqual(
      7 * 3_600_000 + 86_400_000,
    );
  });

  it('refuses a cursor it did not make, and users who do not work traces', async () => {
    const forged = Buffer.from(JSON.stringify({ r: 0, d: '9999-99-99', c: 'x', id: 'y' })).toString(
      'base64url',
    );
    expectFieldErrors(await (await as(TRACER)).get(`/api/v1/traces/queue?cursor=${forged}`), ['cursor']);
    expectProblem(await (await as(ANALYST)).get('/api/v1/traces/queue'), 403, 'forbidden');
  });
});
