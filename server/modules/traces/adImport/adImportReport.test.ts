// What the A&D import's report says about a file's mistakes, on every test database, through the route: missing
// columns named, dispositions in any case, dates in the wrong order, rows with too many cells, transfers to the
// uploader's own licence, a quote never closed, and rows repeated within one file (a notice, never a rejection).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AD_CSV_EXAMPLE, foldedSerial } from '../../../../core/firearms';
import { DATABASE_KINDS } from '../../../test/databases';
import { expectProblem } from '../../../test/problems';
import { createTestApp, type TestApp } from '../../../test/testApp';
import type { AdImportResult } from '../commands/importAdRecords';
import { CONNECTED_DEALER, GULF, HEADER, RIO, WHOLESALER } from '../testFixtures';

describe.each(DATABASE_KINDS)('A&D import report on %s', (kind) => {
  let t: TestApp;
  const upload = async (lines: string[], language = 'en', as = CONNECTED_DEALER) => {
    const client = await t.signIn(as);
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/holder/ad-records/import${as === CONNECTED_DEALER ? `?licence=${RIO}` : ''}`,
      headers: {
        cookie: client.cookie!,
        'x-csrf-token': client.csrfToken!,
        'content-type': 'text/csv',
        'accept-language': language,
      },
      payload: Buffer.from(lines.join('\r\n'), 'utf8'),
    });
  };
  const imported = async (lines: string[], language = 'en', as = CONNECTED_DEALER) => {
    const response = await upload(lines, language, as);
    expect(response.statusCode, response.body.slice(0, 500)).toBe(200);
    return response.json<AdImportResult>();
  };
  const errorsOf = (result: AdImportResult) => result.errors.map((e) => [e.line, e.field, e.code]);

  beforeAll(async () => {
    t = await createTestApp(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('names each missing required column, in the caller’s language', async () => {
    const header = 'make,model,acquired_on,disposed_on';
    const english = expectProblem(await upload([header, 'Glock,G19,,2023-01-01']), 422, 'validation');
    expect(english.errors!.map((e) => [e.field, e.code])).toEqual([
      ['serial', 'csv_required_column_missing'],
      ['disposition', 'csv_required_column_missing'],
    ]);
    expect(english.errors![0]!.message).toBe('The header line lacks the required column "serial".');
    const spanish = expectProblem(await upload([header, 'Glock,G19,,2023-01-01'], 'es'), 422, 'validation');
    expect(spanish.errors![1]!.message).toContain('"disposition"');
    const french = expectProblem(await upload([header, 'Glock,G19,,2023-01-01'], 'fr'), 422, 'validation');
    expect(french.errors![0]!.message).toContain('« serial »');
  });

  it('reads a disposition in any letter case as the stored value, and the same row in another case is one record', async () => {
    const first = await imported([HEADER, 'Glock,G19,CASE0001,,,Sale,2023-03-01,,Ana Ruiz,,,']);
    expect(first).toMatchObject({ inserted: 1, rejected: 0 });
    const again = await imported([HEADER, 'Glock,G19,CASE0001,,, SALE ,2023-03-01,,Ana Ruiz,,,']);
    expect(again).toMatchObject({ inserted: 0, unchanged: 1, rejected: 0 });
    const stored = await t.db
      .selectFrom('ad_records')
      .select('disposition')
      .where('serial_folded', '=', foldedSerial('CASE0001'))
      .execute();
    expect(stored).toEqual([{ disposition: 'sale' }]);
    const gift = await imported([HEADER, 'Glock,G19,CASE0002,,,Gift,2023-03-01,,,,,']);
    expect(errorsOf(gift)).toEqual([[2, 'disposition', 'invalid_value']]);
  });

  it('reports a disposition dated before the acquisition as that, not as a bad date', async () => {
    const result = await imported(
      [HEADER, 'Glock,G19,ORDER001,2023-05-01,,sale,2023-03-01,,Ana Ruiz,,,'],
      'es',
    );
    expect(errorsOf(result)).toEqual([[2, 'acquired_on', 'acquired_after_disposed']]);
    expect(result.errors[0]!.message).toBe(
      'Adquirida el 2023-05-01, después de su enajenación el 2023-03-01: revise ambas fechas.',
    );
  });

  it('rejects a row with more cells than the header (its columns are shifted), and keeps one with fewer', async () => {
    const result = await imported([
      HEADER,
      // An unquoted comma in the purchaser's name moves the address into export_country.
      'Glock,G19,SHIFT001,,,sale,2023-03-01,,Ruiz, Ana,,1 Main St,',
      'Glock,G19,SHIFT002,,,sale,2023-03-01,,Ana Ruiz',
    ]);
    expect(result).toMatchObject({ received: 2, inserted: 1, rejected: 1 });
    expect(errorsOf(result)).toEqual([[2, 'file', 'csv_extra_cells']]);
    expect(result.errors[0]!.message).toContain('13 cells but the header line has 12');
  });

  it('rejects a transfer to the uploading licence itself, with its own reason; a transfer to another holder is kept', async () => {
    const result = await imported([
      HEADER,
      `Glock,G19,SELF0001,,,transfer,2023-03-01,${RIO.toLowerCase()},,,,`,
      `Glock,G19,SELF0002,,,transfer,2023-03-01,${GULF},,,,`,
    ]);
    expect(result).toMatchObject({ inserted: 1, rejected: 1 });
    expect(errorsOf(result)).toEqual([[2, 'disposed_to_licence', 'transfer_to_self']]);
    expect(result.errors[0]!.message).toContain(RIO);
  });

  it('names the line where a quote that never closes opened, says nothing after it was read, and keeps the counts whole', async () => {
    const result = await imported([
      HEADER,
      'Glock,G19,QUOTE001,,,sale,2023-03-01,,Ana Ruiz,,,',
      'Glock,G19,QUOTE002,,,sale,2023-03-01,,Bo Lee,,"1 Main St, Laredo,',
      'Glock,G19,QUOTE003,,,sale,2023-03-01,,Cy Young,,,',
    ]);
    expect(result).toMatchObject({ received: 2, inserted: 1, unchanged: 0, rejected: 1 });
    expect(errorsOf(result)).toEqual([[3, 'file', 'csv_unterminated_quote_stops']]);
    expect(result.errors[0]!.message).toContain('every line after it were not read');
  });

  it('names a row repeating an earlier line of the file as a notice; the same file again rejects nothing and changes nothing', async () => {
    const row = 'Glock,G19,TWICE001,,,sale,2023-03-01,,Ana Ruiz,,,';
    const file = [
      HEADER,
      row,
      'Glock,G19,TWICE002,,,lost_stolen,2023-03-02,,,,,',
      row,
      row.replace('sale', 'SALE'),
    ];
    const first = await imported(file);
    expect(first).toMatchObject({
      received: 4,
      inserted: 2,
      unchanged: 2,
      rejected: 0,
      duplicates: 2,
      errors: [],
    });
    expect(first.notices.map((n) => [n.line, n.field, n.code, n.message])).toEqual([
      [4, 'file', 'duplicate_of_line', 'Same record as line 2: kept once.'],
      [5, 'file', 'duplicate_of_line', 'Same record as line 2: kept once.'],
    ]);
    const again = await imported(file);
    expect(again).toMatchObject({ inserted: 0, unchanged: 4, rejected: 0, duplicates: 2, errors: [] });
  });

  it('imports the documented example file as it stands (for a holder other than the one it transfers to)', async () => {
    const result = await imported(AD_CSV_EXAMPLE.split('\r\n'), 'en', WHOLESALER);
    expect(result).toMatchObject({ received: 4, inserted: 4, rejected: 0, ignoredColumns: [] });
  });
});
