// Recovered firearms, lost/stolen reports, the reference API and serial search, on every test database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../db/seed/demoData';
import { DATABASE_KINDS } from '../../test/databases';
import { expectFieldErrors, expectProblem, rowCounts } from '../../test/problems';
import { createTestApp, type TestApp, type UserClient } from '../../test/testApp';

interface Recovery {
  id: string;
  version: number;
  serial: { plain: string | null; folded: string | null; state: string };
  makeId: string | null;
  freeTextDescription: boolean;
  recoveredOn: string;
  possessor: { name: string | null; birthDate: string | null; masked: boolean } | null;
  descriptionWarnings: { code: string; message: string }[];
  related: {
    readable: { id: string; recordType: string }[];
    hidden: { recordId: string; recordType: string; ownerAgency: { code: string } }[];
  };
}
interface SearchBody {
  matches: { id: string; recordType: string; serial: string; match: { kind: string; distance: number } }[];
  hidden: { recordType: string; recordId: string; ownerAgency: { code: string } }[];
}

describe.each(DATABASE_KINDS)('firearms on %s', (kind) => {
  let t: TestApp;
  const clients = new Map<string, UserClient>();
  const as = async (email: string) => {
    if (!clients.has(email)) clients.set(email, await t.signIn(email, DEMO_PASSWORD));
    return clients.get(email)!;
  };
  let n = 0;
  /** A serial no other test uses (letters avoid look-alike folds so the forms stay predictable). */
  const serial = () =>
    `KX${kind === 'pglite' ? 7 : 9}${String((n += 1)).padStart(3, '0')}${Math.floor(Math.random() * 9000 + 1000)}`;
  const base = (overrides: Record<string, unknown> = {}) => ({
    serial: serial(),
    make: 'Glock',
    model: '19',
    caliber: '9mm',
    type: 'P',
    recoveredOn: '2024-03-05',
    recoveryCountry: 'MX',
    recoveryState: 'SON',
    recoveryMunicipality: 'Hermosillo',
    caseNumber: `FED/SON/${n}`,
    possessor: { name: 'Juan Pérez Gómez', birthDate: '1990-02-01' },
    distribution: 'country',
    tlp: 'AMBER',
    ...overrides,
  });
  const record = async (email: string, body: Record<string, unknown>) => {
    const response = await (await as(email)).post('/api/v1/recoveries', body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Recovery>();
  };
  const search = async (email: string, q: string, mode: string) => {
    const response = await (
      await as(email)
    ).get(`/api/v1/serials/search?q=${encodeURIComponent(q)}&mode=${mode}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<SearchBody>();
  };
  const upload = async (email: string, bytes: Buffer, query = 'distribution=agency&tlp=AMBER') => {
    const client = await as(email);
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/recoveries/import?${query}`,
      headers: { cookie: client.cookie!, 'x-csrf-token': client.csrfToken!, 'content-type': 'text/csv' },
      payload: bytes,
    });
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('reference API: autocomplete makes, models, calibers and a localised description check', async () => {
    const client = await as('investigador@fge-son.demo');
    const makes = (await client.get('/api/v1/firearms/reference/makes?q=glo')).json<{
      items: { id: string }[];
    }>();
    expect(makes.items.map((m) => m.id)).toContain('glock');
    const models = (await client.get('/api/v1/firearms/reference/models?make=glock&q=1')).json<{
      items: { name: string }[];
    }>();
    expect(models.items.map((m) => m.name)).toContain('G19');
    const calibers = (await client.get('/api/v1/firearms/reference/calibers?q=7.62')).json<{
      items: { id: string }[];
    }>();
    expect(calibers.items.map((c) => c.id)).toContain('762x39');
    const check = await client.post(
      '/api/v1/firearms/description-check',
      { make: 'Taurus', model: 'Glock 19', caliber: '.22', type: 'R' },
      { 'accept-language': 'es' },
    );
    expect(check.statusCode, check.body).toBe(200);
    const body = check.json<{ warnings: { code: string; messageKey: string; message: string }[] }>();
    expect(body.warnings.map((w) => w.code)).toContain('model_not_made_by_make');
    expect(body.warnings[0]!.messageKey).toMatch(/^firearms\.description\./);
    expect(body.warnings.find((w) => w.code === 'model_not_made_by_make')!.message).toContain('fabrica');
    expectProblem(await t.anonymous.get('/api/v1/firearms/reference/makes?q=g'), 401, 'unauthenticated');
  });

  it('records, reads and lists with filters; warnings stored; edits are version-checked', async () => {
    const rec = await record(
      'investigador@fge-son.demo',
      base({ make: 'Taurus', model: 'Glock 19', type: 'P' }),
    );
    expect(rec.descriptionWarnings.map((w) => w.code)).toContain('model_not_made_by_make');
    expect(rec.freeTextDescription).toBe(true);
    expect(rec.recoveredOn).toBe('2024-03-05');
    const rifle = await record(
      'investigador@fge-son.demo',
      base({
        make: 'Colt',
        model: 'AR-15',
        caliber: '5.56x45',
        type: 'R',
        recoveredOn: '2023-01-10',
        recoveryState: 'CHIH',
      }),
    );
    const client = await as('investigador@fge-son.demo');
    const opened = await client.get(`/api/v1/recoveries/${rec.id}`);
    expect(opened.statusCode, opened.body).toBe(200);
    const ids = async (query: string) =>
      (await client.get(`/api/v1/recoveries?limit=200&${query}`))
        .json<{ items: { id: string }[] }>()
        .items.map((i) => i.id);
    expect(await ids('type=R')).toContain(rifle.id);
    expect(await ids('type=R')).not.toContain(rec.id);
    expect(await ids('recoveredFrom=2024-01-01')).toContain(rec.id);
    expect(await ids('recoveredFrom=2024-01-01')).not.toContain(rifle.id);
    expect(await ids('state=chih&country=MX')).toContain(rifle.id);
    expect(await ids('caliber=.223')).toContain(rifle.id);
    expect(await ids('make=Colt%27s')).toEqual(expect.not.arrayContaining([rec.id]));
    // A date that looks right but is not a day is refused at its field, not by the database's cast.
    expectFieldErrors(await client.get('/api/v1/recoveries?recoveredFrom=2024-02-30'), [
      'querystring.recoveredFrom',
    ]);
    const page = (await client.get('/api/v1/recoveries?limit=1')).json<{
      items: unknown[];
      nextCursor: string | null;
    }>();
    expect(page.items).toHaveLength(1);
    expect(page.nextCursor).not.toBeNull();
    const edited = await client.patch(`/api/v1/recoveries/${rec.id}`, {
      version: rec.version,
      make: 'Glock',
      model: '19',
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json<Recovery>().freeTextDescription).toBe(false);
    expectProblem(
      await client.patch(`/api/v1/recoveries/${rec.id}`, { version: rec.version, model: '17' }),
      409,
      'conflict',
    );
    expectProblem(
      await (
        await as('analista@fgr.demo')
      ).patch(`/api/v1/recoveries/${rec.id}`, { version: 2, model: '17' }),
      403,
      'forbidden',
    );
  });

  it('sharing: a country recovery reaches another Mexican agency; an agency-only one is a hidden hit; possessor masked for analysts', async () => {
    const country = await record('investigador@fge-son.demo', base());
    const s = serial();
    const agencyOnly = await record('investigador@fge-son.demo', base({ serial: s, distribution: 'agency' }));
    const fgrAdmin = await as('admin@fgr.demo');
    const seen = (await fgrAdmin.get(`/api/v1/recoveries/${country.id}`)).json<Recovery>();
    expect(seen.possessor).toEqual({ name: 'Juan Pérez Gómez', birthDate: '1990-02-01', masked: false });
    const analyst = (
      await (await as('analista@fgr.demo')).get(`/api/v1/recoveries/${country.id}`)
    ).json<Recovery>();
    expect(analyst.possessor).toEqual({ name: null, birthDate: null, masked: true });
    const exported = await (await as('analista@fgr.demo')).get('/api/v1/recoveries/export.csv');
    expect(exported.body).not.toContain('Juan Pérez');
    expectProblem(await fgrAdmin.get(`/api/v1/recoveries/${agencyOnly.id}`), 404, 'not-found');
    expectProblem(
      await (await as('officer@cbp.demo')).get(`/api/v1/recoveries/${country.id}`),
      404,
      'not-found',
    );
    const found = await search('admin@fgr.demo', s, 'exact');
    expect(found.matches).toEqual([]);
    expect(found.hidden).toEqual([
      {
        recordType: 'recovery',
        recordId: agencyOnly.id,
        ownerAgency: expect.objectContaining({ code: 'MX-FGE-SON' }),
        heldBy: null,
      },
    ]);
    expect(JSON.stringify(found)).not.toContain('Hermosillo');
    const asked = await fgrAdmin.post('/api/v1/access-requests', {
      recordType: 'recovery',
      recordId: agencyOnly.id,
      reason: 'Same gun in our case',
    });
    expect(asked.statusCode, asked.body).toBe(201);
  });

  it('serial search: exact, normalized (O/0, I/1, dashes), wildcard and fuzzy ranking across recoveries and lost/stolen', async () => {
    const stem = `QR${kind === 'pglite' ? 'P' : 'Q'}${n++}`;
    const a = await record('investigador@fge-son.demo', base({ serial: `${stem}1034` }));
    const b = await record('investigador@fge-son.demo', base({ serial: `${stem}1035` }));
    const report = await (
      await as('investigador@fge-son.demo')
    ).post('/api/v1/lost-stolen', {
      kind: 'stolen',
      serial: `${stem}-1034`,
      make: 'Glock',
      model: '19',
      reportedOn: '2022-06-01',
      distribution: 'country',
      tlp: 'GREEN',
    });
    expect(report.statusCode, report.body).toBe(201);
    const reportId = report.json<{ id: string }>().id;
    const who = 'admin@fgr.demo';
    expect((await search(who, `${stem}1034`, 'exact')).matches.map((m) => m.id).sort()).toEqual(
      [a.id, reportId].sort(),
    );
    const looks = `${stem}-IO34`.toLowerCase();
    expect((await search(who, looks, 'exact')).matches).toEqual([]);
    expect((await search(who, looks, 'normalized')).matches.map((m) => m.id).sort()).toEqual(
      [a.id, reportId].sort(),
    );
    const wild = await search(who, `${stem}10?4*`, 'wildcard');
    expect(wild.matches.map((m) => m.id).sort()).toEqual([a.id, reportId].sort());
    expect((await search(who, `${stem}103?`, 'wildcard')).matches.map((m) => m.id)).toEqual(
      expect.arrayContaining([a.id, b.id]),
    );
    const fuzzy = await search(who, `${stem}1043`, 'fuzzy');
    const order = fuzzy.matches.map((m) => m.id);
    expect(order).toEqual(expect.arrayContaining([a.id, b.id, reportId]));
    expect(order.indexOf(a.id)).toBeLessThan(order.indexOf(b.id)); // a transposition beats a change plus a transposition
    expectFieldErrors(await (await as(who)).get('/api/v1/serials/search?q=%3F%3F*&mode=wildcard'), ['q']);
  });

  it('a duplicate serial + make links to earlier records: readable ones in full, others as discovery hits', async () => {
    const s = serial();
    const shared = await record('investigador@fge-son.demo', base({ serial: s, caseNumber: 'A-1' }));
    const secret = await record(
      'investigador@fge-son.demo',
      base({ serial: s, caseNumber: 'A-2', distribution: 'agency' }),
    );
    const other = await record(
      'investigador@fge-son.demo',
      base({ serial: s, caseNumber: 'A-3', make: 'Colt', model: 'AR-15', type: 'R', caliber: '5.56' }),
    );
    const mine = await record('admin@fgr.demo', base({ serial: s.replace('0', 'O'), caseNumber: 'B-1' }));
    expect(mine.related.readable.map((r) => r.id)).toEqual([shared.id]);
    expect(mine.related.hidden.map((h) => h.recordId)).toEqual([secret.id]);
    expect(JSON.stringify(mine.related)).not.toContain(other.id);
    expectProblem(
      await (
        await as('investigador@fge-son.demo')
      ).post('/api/v1/recoveries', base({ serial: s, caseNumber: 'A-1' })),
      409,
      'conflict',
    );
  });

  it('CSV import: Latin-1, missing columns, duplicated rows by line, formulas stored verbatim and exported neutralised, idempotent', async () => {
    const s1 = serial();
    const s2 = serial();
    const header =
      'serial,make,model,caliber,type,recovered_on,recovery_country,recovery_state,recovery_municipality,case_number,possessor_name,other_markings,extra';
    const lines = [
      header,
      `${s1},Glock,19,9mm,P,2024-01-02,MX,SON,Cajeme,IMP-1,José Núñez,"=cmd|' /C calc'!A0",x`,
      `${s2},Sturm Ruger,10/22,.22,R,2024-01-03,MX,SON,Nogales,IMP-1,,"ok, quoted",x`,
      `${s1},Glock,19,9mm,P,2024-01-02,MX,SON,Cajeme,IMP-1,,,x`,
      `,Glock,19,9mm,P,2024-01-04,MX,SON,Cajeme,IMP-1,,,x`,
      `${serial()},Glock,19,9mm,P,2999-01-01,MX,SON,Cajeme,IMP-1,,,x`,
    ];
    const latin1 = Buffer.from(lines.join('\r\n'), 'latin1');
    const before = (await rowCounts(t.db)).recoveries!;
    const first = await upload('investigador@fge-son.demo', latin1);
    expect(first.statusCode, first.body).toBe(200);
    const result = first.json<{
      encoding: string;
      inserted: number;
      unchanged: number;
      rejected: number;
      errors: { line: number; field: string; code: string }[];
      ignoredColumns: string[];
    }>();
    expect(result).toMatchObject({
      encoding: 'windows-1252',
      inserted: 2,
      unchanged: 0,
      rejected: 3,
      ignoredColumns: ['extra'],
    });
    expect(result.errors).toEqual([
      expect.objectContaining({ line: 4, field: 'serial', code: 'duplicate_row' }),
      expect.objectContaining({ line: 5, field: 'serial', code: 'serial_required' }),
      expect.objectContaining({ line: 6, field: 'recovered_on', code: 'date_in_future' }),
    ]);
    expect((await rowCounts(t.db)).recoveries).toBe(before + 2);
    const again = (await upload('investigador@fge-son.demo', latin1)).json<{
      inserted: number;
      unchanged: number;
    }>();
    expect(again).toMatchObject({ inserted: 0, unchanged: 2 });
    expect((await rowCounts(t.db)).recoveries).toBe(before + 2);

    const stored = await t.db
      .selectFrom('recoveries')
      .select(['other_markings', 'possessor_name'])
      .where('serial_plain', '=', s1)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ other_markings: "=cmd|' /C calc'!A0", possessor_name: 'José Núñez' });
    const csv = (await (await as('investigador@fge-son.demo')).get('/api/v1/recoveries/export.csv')).body;
    expect(csv).toContain(`,'=cmd|' /C calc'!A0,`);
    expect(csv).not.toMatch(/(^|,)=cmd/m);

    const missing = await upload('investigador@fge-son.demo', Buffer.from('serial,make\nAB1,Glock\n'));
    expectFieldErrors(missing, ['recovered_on', 'recovery_country', 'case_number']);
    expect((await rowCounts(t.db)).recoveries).toBe(before + 2);
  });

  it('hostile JSON is refused as problem+json and writes nothing', async () => {
    const client = await as('investigador@fge-son.demo');
    const before = await rowCounts(t.db);
    const malformed = await client.request('POST', '/api/v1/recoveries', '{"serial": "AB', {
      'content-type': 'application/json',
    });
    expectProblem(malformed, 400, 'malformed-json');
    expectFieldErrors(await client.post('/api/v1/recoveries', base({ isAdmin: true })), ['isAdmin']);
    expectFieldErrors(await client.post('/api/v1/recoveries', base({ recoveredOn: '2999-12-31' })), [
      'recoveredOn',
    ]);
    expectFieldErrors(await client.post('/api/v1/recoveries', base({ latitude: 200, longitude: 10 })), [
      'latitude',
    ]);
    expectFieldErrors(await client.post('/api/v1/recoveries', base({ latitude: 20 })), ['longitude']);
    expectFieldErrors(await client.post('/api/v1/recoveries', base({ serial: 'AB??12' })), ['serial']);
    expectFieldErrors(await client.post('/api/v1/recoveries', base({ serialState: 'obliterated' })), [
      'serial',
    ]);
    expectFieldErrors(await client.post('/api/v1/recoveries', base({ type: 'X' })), ['type']);
    expect(await rowCounts(t.db)).toEqual({ ...before, audit_events: (await rowCounts(t.db)).audit_events });
    // SQL and HTML are stored as text, never interpreted.
    const sqlish = await record(
      'investigador@fge-son.demo',
      base({ make: "Glock'; DROP TABLE recoveries;--", otherMarkings: '<script>alert(1)</script>' }),
    );
    const back = (await client.get(`/api/v1/recoveries/${sqlish.id}`)).json<{
      make: string;
      otherMarkings: string;
    }>();
    expect(back).toMatchObject({
      make: "Glock'; DROP TABLE recoveries;--",
      otherMarkings: '<script>alert(1)</script>',
    });
    expectProblem(
      await (await as('reguladora@cofepris.demo')).post('/api/v1/recoveries', base()),
      403,
      'forbidden',
    );
  });
});
