// Pre-export notification lists, on every test database: the filters (status, other country, substance,
// dispatch dates, overdue) in the list and in the CSV export, sharing respected by both, and every read by
// the other country (opening, listing, exporting, downloading) in the exporting authority's audit trail.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../../core/chemicals/notificationStatus';
import { DATABASE_KINDS } from '../../test/databases';
import { expectFieldErrors } from '../../test/problems';
import { COFEPRIS, DEA, HC, useNotificationsWorld } from './testWorld';

describe.each(DATABASE_KINDS)('notification lists on %s', (kind) => {
  const world = useNotificationsWorld(kind);
  const { agencies, parties, today, as, ok, sent, draft } = world;

  it('filters by status, country, substance, dispatch dates and overdue, in the list and the CSV export', async () => {
    const toMx = await sent({
      reference: 'F-MX-NPP',
      plannedDispatchDate: addDays(today, 30),
      lines: [{ chemicalId: 'npp', quantity: 5, unit: 'kg' }],
    });
    const toMxLater = await sent({
      reference: 'F-MX-ACETONE',
      plannedDispatchDate: addDays(today, 60),
      lines: [{ name: 'Acetone', quantity: 5, unit: 'L' }],
    });
    const toCa = await sent({
      reference: 'F-CA-4AP',
      importingAgencyId: agencies['CA-HC'],
      plannedDispatchDate: addDays(today, 45),
      lines: [{ cas: '23056-29-3', quantity: 1, unit: 'kg' }],
    });
    const unsent = await draft({
      reference: 'F-DRAFT',
      lines: [{ chemicalId: 'npp', quantity: 1, unit: 'kg' }],
    });
    await sql`UPDATE export_notifications SET response_due_date = ${addDays(today, -1)}::date WHERE id = ${toMxLater.id}`.execute(
      world.t.db,
    );

    const ids = async (email: string, query: string) => {
      const response = await (await as(email)).get(`/api/v1/notifications?limit=200&${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ items: { id: string }[] }>().items.map((n) => n.id);
    };
    const csvIds = async (email: string, query: string) => {
      const response = await (await as(email)).get(`/api/v1/notifications/export.csv?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return [toMx.id, toMxLater.id, toCa.id, unsent.id].filter((id) => response.body.includes(id));
    };
    const mine = [toMx.id, toMxLater.id, toCa.id, unsent.id];
    const only = async (query: string) =>
      (await ids(DEA, `box=outbox&${query}`)).filter((id) => mine.includes(id));

    expect((await only('country=MX')).sort()).toEqual([toMx.id, toMxLater.id, unsent.id].sort());
    expect(await only('country=CA')).toEqual([toCa.id]);
    expect(await only('country=US')).toEqual([]);
    // By registry id, name, synonym or CAS of the registry chemical, and by what the exporter wrote.
    expect((await only('substance=npp')).sort()).toEqual([toMx.id, unsent.id].sort());
    expect((await only('substance=phenethyl')).sort()).toEqual([toMx.id, unsent.id].sort());
    expect(await only('substance=ACETONE')).toEqual([toMxLater.id]);
    expect(await only('substance=23056-29-3')).toEqual([toCa.id]);
    expect(await only(`substance=${encodeURIComponent('%')}`)).toEqual([]);
    expect(await only(`dispatchFrom=${addDays(today, 44)}&dispatchTo=${addDays(today, 46)}`)).toEqual([
      toCa.id,
    ]);
    expect((await only(`dispatchFrom=${addDays(today, 45)}`)).sort()).toEqual([toMxLater.id, toCa.id].sort());
    expect(await only('overdue=true')).toEqual([toMxLater.id]);
    expect(await only('status=draft')).toEqual([unsent.id]);
    expect(await only('status=sent&country=MX&overdue=false')).toEqual([toMx.id]);

    // The export takes the same filters.
    expect(await csvIds(DEA, 'country=CA')).toEqual([toCa.id]);
    expect(await csvIds(DEA, 'substance=npp&status=sent')).toEqual([toMx.id]);

    // The importing side: country is the exporter's; it sees only notices sent to it.
    expect((await ids(COFEPRIS, 'box=inbox&country=US')).filter((id) => mine.includes(id)).sort()).toEqual(
      [toMx.id, toMxLater.id].sort(),
    );
    expect(await ids(COFEPRIS, 'box=inbox&country=CA')).toEqual([]);
    expect((await ids(HC, 'substance=npp')).filter((id) => mine.includes(id))).toEqual([]);
    expect(await csvIds(HC, '')).toEqual([toCa.id]);
    expect(await csvIds(COFEPRIS, 'substance=4-anilinopiperidine')).toEqual([]);

    expectFieldErrors(await (await as(DEA)).get('/api/v1/notifications?country=XX'), ['querystring.country']);
    expectFieldErrors(await (await as(DEA)).get('/api/v1/notifications?dispatchFrom=2026-13-01'), [
      'querystring.dispatchFrom',
    ]);
    expect(parties.exporter).not.toBe('');
  });

  it('every read by the other country is in the exporting authority’s trail: open, list, export', async () => {
    const n = await sent({ reference: 'AUDITED' });
    const mx = await as(COFEPRIS);
    const count = async (action: string) =>
      Number(
        (
          await world.t.db
            .selectFrom('audit_events')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .where('record_id', '=', n.id)
            .where('action', '=', action)
            .where('actor_agency_id', '=', agencies['MX-COFEPRIS']!)
            .where('owner_agency_id', '=', agencies['US-DEA']!)
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect((await mx.get(`/api/v1/notifications/${n.id}`)).statusCode).toBe(200);
    expect(await count('export_notification.read')).toBe(1);
    expect((await mx.get('/api/v1/notifications?box=inbox&limit=200')).statusCode).toBe(200);
    expect(await count('export_notification.list_read')).toBe(1);
    expect((await mx.get('/api/v1/notifications/export.csv')).body).toContain(n.id);
    expect(await count('export_notification.export_read')).toBe(1);
    // The exporter's own reads are its own business: audited, but not as reads by the other country.
    expect((await (await as(DEA)).get(`/api/v1/notifications/${n.id}`)).statusCode).toBe(200);
    expect(await count('export_notification.read')).toBe(1);
    await ok(DEA, n, 'stop');
  });
});
