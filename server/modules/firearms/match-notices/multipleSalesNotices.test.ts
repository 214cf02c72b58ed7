// Match notices between recoveries and multiple-sales reports on every test database: a recovery after a report and
// a report after a recovery notify both answering agencies (the dealer's tracing centre, never the dealer); a different
// make is no match; each side sees the other record as its sharing allows (disclosed, "a match exists", or nothing);
// an import of many recoveries notifies each pair once; the purchaser never travels in a notice; migration 0028 gives
// pairs recorded before it the notices the commands now give.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { loadMigrations } from '../../../db/migrate';
import { DATABASE_KINDS } from '../../../test/databases';
import { auditCount } from '../../../test/problems';
import {
  CBP,
  CONNECTED_DEALER,
  INVESTIGATOR,
  RIO,
  TRACER,
  connectedTracingDemo,
} from '../../traces/testFixtures';
import type { MatchNotice } from './testFixtures';

describe.each(DATABASE_KINDS)('multiple-sales match notices on %s', (kind) => {
  const { app, as } = connectedTracingDemo(kind);
  const stamp = `MSN${kind === 'pglite' ? 'P' : 'Q'}${Date.now().toString(36).toUpperCase().slice(-4)}`;
  const serial = (n: number) => `${stamp}${String(n).padStart(2, '0')}`;
  const recover = async (serialNumber: string, extra: Record<string, unknown> = {}) => {
    const response = await (
      await as(INVESTIGATOR)
    ).post('/api/v1/recoveries', {
      serial: serialNumber,
      make: 'Glock',
      model: 'G19',
      type: 'P',
      recoveredOn: '2024-03-01',
      recoveryCountry: 'MX',
      distribution: 'agency',
      tlp: 'AMBER',
      ...extra,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  };
  /** A two-handgun report (the first serial sold on 2023-06-01), filed by CBP for a dealer unless `who` says. */
  const fileReport = async (serials: string[], extra: Record<string, unknown> = {}, who = CBP) => {
    const response = await (
      await as(who)
    ).post('/api/v1/firearms/multiple-sales', {
      form: 'handguns',
      dealer: { licence: RIO },
      purchaser: { name: 'Robert Lee Straw', birthDate: '1988-04-12', address: '12 Elm St, Laredo TX' },
      firearms: serials.map((s, i) => ({
        make: 'Glock',
        model: 'G19',
        type: 'P',
        serial: s,
        soldOn: i === 0 ? '2023-06-01' : '2023-06-05',
      })),
      ...extra,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  };
  const noticesBody = async (who: string) => {
    const response = await (await as(who)).get('/api/v1/firearms/match-notices');
    expect(response.statusCode, response.body).toBe(200);
    return response;
  };
  const aboutSerial = async (who: string, s: string) =>
    (await noticesBody(who)).json<{ items: MatchNotice[] }>().items.filter((i) => i.serial === s);
  const stored = (recordId: string) =>
    app()
      .db.selectFrom('firearm_match_notices as n')
      .innerJoin('agencies as a', 'a.id', 'n.recipient_agency_id')
      .select(['a.code', 'n.own_record_type', 'n.own_record_id'])
      .where((w) => w.or([w('own_record_id', '=', recordId), w('other_record_id', '=', recordId)]))
      .orderBy('a.code')
      .execute();

  it('a recovery after a shared report: both sides, each seeing the other as sharing allows', async () => {
    const unread = async () =>
      (await (await as(INVESTIGATOR)).get('/api/v1/firearms/match-notices/unread-count')).json<{
        unread: number;
      }>().unread;
    const before = await unread();
    const notices = await auditCount(app().db, 'firearm_match.notice');
    const reportId = await fileReport([serial(1), serial(2)], { distribution: 'partners', tlp: 'GREEN' });
    const recoveryId = await recover(serial(2));

    expect(await stored(reportId)).toEqual([
      { code: 'MX-FGE-SON', own_record_type: 'recovery', own_record_id: recoveryId },
      { code: 'US-CBP', own_record_type: 'multiple_sales', own_record_id: reportId },
    ]);
    expect(await auditCount(app().db, 'firearm_match.notice')).toBe(notices + 2);
    // The report reaches partners: the recovering agency reads the listed firearm (make, date sold).
    expect(await aboutSerial(INVESTIGATOR, serial(2))).toEqual([
      expect.objectContaining({
        own: expect.objectContaining({ recordType: 'recovery', id: recoveryId }),
        other: expect.objectContaining({
          recordType: 'multiple_sales',
          disclosed: true,
          id: reportId,
          make: 'Glock',
          date: '2023-06-05',
          agency: expect.objectContaining({ code: 'US-CBP' }),
        }),
        requestAccess: null,
      }),
    ]);
    expect(await unread()).toBe(before + 1);
    // The recovery was shared with nobody but is discoverable: the filing agency learns where to ask.
    expect(await aboutSerial(CBP, serial(2))).toEqual([
      expect.objectContaining({
        own: expect.objectContaining({ recordType: 'multiple_sales', id: reportId, date: '2023-06-05' }),
        other: expect.objectContaining({
          recordType: 'recovery',
          disclosed: false,
          id: null,
          agency: expect.objectContaining({ code: 'MX-FGE-SON' }),
        }),
        requestAccess: expect.objectContaining({ recordType: 'recovery', recordId: recoveryId }),
      }),
    ]);
    // A notice names the firearm, never the purchaser (personal data, shown only through the report's presenter).
    for (const who of [INVESTIGATOR, CBP]) expect((await noticesBody(who)).body).not.toContain('Straw');
  });

  it('an undisclosed report: "a match exists" when discoverable, nothing when not', async () => {
    const hitId = await fileReport([serial(3), serial(4)], { discoverable: true });
    await recover(serial(3), { distribution: 'partners', tlp: 'GREEN' });
    expect(await aboutSerial(INVESTIGATOR, serial(3))).toEqual([
      expect.objectContaining({
        other: expect.objectContaining({
          recordType: 'multiple_sales',
          disclosed: false,
          id: null,
          make: null,
          agency: expect.objectContaining({ code: 'US-CBP' }),
        }),
        // Not an access-request record type: the notice only says where it is.
        requestAccess: null,
      }),
    ]);
    expect(await aboutSerial(CBP, serial(3))).toEqual([
      expect.objectContaining({
        other: expect.objectContaining({ recordType: 'recovery', disclosed: true }),
      }),
    ]);

    // Neither side discoverable nor readable: both notices are stored, neither is listed.
    const hiddenId = await fileReport([serial(5), serial(6)]);
    await recover(serial(5), { discoverable: false });
    expect(await stored(hiddenId)).toHaveLength(2);
    expect(await aboutSerial(INVESTIGATOR, serial(5))).toEqual([]);
    expect(await aboutSerial(CBP, serial(5))).toEqual([]);
    expect(hitId).not.toBe(hiddenId);
  });

  it('a dealer’s report listing a gun already recovered: the recovering agency and the centre, not the dealer', async () => {
    const recoveryId = await recover(serial(7), { distribution: 'partners', tlp: 'GREEN' });
    const reportId = await fileReport([serial(7), serial(8)], {}, CONNECTED_DEALER);
    expect(await stored(reportId)).toEqual([
      { code: 'MX-FGE-SON', own_record_type: 'recovery', own_record_id: recoveryId },
      { code: 'US-NTC', own_record_type: 'multiple_sales', own_record_id: reportId },
    ]);
    // The centre's officers read the reports it holds, and the recovery reaches partners.
    expect(await aboutSerial(TRACER, serial(7))).toEqual([
      expect.objectContaining({
        own: expect.objectContaining({ recordType: 'multiple_sales', id: reportId }),
        other: expect.objectContaining({ recordType: 'recovery', disclosed: true, id: recoveryId }),
      }),
    ]);
    expect((await noticesBody(TRACER)).body).not.toContain('Straw');
    // The dealer's report is neither shared nor discoverable: the recovering agency's notice is not listed.
    expect(await aboutSerial(INVESTIGATOR, serial(7))).toEqual([]);
    expect((await noticesBody(CONNECTED_DEALER)).json<{ items: MatchNotice[] }>().items).toEqual([]);
  });

  it('another make is no match; an import of many recoveries notifies each pair once', async () => {
    const otherMake = await fileReport([serial(9), serial(10)], {
      firearms: [serial(9), serial(10)].map((s, i) => ({
        make: 'Smith & Wesson',
        model: 'M&P9',
        type: 'P',
        serial: s,
        soldOn: i === 0 ? '2023-06-01' : '2023-06-05',
      })),
    });
    await recover(serial(9));
    expect(await stored(otherMake)).toEqual([]);

    const first = await fileReport([serial(11), serial(12)], { distribution: 'partners', tlp: 'GREEN' });
    const second = await fileReport([serial(13), serial(14)], { distribution: 'partners', tlp: 'GREEN' });
    const rows = [11, 12, 13, 15].map((n) => `${serial(n)},Glock,G19,P,2024-02-02,MX,MSN/${n}`);
    const csv = Buffer.from(
      ['serial,make,model,type,recovered_on,recovery_country,case_number', ...rows].join('\r\n') + '\r\n',
    );
    const upload = async () =>
      (await as(INVESTIGATOR)).postCsv('/api/v1/recoveries/import?distribution=agency&tlp=AMBER', csv);
    expect((await upload()).json()).toMatchObject({ inserted: 4 });
    expect(await stored(first)).toHaveLength(4);
    expect(await stored(second)).toHaveLength(2);
    expect((await upload()).json()).toMatchObject({ inserted: 0 });
    expect(await stored(first)).toHaveLength(4);
    for (const n of [11, 12, 13]) {
      expect(await aboutSerial(INVESTIGATOR, serial(n))).toHaveLength(1);
      expect(await aboutSerial(CBP, serial(n))).toHaveLength(1);
    }
    expect(await aboutSerial(INVESTIGATOR, serial(15))).toEqual([]);
  });

  it('an edit that corrects a recovery’s serial notifies both sides', async () => {
    const reportId = await fileReport([serial(16), serial(17)], { distribution: 'partners', tlp: 'GREEN' });
    const recoveryId = await recover(`${serial(16)}X`);
    expect(await stored(reportId)).toEqual([]);
    const edited = await (
      await as(INVESTIGATOR)
    ).patch(`/api/v1/recoveries/${recoveryId}`, { serial: serial(16), version: 1 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await stored(reportId)).map((r) => r.code)).toEqual(['MX-FGE-SON', 'US-CBP']);
  });

  it('migration 0028 gives a pair recorded before it the notices the commands now give, once', async () => {
    const reportId = await fileReport([serial(18), serial(19)], {}, CONNECTED_DEALER);
    await recover(serial(19));
    const now = await stored(reportId);
    expect(now.map((r) => r.code)).toEqual(['MX-FGE-SON', 'US-NTC']);
    await app()
      .db.deleteFrom('firearm_match_notices')
      .where((w) => w.or([w('own_record_id', '=', reportId), w('other_record_id', '=', reportId)]))
      .execute();
    const migration = loadMigrations().find((m) => m.version === 28)!;
    await sql.raw(migration.sql).execute(app().db);
    expect(await stored(reportId)).toEqual(now);
    await sql.raw(migration.sql).execute(app().db);
    expect(await stored(reportId)).toEqual(now);
  });
});
