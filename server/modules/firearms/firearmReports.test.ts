// Multiple-sales reports and lost/stolen match notices on every test database: who files and reads a report, the
// 'multiple_sales_report' indicator it feeds, and which agency's notice shows the other record, only says where it
// is (discovery without disclosure) or is not listed at all.
import { describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../test/databases';
import { auditCount, expectFieldErrors, expectProblem, rowCounts } from '../../test/problems';
import {
  ANALYST,
  CBP,
  CONNECTED_DEALER,
  DEALER,
  INVESTIGATOR,
  RIO,
  TRACER,
  type Trace,
  connectedTracingDemo,
} from '../traces/testFixtures';
import type { MatchNotice } from './match-notices/testFixtures';

const AUDITOR = 'auditora@fgr.demo';

describe.each(DATABASE_KINDS)('firearm reports on %s', (kind) => {
  const { app, as } = connectedTracingDemo(kind);
  let n = 0;
  const recover = async (serial: string, extra: Record<string, unknown> = {}, who = INVESTIGATOR) => {
    n += 1;
    const response = await (
      await as(who)
    ).post('/api/v1/recoveries', {
      serial,
      make: 'Glock',
      model: 'G19',
      caliber: '9mm',
      type: 'P',
      countryOfManufacture: 'US',
      recoveredOn: '2024-03-01',
      recoveryCountry: who === CBP ? 'US' : 'MX',
      caseNumber: `REP/${n}`,
      distribution: 'agency',
      tlp: 'AMBER',
      ...extra,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  };
  const reportStolen = async (serial: string, extra: Record<string, unknown> = {}, who = CBP) => {
    const response = await (
      await as(who)
    ).post('/api/v1/lost-stolen', {
      kind: 'stolen',
      serial,
      make: 'Glock',
      model: 'G19',
      reportedOn: '2023-12-01',
      distribution: 'agency',
      tlp: 'AMBER',
      ...extra,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string }>().id;
  };
  const notices = async (who: string) => {
    const response = await (await as(who)).get('/api/v1/firearms/match-notices');
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: MatchNotice[]; unread: number }>();
  };
  const aboutSerial = async (who: string, serial: string) =>
    (await notices(who)).items.filter((i) => i.serial === serial);
  const fileReport = (who: string, body: Record<string, unknown>) =>
    as(who).then((c) => c.post('/api/v1/firearms/multiple-sales', body));
  const handgunReport = (serials: string[], extra: Record<string, unknown> = {}) => ({
    form: 'handguns',
    dealer: { licence: RIO },
    purchaser: { name: 'Robert Lee Straw', birthDate: '1988-04-12', address: '12 Elm St, Laredo TX' },
    firearms: serials.map((serial, i) => ({
      make: 'Glock',
      model: 'G19',
      caliber: '9mm',
      type: 'P',
      serial,
      soldOn: i === 0 ? '2023-06-01' : '2023-06-05',
    })),
    ...extra,
  });

  it('a dealer’s multiple-sales report listing a traced gun adds the multiple_sales_report indicator', async () => {
    const trace = async () => {
      const response = await (
        await as(INVESTIGATOR)
      ).post('/api/v1/traces', { recoveryId: await recover('AAA1001'), priority: 'routine' });
      expect(response.statusCode, response.body).toBe(201);
      return response.json<Trace>();
    };
    const before = await trace();
    expect(before.status).toBe('completed');
    expect(before.result!.indicators.map((i) => i.code)).not.toContain('multiple_sales_report');

    const filed = await fileReport(CONNECTED_DEALER, handgunReport(['AAA-1001', 'ZZZ9001']));
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json()).toMatchObject({
      form: 'handguns',
      dealer: { name: 'Rio Grande Outfitters', licence: RIO, state: 'TX', country: 'US' },
      firstSaleOn: '2023-06-01',
      lastSaleOn: '2023-06-05',
      centre: { code: 'US-NTC' },
    });
    expect(await auditCount(app().db, 'multiple_sales.create')).toBe(1);

    const after = await trace();
    const indicator = after.result!.indicators.find((i) => i.code === 'multiple_sales_report');
    expect(indicator, JSON.stringify(after.result!.indicators)).toMatchObject({ strength: 'moderate' });
    expect(indicator!.message).toContain('1');
  });

  it('reports are refused when they are not multiple sales, or filed for another dealer’s licence; nothing written', async () => {
    for (const who of [CONNECTED_DEALER, DEALER, AUDITOR]) await as(who); // sign-ins write sessions and audit rows
    const before = await rowCounts(app().db);
    expectFieldErrors(await fileReport(CONNECTED_DEALER, handgunReport(['ONE0001'])), ['firearms']);
    const late = handgunReport(['WIN0001', 'WIN0002']);
    (late.firearms[1] as { soldOn: string }).soldOn = '2023-06-09'; // Thu 1 June → Fri 9 June: seven business days
    const window = expectFieldErrors(await fileReport(CONNECTED_DEALER, late), ['firearms']);
    expect(window.errors![0]!.code).toBe('multiple_sales_window');
    const rifle = handgunReport(['RIF0001', 'RIF0002']);
    (rifle.firearms[1] as { type: string }).type = 'R';
    expectFieldErrors(await fileReport(CONNECTED_DEALER, rifle), ['firearms.1.type']);
    const notMine = await fileReport(DEALER, handgunReport(['NOT0001', 'NOT0002']));
    expect(expectFieldErrors(notMine, ['dealer.licence']).errors![0]!.code).toBe('dealer_licence_not_yours');
    expectProblem(await fileReport(AUDITOR, handgunReport(['AUD0001', 'AUD0002'])), 403, 'forbidden');
    expect(await rowCounts(app().db)).toEqual(before);
  });

  it('who reads a report: the filer, the tracing centre, the distribution (purchaser masked without personal-data rights); nobody else', async () => {
    const own = (await fileReport(CONNECTED_DEALER, handgunReport(['RD0001', 'RD0002']))).json<{
      id: string;
    }>().id;
    const shared = await fileReport(CBP, {
      ...handgunReport(['RD0003', 'RD0004']),
      dealer: { licence: '5-99-000-01-0X-00000', name: 'Sunbelt Pawn', state: 'AZ' },
      distribution: 'partners',
      tlp: 'GREEN',
    });
    expect(shared.statusCode, shared.body).toBe(201);
    const sharedId = shared.json<{ id: string }>().id;
    const read = async (who: string, id: string) =>
      (await as(who)).get(`/api/v1/firearms/multiple-sales/${id}`);
    const list = async (who: string) =>
      (await (await as(who)).get('/api/v1/firearms/multiple-sales'))
        .json<{ items: { id: string }[] }>()
        .items.map((i) => i.id);

    expect((await read(CONNECTED_DEALER, own)).json()).toMatchObject({
      purchaser: { name: 'Robert Lee Straw', masked: false },
    });
    const centre = await read(TRACER, own);
    expect(centre.statusCode).toBe(200);
    expect(centre.json()).toMatchObject({ purchaser: { name: 'Robert Lee Straw' } });
    for (const who of [ANALYST, INVESTIGATOR, CBP, DEALER, AUDITOR])
      expectProblem(await read(who, own), 404, 'not-found');

    const analyst = (await read(ANALYST, sharedId)).json<{ purchaser: unknown }>();
    expect(analyst.purchaser).toEqual({ name: null, birthDate: null, address: null, masked: true });
    expect((await read(INVESTIGATOR, sharedId)).json()).toMatchObject({
      purchaser: { name: 'Robert Lee Straw' },
    });
    expectProblem(await read(DEALER, sharedId), 404, 'not-found'); // record holders are reached by name only

    expect(await list(TRACER)).toEqual(expect.arrayContaining([own, sharedId]));
    expect(await list(ANALYST)).toEqual([sharedId]);
    expect(await list(DEALER)).toEqual([]);
    expect(await list(AUDITOR)).toEqual([]);
    expect(await list(CONNECTED_DEALER)).not.toContain(sharedId);
    expect(await auditCount(app().db, 'multiple_sales.read')).toBeGreaterThanOrEqual(4);
  });

  it('match notices: both agencies, within their sharing rules (disclosed, hit with request access, or absent)', async () => {
    // [the recovery's sharing, the report's sharing] → what each agency's notice shows of the other record.
    const cases: {
      serial: string;
      recovery: Record<string, unknown>;
      report: Record<string, unknown>;
      recovererSees: 'disclosed' | 'hit' | 'absent';
      reporterSees: 'disclosed' | 'hit' | 'absent';
    }[] = [
      { serial: 'MN0001', recovery: {}, report: {}, recovererSees: 'hit', reporterSees: 'hit' },
      {
        serial: 'MN0002',
        recovery: {},
        report: { distribution: 'partners', tlp: 'GREEN' },
        recovererSees: 'disclosed',
        reporterSees: 'hit',
      },
      {
        serial: 'MN0003',
        recovery: { discoverable: false },
        report: {},
        recovererSees: 'hit',
        reporterSees: 'absent',
      },
      {
        serial: 'MN0004',
        recovery: { distribution: 'partners', tlp: 'RED' }, // RED reaches nobody by distribution
        report: { distribution: 'partners', tlp: 'CLEAR', discoverable: false },
        recovererSees: 'disclosed',
        reporterSees: 'hit',
      },
    ];
    const seen = (list: MatchNotice[]) =>
      list.length === 0 ? 'absent' : list[0]!.other.disclosed ? 'disclosed' : 'hit';
    for (const c of cases) {
      // Recovery first then report, and the reverse order for the next serial: both directions notify.
      const recoveryId = await recover(c.serial, c.recovery);
      const reportId = await reportStolen(c.serial.replace('MN', 'MN-'), c.report); // folds to the same serial
      const mine = await aboutSerial(INVESTIGATOR, c.serial);
      const theirs = await aboutSerial(CBP, c.serial);
      expect([seen(mine), seen(theirs)], c.serial).toEqual([c.recovererSees, c.reporterSees]);
      if (mine[0]) {
        expect(mine[0].own).toEqual({
          recordType: 'recovery',
          id: recoveryId,
          make: 'Glock',
          model: 'G19',
          date: '2024-03-01',
          agency: expect.objectContaining({ code: 'MX-FGE-SON' }),
        });
        expect(mine[0].other.agency.code).toBe('US-CBP');
        if (mine[0].other.disclosed) expect(mine[0].other.id).toBe(reportId);
        else {
          expect(mine[0].other.id).toBeNull();
          expect(mine[0].requestAccess).toMatchObject({ recordType: 'lost_stolen', recordId: reportId });
        }
      }
      if (theirs[0] && !theirs[0].other.disclosed) {
        expect(theirs[0].other).toMatchObject({ id: null, make: null, agency: { code: 'MX-FGE-SON' } });
        expect(theirs[0].requestAccess).toMatchObject({ recordType: 'recovery', recordId: recoveryId });
        // The access-request path the hit points at works.
        const asked = await (
          await as(CBP)
        ).post('/api/v1/access-requests', {
          recordType: theirs[0].requestAccess!.recordType,
          recordId: theirs[0].requestAccess!.recordId,
          reason: 'Stolen from our evidence room',
        });
        expect([201, 409], asked.body).toContain(asked.statusCode);
      }
    }

    // Report first, recovery later: notices still go both ways.
    await reportStolen('MN0005', { distribution: 'partners', tlp: 'GREEN' });
    await recover('MN0005');
    expect((await aboutSerial(INVESTIGATOR, 'MN0005')).map((x) => x.other.disclosed)).toEqual([true]);
    expect(await aboutSerial(CBP, 'MN0005')).toHaveLength(1);

    // Another make with the same serial is another firearm; one agency owning both gets one notice.
    await recover('MN0006', { make: 'Smith & Wesson', model: 'M&P9' });
    await reportStolen('MN0006');
    expect(await aboutSerial(CBP, 'MN0006')).toEqual([]);
    await reportStolen('MN0007', {}, INVESTIGATOR);
    await recover('MN0007');
    expect((await aboutSerial(INVESTIGATOR, 'MN0007')).map((x) => x.other.disclosed)).toEqual([true]);

    // A recovery whose serial is corrected afterwards matches then.
    const typo = await recover('MN0098');
    await reportStolen('MN0008');
    expect(await aboutSerial(CBP, 'MN0008')).toEqual([]);
    const { version } = (await (await as(INVESTIGATOR)).get(`/api/v1/recoveries/${typo}`)).json<{
      version: number;
    }>();
    const fixed = await (
      await as(INVESTIGATOR)
    ).patch(`/api/v1/recoveries/${typo}`, { version, serial: 'MN0008' });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(await aboutSerial(INVESTIGATOR, 'MN0008')).toHaveLength(1);
    expect(await aboutSerial(CBP, 'MN0008')).toHaveLength(1);

    expect(await auditCount(app().db, 'firearm_match.notice')).toBeGreaterThanOrEqual(9);
    expectProblem(await (await as(AUDITOR)).get('/api/v1/firearms/match-notices'), 403, 'forbidden');
  });

  it('imported recoveries notify too, once; notices are marked read by their agency only (audited)', async () => {
    await reportStolen('KMPN771', { distribution: 'partners', tlp: 'GREEN' });
    const csv = Buffer.from(
      'serial,make,model,type,recovered_on,recovery_country,case_number\r\nKMPN771,Glock,G19,P,2024-02-02,MX,IMPN/1\r\n',
    );
    const upload = async () =>
      (await as(INVESTIGATOR)).postCsv('/api/v1/recoveries/import?distribution=agency&tlp=AMBER', csv);
    expect((await upload()).json()).toMatchObject({ inserted: 1 });
    expect((await upload()).json()).toMatchObject({ inserted: 0, unchanged: 1 });
    const mine = await aboutSerial(INVESTIGATOR, 'KMPN771');
    expect(mine).toHaveLength(1);
    expect(await aboutSerial(CBP, 'KMPN771')).toHaveLength(1);

    const count = async (who: string) =>
      (await (await as(who)).get('/api/v1/firearms/match-notices/unread-count')).json<{ unread: number }>()
        .unread;
    const unread = await count(INVESTIGATOR);
    expect(unread).toBeGreaterThan(0);
    expectProblem(
      await (await as(CBP)).post(`/api/v1/firearms/match-notices/${mine[0]!.id}/read`, {}),
      404,
      'not-found',
    );
    const marked = await (
      await as(INVESTIGATOR)
    ).post(`/api/v1/firearms/match-notices/${mine[0]!.id}/read`, {});
    expect(marked.statusCode, marked.body).toBe(200);
    expect(marked.json<MatchNotice>().read).toBe(true);
    expect(await count(INVESTIGATOR)).toBe(unread - 1);
    expect(await auditCount(app().db, 'firearm_match.notice_read')).toBe(1);
    const onlyUnread = (
      await (await as(INVESTIGATOR)).get('/api/v1/firearms/match-notices?unread=true')
    ).json<{
      items: MatchNotice[];
    }>();
    expect(onlyUnread.items.map((i) => i.id)).not.toContain(mine[0]!.id);
  });
});
