// Lost/stolen reports on every test database: the list each agency sees (the sharing rules, in SQL), its filters and
// pages, the audited reads of other agencies' reports, the detail page's 404 for those it may not read, and bad input.
import { sql, type ExpressionBuilder } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations } from '../../../db/migrate';
import type { Database } from '../../../db/schema';
import { DATABASE_KINDS } from '../../../test/databases';
import { auditCount, expectFieldErrors, expectProblem, rowCounts } from '../../../test/problems';
import { createTestApp, type TestApp } from '../../../test/testApp';
import { CBP, DEALER, INVESTIGATOR, TRACER, userClients } from '../../traces/testFixtures';

const DEA_ADMIN = 'admin@dea.demo';
const AUDITOR = 'auditora@fgr.demo';
const RCMP = 'enqueteur@rcmp.demo';
const NTC_ADMIN = 'admin@ntc.demo';

interface Report {
  id: string;
  recordType: string;
  kind: string;
  serial: string;
  make: string | null;
  date: string;
  details: string | null;
  tlp: string;
  distribution: string;
  createdAt: string;
  ownerAgency: { id: string; code: string };
  heldBy: { id: string; code: string } | null;
  related: { readable: { id: string }[]; hidden: { recordId: string }[] };
}
interface Page {
  items: Report[];
  nextCursor: string | null;
}

describe.each(DATABASE_KINDS)('lost and stolen reports on %s', (kind) => {
  let t: TestApp;
  const as = userClients(() => t);
  const stamp = `LS${kind === 'pglite' ? 'P' : 'Q'}${Date.now().toString(36).toUpperCase().slice(-4)}`;
  let n = 0;
  const report = async (extra: Record<string, unknown> = {}, who = CBP) => {
    n += 1;
    const response = await (
      await as(who)
    ).post('/api/v1/lost-stolen', {
      kind: 'stolen',
      serial: `${stamp}${String(n).padStart(3, '0')}`,
      make: 'Glock',
      model: 'G19',
      caliber: '9mm',
      type: 'P',
      reportedOn: '2024-05-02',
      details: 'Taken from a locked case during a break-in',
      distribution: 'agency',
      tlp: 'AMBER',
      ...extra,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Report>();
  };
  const list = async (who: string, query = '') => {
    const limit = query.includes('limit=') ? '' : 'limit=200';
    const response = await (await as(who)).get(`/api/v1/lost-stolen?${limit}${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Page>();
  };
  const ids = async (who: string, query = '') => (await list(who, query)).items.map((i) => i.id);
  /** A Glock G19 recovered in Mexico by the Sonora prosecutor, shared with nobody (discoverable): its id. */
  const recoverInMexico = async (serial: string) => {
    const recovered = await (
      await as(INVESTIGATOR)
    ).post('/api/v1/recoveries', {
      serial,
      make: 'Glock',
      model: 'G19',
      recoveredOn: '2024-06-01',
      recoveryCountry: 'MX',
      distribution: 'agency',
      tlp: 'AMBER',
      discoverable: true,
    });
    expect(recovered.statusCode, recovered.body).toBe(201);
    return recovered.json<{ id: string }>().id;
  };

  let own: Report;
  let country: Report;
  let partners: Report;
  let red: Report;
  let lost: Report;

  beforeAll(async () => {
    t = await createTestApp(kind);
    own = await report();
    country = await report({ distribution: 'country', make: 'Smith & Wesson', model: 'M&P9' });
    partners = await report({ distribution: 'partners', reportedOn: '2023-01-15' });
    red = await report({ distribution: 'partners', tlp: 'RED' });
    lost = await report({ kind: 'lost', distribution: 'partners', reportedOn: '2022-11-30' });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('lists exactly the reports each agency may read, newest first', async () => {
    const mine = [own, country, partners, red, lost].map((r) => r.id);
    const listed = await ids(CBP);
    expect(listed.filter((id) => mine.includes(id))).toEqual([...mine].reverse());
    // Another US agency: the country's and the partners' reports, not the owner's own nor RED ones.
    const us = await ids(DEA_ADMIN);
    expect(mine.filter((id) => us.includes(id))).toEqual([country.id, partners.id, lost.id]);
    for (const reader of [INVESTIGATOR, RCMP]) {
      const seen = await ids(reader);
      expect(
        mine.filter((id) => seen.includes(id)),
        reader,
      ).toEqual([partners.id, lost.id]);
    }
    // A dealer's users are not partners: nothing of the agencies' reports reaches them, only the dealer's own.
    const dealers = (await list(DEALER)).items;
    expect(dealers.length).toBeGreaterThan(0);
    expect(new Set(dealers.map((i) => i.ownerAgency.code))).toEqual(new Set(['US-RH-BORDERGUNS']));
  });

  it('filters by kind, reported dates and make, and pages without gaps', async () => {
    const mine = [own, country, partners, red, lost].map((r) => r.id);
    const only = async (query: string) => (await ids(CBP, query)).filter((id) => mine.includes(id));
    expect(await only('&kind=lost')).toEqual([lost.id]);
    expect(await only('&kind=stolen')).toEqual([red.id, partners.id, country.id, own.id]);
    expect(await only('&reportedFrom=2023-01-01&reportedTo=2023-12-31')).toEqual([partners.id]);
    expect(await only('&make=smith%20%26%20wesson')).toEqual([country.id]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(CBP, `&limit=2&kind=stolen${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => mine.includes(id))).toEqual([red.id, partners.id, country.id, own.id]);
  });

  it('audits each other agency’s report a list shows, and each opened one; the owner’s own are not', async () => {
    const before = await auditCount(t.db, 'lost_stolen.list_read');
    await list(CBP, '&kind=lost');
    expect(await auditCount(t.db, 'lost_stolen.list_read')).toBe(before);
    const shown = (await list(INVESTIGATOR, '&kind=lost')).items.filter(
      (i) => i.ownerAgency.code !== 'MX-FGE-SON',
    );
    expect(shown.map((i) => i.id)).toContain(lost.id);
    expect(await auditCount(t.db, 'lost_stolen.list_read')).toBe(before + shown.length);

    const reads = await auditCount(t.db, 'lost_stolen.read');
    const opened = await (await as(INVESTIGATOR)).get(`/api/v1/lost-stolen/${partners.id}`);
    expect(opened.statusCode, opened.body).toBe(200);
    expect(opened.json<Report>()).toMatchObject({
      id: partners.id,
      recordType: 'lost_stolen',
      kind: 'stolen',
      date: '2023-01-15',
      details: 'Taken from a locked case during a break-in',
      tlp: 'AMBER',
      distribution: 'partners',
      ownerAgency: { code: 'US-CBP' },
      related: { readable: [], hidden: [] },
    });
    expect(await auditCount(t.db, 'lost_stolen.read')).toBe(reads + 1);
  });

  it('answers 404 for a report the agency may not read, as for one that does not exist', async () => {
    const client = await as(INVESTIGATOR);
    for (const id of [own.id, red.id, '00000000-0000-4000-8000-000000000000']) {
      const body = expectProblem(await client.get(`/api/v1/lost-stolen/${id}`), 404, 'not-found');
      expect(JSON.stringify(body)).not.toContain(stamp);
    }
  });

  it('a dealer reports a gun gone from its stock: shared by its distribution and held by its tracing centre', async () => {
    const inCountry = await report({ distribution: 'country' }, DEALER);
    const toPartners = await report({ distribution: 'partners' }, DEALER);
    const grants = await auditCount(t.db, 'access.grant');
    const ownOnly = await report({ distribution: 'agency' }, DEALER);
    expect(await auditCount(t.db, 'access.grant')).toBe(grants + 1);
    expect(inCountry.ownerAgency.code).not.toBe('US-CBP');
    for (const r of [inCountry, toPartners, ownOnly]) expect(r.heldBy?.code).toBe('US-NTC');
    // Agencies' own reports are held by nobody else.
    expect(own.heldBy).toBeNull();
    // The dealer lists its own reports, and nothing of the agencies'.
    expect((await ids(DEALER)).slice(0, 3)).toEqual([ownOnly.id, toPartners.id, inCountry.id]);
    const dea = await ids(DEA_ADMIN);
    expect(dea).toEqual(expect.arrayContaining([inCountry.id, toPartners.id]));
    expect(dea).not.toContain(ownOnly.id);
    // The US tracing centre reads even the report the dealer shared with nobody, and its read is audited.
    expect(await ids(TRACER)).toEqual(expect.arrayContaining([ownOnly.id, toPartners.id, inCountry.id]));
    const reads = await auditCount(t.db, 'lost_stolen.read');
    const opened = await (await as(TRACER)).get(`/api/v1/lost-stolen/${ownOnly.id}`);
    expect(opened.statusCode, opened.body).toBe(200);
    expect(await auditCount(t.db, 'lost_stolen.read')).toBe(reads + 1);
    const mexico = await ids(INVESTIGATOR);
    expect(mexico).toContain(toPartners.id);
    expect(mexico).not.toContain(inCountry.id);
    expectFieldErrors(
      await (
        await as(DEALER)
      ).post('/api/v1/lost-stolen', {
        kind: 'lost',
        serial: `${stamp}G1`,
        reportedOn: '2024-05-02',
        distribution: 'group',
        tlp: 'AMBER',
      }),
      ['sharingGroupId'],
    );

    // A Mexican recovery of the partners-shared gun: the recovering agency's notice shows the dealer's report; the
    // tracing centre that holds the report gets one about it; the dealer, which discovers nothing, gets none.
    const recoveryId = await recoverInMexico(toPartners.serial);
    interface Notice {
      serial: string;
      own: { id: string; agency: { code: string } };
      other: { disclosed: boolean; id: string | null; agency: { code: string } };
      requestAccess: { recordId: string } | null;
    }
    const noticesOf = async (who: string) =>
      (await (await as(who)).get('/api/v1/firearms/match-notices')).json<{ items: Notice[] }>().items;
    expect((await noticesOf(INVESTIGATOR)).filter((n) => n.serial === toPartners.serial)).toEqual([
      expect.objectContaining({
        own: expect.objectContaining({
          id: recoveryId,
          agency: expect.objectContaining({ code: 'MX-FGE-SON' }),
        }),
        other: expect.objectContaining({ disclosed: true, id: toPartners.id }),
      }),
    ]);
    const listReads = await auditCount(t.db, 'lost_stolen.list_read');
    const centre = (await noticesOf(TRACER)).filter((n) => n.serial === toPartners.serial);
    expect(centre).toEqual([
      expect.objectContaining({
        own: expect.objectContaining({ id: toPartners.id, agency: toPartners.ownerAgency }),
        // The recovery was shared with nobody: the centre learns only where to ask for it.
        other: expect.objectContaining({
          disclosed: false,
          id: null,
          agency: expect.objectContaining({ code: 'MX-FGE-SON' }),
        }),
        requestAccess: expect.objectContaining({ recordId: recoveryId }),
      }),
    ]);
    // Showing the dealer's report in the centre's notice is a read of another agency's record.
    expect(await auditCount(t.db, 'lost_stolen.list_read')).toBeGreaterThan(listReads);
    expect(await noticesOf(DEALER)).toEqual([]);
    const stored = await t.db
      .selectFrom('firearm_match_notices as n')
      .innerJoin('agencies as a', 'a.id', 'n.recipient_agency_id')
      .select(['a.code', 'n.own_record_id'])
      .where((w) => w.or([w('own_record_id', '=', toPartners.id), w('other_record_id', '=', toPartners.id)]))
      .orderBy('a.code')
      .execute();
    expect(stored).toEqual([
      { code: 'MX-FGE-SON', own_record_id: recoveryId },
      { code: 'US-NTC', own_record_id: toPartners.id },
    ]);
  });

  it('an access request for a dealer’s report goes to the tracing centre holding it, whose admin decides', async () => {
    const held = await report({ distribution: 'agency' }, DEALER);
    const investigator = await as(INVESTIGATOR);
    expectProblem(await investigator.get(`/api/v1/lost-stolen/${held.id}`), 404, 'not-found');
    // Serial search shows it as a match at the dealer, held by the centre that decides requests for it.
    const search = await investigator.get(`/api/v1/serials/search?q=${held.serial}&mode=exact`);
    expect(search.statusCode, search.body).toBe(200);
    expect(search.json<{ hidden: unknown[] }>().hidden).toEqual([
      expect.objectContaining({
        recordId: held.id,
        ownerAgency: expect.objectContaining({ code: 'US-RH-BORDERGUNS' }),
        heldBy: expect.objectContaining({ code: 'US-NTC' }),
      }),
    ]);
    const asked = await investigator.post('/api/v1/access-requests', {
      recordType: 'lost_stolen',
      recordId: held.id,
      reason: 'Recovered a pistol with this serial in Nogales, Sonora',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const request = asked.json<{ id: string; ownerAgency: { code: string } }>();
    expect(request.ownerAgency.code).toBe('US-NTC');
    // In the centre's inbox; nothing reaches the dealer.
    const incoming = async (who: string) =>
      (await (await as(who)).get('/api/v1/access-requests?direction=incoming')).json<{
        items: { id: string }[];
      }>().items;
    expect((await incoming(NTC_ADMIN)).map((r) => r.id)).toContain(request.id);
    // A tracing officer reads the report but does not decide requests.
    expectProblem(
      await (await as(TRACER)).post(`/api/v1/access-requests/${request.id}/grant`, {}),
      403,
      'forbidden',
    );
    const granted = await (await as(NTC_ADMIN)).post(`/api/v1/access-requests/${request.id}/grant`, {});
    expect(granted.statusCode, granted.body).toBe(200);
    expect((await investigator.get(`/api/v1/lost-stolen/${held.id}`)).statusCode).toBe(200);
    // The request, the centre's grant made with the report, and the decided grant: all under the report's owner.
    const audited = await t.db
      .selectFrom('audit_events')
      .select(['action', 'owner_agency_id'])
      .where('record_id', '=', held.id)
      .where('action', 'in', ['access.request', 'access.grant'])
      .orderBy('action', 'desc')
      .execute();
    expect(audited).toEqual([
      { action: 'access.request', owner_agency_id: held.ownerAgency.id },
      { action: 'access.grant', owner_agency_id: held.ownerAgency.id },
      { action: 'access.grant', owner_agency_id: held.ownerAgency.id },
    ]);
  });

  it('migration 0022 gives a report filed before it the grant and the centre notice the commands now give', async () => {
    const earlier = await report({ distribution: 'partners' }, DEALER);
    await recoverInMexico(earlier.serial);
    const about = (w: ExpressionBuilder<Database, 'firearm_match_notices'>) =>
      w.or([w('own_record_id', '=', earlier.id), w('other_record_id', '=', earlier.id)]);
    const state = async () => ({
      grants: await t.db
        .selectFrom('access_grants')
        .select(['record_type', 'grantee_agency_id', 'granted_by_user_id', 'revoked_at'])
        .where('record_id', '=', earlier.id)
        .execute(),
      notices: await t.db
        .selectFrom('firearm_match_notices')
        .select([
          'recipient_agency_id',
          'own_record_type',
          'own_record_id',
          'other_record_id',
          'other_agency_id',
        ])
        .where(about)
        .orderBy('own_record_type')
        .execute(),
    });
    const now = await state();
    expect(now.grants).toHaveLength(1);
    expect(now.notices).toHaveLength(2);
    // As before the change: no grant, and only the recovering agency's notice.
    await t.db.deleteFrom('access_grants').where('record_id', '=', earlier.id).execute();
    await t.db.deleteFrom('firearm_match_notices').where('own_record_id', '=', earlier.id).execute();
    expect((await state()).notices).toHaveLength(1);
    const migration = loadMigrations().find((m) => m.version === 22)!;
    await sql.raw(migration.sql).execute(t.db);
    expect(await state()).toEqual(now);
    // And again changes nothing.
    await sql.raw(migration.sql).execute(t.db);
    expect(await state()).toEqual(now);
  });

  it('refuses reports from users who neither record firearms nor hold records, and writes nothing', async () => {
    const auditor = await as(AUDITOR);
    const before = await rowCounts(t.db);
    expectProblem(
      await auditor.post('/api/v1/lost-stolen', {
        kind: 'stolen',
        serial: `${stamp}A1`,
        reportedOn: '2024-05-02',
        distribution: 'agency',
        tlp: 'AMBER',
      }),
      403,
      'forbidden',
    );
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it('refuses bad list filters at their field', async () => {
    const client = await as(CBP);
    expectFieldErrors(await client.get('/api/v1/lost-stolen?kind=misplaced'), ['querystring.kind']);
    expectFieldErrors(await client.get('/api/v1/lost-stolen?reportedFrom=2024-02-30'), [
      'querystring.reportedFrom',
    ]);
    expectFieldErrors(await client.get("/api/v1/lost-stolen?reportedTo=2024-01-01'%20OR%201=1"), [
      'querystring.reportedTo',
    ]);
    expectFieldErrors(await client.get('/api/v1/lost-stolen?limit=0'), ['querystring.limit']);
    expectFieldErrors(await client.get('/api/v1/lost-stolen?cursor=not-a-cursor'), ['cursor']);
    expectFieldErrors(await client.get('/api/v1/lost-stolen?owner=US-CBP'), ['querystring.owner']);
  });
});
