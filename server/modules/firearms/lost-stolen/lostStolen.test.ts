// Lost/stolen reports on every test database: the list each agency sees (the sharing rules, in SQL), its filters and
// pages, the audited reads of other agencies' reports, the detail page's 404 for those it may not read, and bad input.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../../test/databases';
import { auditCount, expectFieldErrors, expectProblem, rowCounts } from '../../../test/problems';
import { createTestApp, type TestApp } from '../../../test/testApp';
import { CBP, DEALER, INVESTIGATOR, userClients } from '../../traces/testFixtures';

const DEA_ADMIN = 'admin@dea.demo';
const AUDITOR = 'auditora@fgr.demo';
const RCMP = 'enqueteur@rcmp.demo';

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
    // A dealer's users are not partners: nothing of the agencies' reports reaches them.
    expect(await ids(DEALER)).toEqual([]);
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

  it('a dealer reports a gun gone from its stock: shared by its distribution, and it gets no match notice', async () => {
    const inCountry = await report({ distribution: 'country' }, DEALER);
    const toPartners = await report({ distribution: 'partners' }, DEALER);
    expect(inCountry.ownerAgency.code).not.toBe('US-CBP');
    // The dealer lists its own reports, and nothing of the agencies'.
    expect(await ids(DEALER)).toEqual([toPartners.id, inCountry.id]);
    expect(await ids(DEA_ADMIN)).toEqual(expect.arrayContaining([inCountry.id, toPartners.id]));
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
    // dealer, which discovers nothing, gets none.
    const recovered = await (
      await as(INVESTIGATOR)
    ).post('/api/v1/recoveries', {
      serial: toPartners.serial,
      make: 'Glock',
      model: 'G19',
      recoveredOn: '2024-06-01',
      recoveryCountry: 'MX',
      distribution: 'agency',
      tlp: 'AMBER',
    });
    expect(recovered.statusCode, recovered.body).toBe(201);
    const noticesOf = async (who: string) =>
      (await (await as(who)).get('/api/v1/firearms/match-notices')).json<{
        items: { serial: string; other: { disclosed: boolean; id: string | null } }[];
      }>().items;
    expect((await noticesOf(INVESTIGATOR)).filter((n) => n.serial === toPartners.serial)).toEqual([
      expect.objectContaining({ other: expect.objectContaining({ disclosed: true, id: toPartners.id }) }),
    ]);
    expect(await noticesOf(DEALER)).toEqual([]);
    // Not even stored: the recovering agency's notice is the only one about this pair.
    const stored = await t.db
      .selectFrom('firearm_match_notices')
      .select(['recipient_agency_id', 'own_record_id'])
      .where((w) => w.or([w('own_record_id', '=', toPartners.id), w('other_record_id', '=', toPartners.id)]))
      .execute();
    expect(stored.map((n) => n.own_record_id)).toEqual([recovered.json<{ id: string }>().id]);
    expect(stored[0]!.recipient_agency_id).not.toBe(toPartners.ownerAgency.id);
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
