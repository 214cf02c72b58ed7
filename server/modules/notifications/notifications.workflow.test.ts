// Pre-export notifications, on every test database: every transition and who may make it, concurrent
// decisions, editing drafts, and the audit trail the transitions leave.
import { describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../test/databases';
import { expectFieldErrors, expectProblem } from '../../test/problems';
import type { NotificationView } from './schemas';
import { COFEPRIS, COFEPRIS_ANALYST, DEA, useNotificationsWorld } from './testWorld';

describe.each(DATABASE_KINDS)('pre-export notifications on %s', (kind) => {
  const world = useNotificationsWorld(kind);
  const { agencies, as, act, ok, draft, sent, auditActions } = world;

  it('every transition, made only by its side: acknowledge → object → stop, clear → ship', async () => {
    const n = await sent();
    // The exporter never acknowledges, clears or objects; the importer never ships or stops.
    for (const action of ['acknowledge', 'clear']) expectProblem(await act(DEA, n, action), 403, 'forbidden');
    expectProblem(await act(DEA, n, 'object', { reason: 'x' }), 403, 'forbidden');
    expectProblem(await act(COFEPRIS, n, 'stop'), 403, 'forbidden');
    // A reader of the importing authority who is not a regulator cannot act.
    const analystView = await (await as(COFEPRIS_ANALYST)).get(`/api/v1/notifications/${n.id}`);
    expect(analystView.statusCode).toBe(200);
    expect(analystView.json<NotificationView>().actions).toEqual([]);
    expectProblem(await act(COFEPRIS_ANALYST, n, 'clear'), 403, 'forbidden');
    // An agency admin of the exporting authority reads but may not act either.
    expectProblem(await act('admin@dea.demo', n, 'stop'), 403, 'forbidden');

    const acknowledged = await ok(COFEPRIS, n, 'acknowledge');
    expect(acknowledged).toMatchObject({ status: 'acknowledged', version: n.version + 1 });
    expect(acknowledged.acknowledgedAt).not.toBeNull();
    expectProblem(await act(COFEPRIS, n, 'clear'), 409, 'conflict'); // stale version
    expectProblem(await act(COFEPRIS, acknowledged, 'acknowledge'), 409, 'conflict'); // not from acknowledged
    expectFieldErrors(await act(COFEPRIS, acknowledged, 'object'), ['reason']);
    expectFieldErrors(await act(COFEPRIS, acknowledged, 'object', { reason: '   ' }), ['reason']);
    const objected = await ok(COFEPRIS, acknowledged, 'object', {
      reason: 'El consignatario no tiene licencia vigente de COFEPRIS para NPP.',
    });
    expect(objected).toMatchObject({ status: 'objected', actions: [] });
    // The exporter sees the objection and may only stop.
    const exporterSees = (
      await (await as(DEA)).get(`/api/v1/notifications/${n.id}`)
    ).json<NotificationView>();
    expect(exporterSees).toMatchObject({
      status: 'objected',
      objectionReason: 'El consignatario no tiene licencia vigente de COFEPRIS para NPP.',
      actions: ['stop'],
    });
    expectProblem(await act(DEA, objected, 'ship'), 409, 'conflict');
    expectProblem(await act(COFEPRIS, objected, 'clear'), 409, 'conflict');
    const stopped = await ok(DEA, objected, 'stop');
    expect(stopped.status).toBe('stopped');
    expect(stopped.closedAt).not.toBeNull();
    expectProblem(await act(DEA, stopped, 'stop'), 409, 'conflict');

    const m = await sent();
    const cleared = await ok(COFEPRIS, m, 'clear'); // straight from sent
    expect(cleared).toMatchObject({ status: 'cleared', objectionReason: null });
    expectProblem(await act(COFEPRIS, cleared, 'ship'), 403, 'forbidden');
    const shipped = await ok(DEA, cleared, 'ship');
    expect(shipped.status).toBe('shipped');
    expectProblem(await act(DEA, shipped, 'stop'), 409, 'conflict');

    // A draft may be withdrawn.
    const d = await draft();
    expect((await ok(DEA, d, 'stop')).status).toBe('stopped');

    const actionsOf = async (id: string) =>
      (await auditActions(id)).filter((e) => !e.action.endsWith('read')).map((e) => e.action);
    expect(await actionsOf(n.id)).toEqual([
      'export_notification.create',
      'export_notification.send',
      'export_notification.acknowledge',
      'export_notification.object',
      'export_notification.stop',
    ]);
    expect(await actionsOf(m.id)).toEqual([
      'export_notification.create',
      'export_notification.send',
      'export_notification.clear',
      'export_notification.ship',
    ]);
    const objection = await world.t.db
      .selectFrom('audit_events')
      .select(['details', 'actor_agency_id'])
      .where('record_id', '=', n.id)
      .where('action', '=', 'export_notification.object')
      .executeTakeFirstOrThrow();
    expect(objection.actor_agency_id).toBe(agencies['MX-COFEPRIS']);
    expect(objection.details).toMatchObject({ from: 'acknowledged', to: 'objected' });
  });

  it('two officers deciding at once: exactly one wins, the other gets a conflict', async () => {
    const n = await sent();
    const [a, b] = await Promise.all([
      act(COFEPRIS, n, 'clear'),
      act(COFEPRIS, n, 'object', { reason: 'Ruta inusual' }),
    ]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses, `${a.body} ${b.body}`).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    // In the officer's language (COFEPRIS works in Spanish), whichever check caught the loser.
    expect(expectProblem(loser, 409, 'conflict').detail).toContain('Vuelva a cargarla');
    const winner = (a.statusCode === 200 ? a : b).json<NotificationView>();
    const row = await world.t.db
      .selectFrom('audit_events')
      .select('action')
      .where('record_id', '=', n.id)
      .where('action', 'in', ['export_notification.clear', 'export_notification.object'])
      .execute();
    expect(row.map((r) => r.action)).toEqual([
      `export_notification.${winner.status === 'cleared' ? 'clear' : 'object'}`,
    ]);
  });

  it('editing a draft: versions, replaced lines, never after sending', async () => {
    const d = await draft();
    const dea = await as(DEA);
    const edited = await dea.patch(`/api/v1/notifications/${d.id}`, {
      version: d.version,
      pointOfEntry: 'Manzanillo, Colima',
      lines: [{ cas: '39742-60-4', quantity: 1.5, unit: 't' }],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    const view = edited.json<NotificationView>();
    expect(view).toMatchObject({ pointOfEntry: 'Manzanillo, Colima', version: 2 });
    expect(view.lines.map((l) => [l.cas, l.quantity, l.unit])).toEqual([['39742-60-4', 1.5, 't']]);
    const stale = { version: d.version, reference: 'late' };
    const staleIn = async (language: string) =>
      expectProblem(
        await dea.patch(`/api/v1/notifications/${d.id}`, stale, { 'accept-language': language }),
        409,
        'conflict',
      ).detail;
    expect(await staleIn('en')).toBe(
      'Someone else changed this notification meanwhile (you had version 1). Reload it to see their changes, then try again.',
    );
    expect(await staleIn('es')).toContain('Otra persona modificó esta notificación');
    expect(await staleIn('fr')).toContain('Quelqu’un d’autre a modifié cette notification');
    const sentView = await ok(DEA, view, 'send');
    expect(sentView.lines[0]!.screening!.status).toBe('controlled');
    const frozen = expectProblem(
      await dea.patch(
        `/api/v1/notifications/${d.id}`,
        { version: sentView.version, reference: 'late' },
        { 'accept-language': 'fr' },
      ),
      409,
      'conflict',
    );
    expect(frozen.detail).toContain('n’est plus un brouillon');
    expectProblem(
      await (
        await as(COFEPRIS)
      ).patch(`/api/v1/notifications/${d.id}`, {
        version: sentView.version,
        reference: 'mine',
      }),
      403,
      'forbidden',
    );
  });
});
