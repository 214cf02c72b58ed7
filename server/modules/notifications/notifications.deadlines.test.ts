// Pre-export notifications, on every test database: notice and answer deadlines, overdue marking and
// filtering, expiry of notices whose dispatch date has passed, and the scheduler that runs it (on a clock
// the test controls: no sleeping).
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../core/chemicals/notificationStatus';
import { DATABASE_KINDS } from '../../test/databases';
import { expectFieldErrors, expectProblem, rowCounts } from '../../test/problems';
import { expireOverdueNotifications } from './commands/expireOverdueNotifications';
import { startExpiryScheduler } from './expiryScheduler';
import type { NotificationView } from './schemas';
import { COFEPRIS, DEA, useNotificationsWorld } from './testWorld';

describe.each(DATABASE_KINDS)('pre-export notifications on %s', (kind) => {
  const world = useNotificationsWorld(kind);
  const { today, as, act, ok, draft, sent } = world;

  it('deadlines: 15 days notice unless voluntary; answers due 15 days after sending; overdue marking and filter', async () => {
    const late = await draft({ plannedDispatchDate: addDays(today, 10) });
    const before = await rowCounts(world.t.db);
    const refused = expectFieldErrors(await act(DEA, late, 'send'), ['plannedDispatchDate']);
    expect(refused.errors![0]!.code).toBe('notice_too_late');
    expect(refused.errors![0]!.message).toContain(addDays(today, -5));
    expect(await rowCounts(world.t.db)).toEqual(before);

    const voluntary = await draft({
      plannedDispatchDate: addDays(today, 10),
      voluntary: true,
      lines: [{ name: 'Benzyl chloride', quantity: 40, unit: 'kg' }],
    });
    const sentVoluntary = await ok(DEA, voluntary, 'send');
    expect(sentVoluntary).toMatchObject({
      status: 'sent',
      voluntary: true,
      responseDueDate: addDays(today, 9),
    });

    const onTime = await sent({ plannedDispatchDate: addDays(today, 15) });
    expect(onTime.responseDueDate).toBe(addDays(today, 14));

    // Move the due day into the past: overdue while awaiting an answer, not after it.
    await sql`UPDATE export_notifications SET response_due_date = ${addDays(today, -1)}::date WHERE id = ${onTime.id}`.execute(
      world.t.db,
    );
    const overdue = (
      await (await as(COFEPRIS)).get(`/api/v1/notifications/${onTime.id}`)
    ).json<NotificationView>();
    expect(overdue.overdue).toBe(true);
    const listed = async (query: string) =>
      (await (await as(COFEPRIS)).get(`/api/v1/notifications?box=inbox&limit=200&${query}`))
        .json<{ items: { id: string; overdue: boolean }[] }>()
        .items.map((n) => n.id);
    expect(await listed('overdue=true')).toContain(onTime.id);
    expect(await listed('overdue=true')).not.toContain(sentVoluntary.id);
    expect(await listed('overdue=false')).toContain(sentVoluntary.id);
    expect(await listed('overdue=false')).not.toContain(onTime.id);
    expect(await listed('status=sent')).toEqual(expect.arrayContaining([onTime.id, sentVoluntary.id]));
    const cleared = await ok(COFEPRIS, overdue, 'clear');
    expect(cleared.overdue).toBe(false);
    expect(await listed('status=sent')).not.toContain(onTime.id);
  });

  it('expiry: sent and acknowledged notices whose dispatch date passed expire, audited as the system', async () => {
    const s = await sent();
    const a = await ok(COFEPRIS, await sent(), 'acknowledge');
    const c = await ok(COFEPRIS, await sent(), 'clear');
    const future = await sent();
    const past = addDays(today, -1);
    await sql`UPDATE export_notifications SET planned_dispatch_date = ${past}::date WHERE id IN (${s.id}, ${a.id}, ${c.id})`.execute(
      world.t.db,
    );
    const expired = await expireOverdueNotifications(world.t.db);
    expect(expired.sort()).toEqual([s.id, a.id].sort());
    const statusOf = async (id: string) =>
      await world.t.db
        .selectFrom('audit_events')
        .select('actor_user_id')
        .where('record_id', '=', id)
        .where('action', '=', 'export_notification.expire')
        .execute();
    for (const id of [s.id, a.id]) {
      const view = (await (await as(DEA)).get(`/api/v1/notifications/${id}`)).json<NotificationView>();
      expect(view).toMatchObject({ status: 'expired', overdue: false, actions: [] });
      expect(await statusOf(id)).toEqual([{ actor_user_id: null }]);
    }
    expect((await (await as(DEA)).get(`/api/v1/notifications/${c.id}`)).json<NotificationView>().status).toBe(
      'cleared',
    );
    expect(
      (await (await as(DEA)).get(`/api/v1/notifications/${future.id}`)).json<NotificationView>().status,
    ).toBe('sent');
    expect(await expireOverdueNotifications(world.t.db)).toEqual([]);
    // With a later "today", the future one expires too.
    expect(await expireOverdueNotifications(world.t.db, { today: addDays(today, 41) })).toContain(future.id);
    expectProblem(await act(COFEPRIS, { id: s.id, version: 3 }, 'clear'), 409, 'conflict');
  });

  it('the scheduler sweeps on the clock it is given, audited as the system; unref’d; stops cleanly', async () => {
    const s = await sent({ plannedDispatchDate: addDays(today, 20) });
    const a = await ok(COFEPRIS, await sent({ plannedDispatchDate: addDays(today, 20) }), 'acknowledge');
    const c = await ok(COFEPRIS, await sent({ plannedDispatchDate: addDays(today, 20) }), 'clear');
    let clock = new Date(`${today}T12:00:00Z`);
    const logged: string[] = [];
    const log = {
      info: (_: object, m: string) => logged.push(m),
      error: (_: object, m: string) => logged.push(m),
    };
    const scheduler = startExpiryScheduler(world.t.db, log, {
      intervalMs: 3_600_000,
      now: () => clock,
      runAtStart: false,
    });
    try {
      expect(scheduler.keepsProcessAlive()).toBe(false);
      const first = await scheduler.tick();
      expect(first).not.toContain(s.id);
      // The dispatch day itself is not past; the day after is.
      clock = new Date(`${addDays(today, 20)}T23:59:59Z`);
      expect(await scheduler.tick()).not.toContain(s.id);
      clock = new Date(`${addDays(today, 21)}T00:00:01Z`);
      // Two ticks at once share one sweep.
      const [x, y] = [scheduler.tick(), scheduler.tick()];
      expect(x).toBe(y);
      const swept = await x;
      expect(swept).toEqual(expect.arrayContaining([s.id, a.id]));
      expect(swept).not.toContain(c.id);
      expect(logged).toContain('expired overdue pre-export notifications');
    } finally {
      await scheduler.stop();
    }
    expect(await scheduler.tick()).toEqual([]);
    for (const id of [s.id, a.id]) {
      const events = await world.t.db
        .selectFrom('audit_events')
        .select(['actor_user_id', 'actor_agency_id', 'details'])
        .where('record_id', '=', id)
        .where('action', '=', 'export_notification.expire')
        .execute();
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ actor_user_id: null, actor_agency_id: null });
      const view = (await (await as(DEA)).get(`/api/v1/notifications/${id}`)).json<NotificationView>();
      expect(view.status).toBe('expired');
      expect(view.closedAt).toBe(clock.toISOString());
    }
    expect((await (await as(DEA)).get(`/api/v1/notifications/${c.id}`)).json<NotificationView>().status).toBe(
      'cleared',
    );
  });
});
