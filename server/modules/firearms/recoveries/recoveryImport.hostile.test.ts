// Recovery edits and CSV imports under stress, on every test database: a stale PATCH is a localised 409; re-importing
// obliterated and partly restored serials changes nothing; hostile files (encodings, missing columns, duplicates,
// formulas, a million rows) are answered with problem+json, write nothing half-way and leave the server up.
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../../test/databases';
import { expectFieldErrors, expectProblem, rowCounts } from '../../../test/problems';
import { createTestApp, type TestApp, type UserClient } from '../../../test/testApp';
import { exceedsRows } from './commands/importRecoveries';

const INVESTIGATOR = 'investigador@fge-son.demo';
const HEADER = 'serial,serial_state,make,model,type,recovered_on,recovery_country,case_number,other_markings';

describe('row limit pre-check', () => {
  it('counts data lines outside quotes, ignoring blank lines and CR', () => {
    const bytes = (text: string) => Buffer.from(text);
    expect(exceedsRows(bytes('h\r\na\r\nb\r\n'), 2)).toBe(false);
    expect(exceedsRows(bytes('h\na\nb\nc\n'), 2)).toBe(true);
    expect(exceedsRows(bytes('h\n"a\nb\nc"\n\n\n\r\nd\n'), 2)).toBe(false); // a quoted cell spans lines
    expect(exceedsRows(bytes('h\n"a""\n"\nb\nc\n'), 2)).toBe(true); // escaped quotes keep the state right
  });
});

describe.each(DATABASE_KINDS)('recovery edits and hostile imports on %s', (kind) => {
  let t: TestApp;
  let client: UserClient;
  const upload = (payload: Buffer | string | Readable, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/recoveries/import?distribution=agency&tlp=AMBER',
      headers: {
        cookie: client.cookie!,
        'x-csrf-token': client.csrfToken!,
        'content-type': 'text/csv',
        ...headers,
      },
      payload,
    });
  const count = async () => (await rowCounts(t.db)).recoveries!;

  beforeAll(async () => {
    t = await createTestApp(kind);
    client = await t.signIn(INVESTIGATOR);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('PATCH with a stale version is a 409 problem+json in the caller’s language, and the other edit stands', async () => {
    const created = await client.post('/api/v1/recoveries', {
      serial: 'PATCH001',
      make: 'Glock',
      model: '19',
      recoveredOn: '2024-01-05',
      recoveryCountry: 'MX',
      caseNumber: 'PATCH/1',
      distribution: 'agency',
      tlp: 'AMBER',
    });
    expect(created.statusCode, created.body).toBe(201);
    const { id, version } = created.json<{ id: string; version: number }>();
    const first = await client.patch(`/api/v1/recoveries/${id}`, { version, model: '17' });
    expect(first.statusCode, first.body).toBe(200);
    const second = await client.patch(
      `/api/v1/recoveries/${id}`,
      { version, model: '26' },
      { 'accept-language': 'es-MX' },
    );
    const problem = expectProblem(second, 409, 'conflict');
    expect(second.headers['content-type']).toContain('application/problem+json');
    expect(second.headers['content-language']).toBe('es');
    expect(problem.detail).toContain('Otra persona modificó este registro');
    expect(problem.detail).toContain(String(version));
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'version', code: 'stale_version' })]);
    const french = expectProblem(
      await client.patch(
        `/api/v1/recoveries/${id}`,
        { version, model: '26' },
        { 'accept-language': 'fr-CA' },
      ),
      409,
      'conflict',
    );
    expect(french.detail).toContain('Quelqu’un d’autre');
    const stored = (await client.get(`/api/v1/recoveries/${id}`)).json<{ model: string; version: number }>();
    expect(stored).toMatchObject({ model: '17', version: version + 1 });
  });

  it('re-importing obliterated and partly restored serials creates nothing new', async () => {
    const file = [
      HEADER,
      ',obliterated,Glock,19,P,2024-02-01,MX,OBL/1,',
      ',obliterated,Glock,19,P,2024-02-01,MX,OBL/1,', // a second, identical obliterated pistol in the same case
      ',obliterated,Sturm Ruger,10/22,R,2024-02-01,MX,OBL/1,scratched stock',
      'AB??34,partly_restored,Glock,19,P,2024-02-01,MX,OBL/1,',
      'AB?734,partly_restored,Glock,19,P,2024-02-01,MX,OBL/1,',
    ].join('\r\n');
    const before = await count();
    const first = await upload(file);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ inserted: 5, unchanged: 0, rejected: 0 });
    for (let i = 0; i < 2; i++) {
      const again = await upload(file);
      expect(again.json()).toMatchObject({ inserted: 0, unchanged: 5, rejected: 0 });
    }
    expect(await count()).toBe(before + 5);
    // One more identical obliterated pistol is one more record; the rest stay as they were.
    const more = await upload(`${file}\r\n,obliterated,Glock,19,P,2024-02-01,MX,OBL/1,`);
    expect(more.json()).toMatchObject({ inserted: 1, unchanged: 5 });
    expect(await count()).toBe(before + 6);
  });

  it('Latin-1 and UTF-8 (with BOM) files store the same text; missing columns and duplicated rows are reported', async () => {
    const row = (n: number) => `ENC00${n},intact,Glock,19,P,2024-03-0${n},MX,ENC/${n},Cañón pavonado – Núñez`;
    const latin1 = await upload(Buffer.from([HEADER, row(1)].join('\n').replace('–', '-'), 'latin1'));
    expect(latin1.json()).toMatchObject({ encoding: 'windows-1252', inserted: 1 });
    const utf8 = await upload(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from([HEADER, row(2)].join('\n'))]),
    );
    expect(utf8.json()).toMatchObject({ encoding: 'utf-8', inserted: 1 });
    const marks = await t.db
      .selectFrom('recoveries')
      .select(['case_number', 'other_markings'])
      .where('case_number', 'in', ['ENC/1', 'ENC/2'])
      .orderBy('case_number')
      .execute();
    expect(marks).toEqual([
      { case_number: 'ENC/1', other_markings: 'Cañón pavonado - Núñez' },
      { case_number: 'ENC/2', other_markings: 'Cañón pavonado – Núñez' },
    ]);

    const before = await count();
    expectFieldErrors(await upload('serial,make\nAB1,Glock\n'), [
      'recovered_on',
      'recovery_country',
      'case_number',
    ]);
    expectFieldErrors(await upload(`${HEADER}\n`), ['file']);
    const dup = await upload([HEADER, row(3), row(3), row(3)].join('\n'));
    expect(dup.json()).toMatchObject({ inserted: 1, rejected: 2 });
    expect(dup.json<{ errors: { line: number; code: string }[] }>().errors).toEqual([
      expect.objectContaining({ line: 3, code: 'duplicate_row' }),
      expect.objectContaining({ line: 4, code: 'duplicate_row' }),
    ]);
    expect(await count()).toBe(before + 1);
  });

  it('a row with more cells than the header (an unquoted comma) is refused by line, not stored cut short', async () => {
    const before = await count();
    const response = await upload(
      [
        HEADER,
        'COMMA001,intact,Glock,G19,P,2024-02-01,MX,COMMA/1,Sin cargador, culata plegable',
        'COMMA002,intact,Glock,G19,P,2024-02-01,MX,COMMA/2,"Sin cargador, culata plegable"',
      ].join('\r\n'),
      { 'accept-language': 'es' },
    );
    expect(response.statusCode, response.body).toBe(200);
    const summary = response.json<{
      received: number;
      inserted: number;
      rejected: number;
      errors: { line: number; code: string; message: string }[];
    }>();
    expect(summary).toMatchObject({ received: 2, inserted: 1, rejected: 1 });
    expect(summary.errors).toMatchObject([{ line: 2, code: 'csv_extra_cells' }]);
    expect(summary.errors[0]!.message).toContain('10');
    expect(await count()).toBe(before + 1);
  });

  it('cells starting with =, +, -, @, tab are stored as typed and exported neutralised', async () => {
    const payloads = [
      "=cmd|' /C calc'!A0",
      '+1+1',
      '-2+3',
      '@SUM(A1:A2)',
      '\t=1+1',
      '=HYPERLINK("http://x")',
    ];
    const file = [
      HEADER,
      ...payloads.map(
        (p, i) => `FORM00${i},intact,Glock,19,P,2024-04-01,MX,FORM/1,"${p.replaceAll('"', '""')}"`,
      ),
    ].join('\n');
    expect((await upload(file)).json()).toMatchObject({ inserted: payloads.length, rejected: 0 });
    const csv = (await client.get('/api/v1/recoveries/export.csv')).body;
    const lines = csv.split('\r\n').filter((l) => l.includes('FORM/1'));
    expect(lines).toHaveLength(payloads.length);
    for (const line of lines) {
      const cells = line.split(',');
      for (const cell of cells) expect(cell.replace(/^"/, ''), line).not.toMatch(/^[=+\-@\t]/);
    }
    expect(csv).toContain(`'+1+1`);
    expect(csv).toContain(`'@SUM(A1:A2)`);
  });

  it('a 1,000,000-row file, streamed, is refused whole as problem+json; nothing is written and the server stays up', async () => {
    const rows = 1_000_000;
    const stream = (line: (i: number) => string) =>
      Readable.from(
        (function* () {
          yield 'serial,recovered_on,recovery_country,case_number\n';
          const chunk = 10_000;
          for (let i = 0; i < rows; i += chunk) {
            let text = '';
            for (let j = i; j < i + chunk; j++) text += line(j);
            yield text;
          }
        })(),
      );
    const before = await rowCounts(t.db);
    // Small rows: under the body limit, so the row limit refuses it (a clear, localised 422 by field).
    const many = await upload(
      stream((i) => `M${i},2024-01-01,MX,C\n`),
      { 'accept-language': 'es' },
    );
    const tooMany = expectFieldErrors(many, ['file']);
    expect(tooMany.errors![0]).toMatchObject({
      code: 'csv_too_many_rows',
      message: expect.stringContaining('50000'),
    });
    // Full rows: over the body limit, so it is cut off before it is parsed (413).
    const large = await upload(
      stream((i) => `MILLION${i},2024-01-01,MX,CASE/MILLION/${i},${'x'.repeat(20)}\n`),
    );
    // The detail names the import route's own limit (32 MiB), not the global one.
    expect(expectProblem(large, 413, 'body-too-large').detail).toContain(String(32 * 1024 * 1024));
    const after = await rowCounts(t.db);
    expect(after.recoveries).toBe(before.recoveries);
    expect((await client.get('/api/v1/recoveries?limit=1')).statusCode).toBe(200);
  }, 30_000);
});
