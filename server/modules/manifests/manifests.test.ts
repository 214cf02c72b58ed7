// Manifest screening and watch lists through the API, on both databases: per-line errors never stop the rest,
// hostile files (Windows-1252, formulas, HTML, missing columns, corrupt XLSX) come back safe, and only
// regulators and customs staff change a watch list, audited.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS } from '../../test/databases';
import { auditCount, expectFieldErrors, expectProblem } from '../../test/problems';
import { createTestApp, type TestApp, type UserClient } from '../../test/testApp';
import { XLSX_MIME } from './schemas';

interface Report {
  screeningId: string;
  format: string;
  ignoredColumns: string[];
  summary: {
    lines: number;
    byStatus: Record<string, number>;
    linesWithErrors: number;
    redFlags: Record<string, number>;
    addedToHistory: boolean;
  };
  lines: {
    fileLine: number;
    status: string;
    description: string;
    reasons: { parentId: string | null; controlledIn: string[]; message: string }[];
    redFlags: { code: string; message: string }[];
    errors: { field: string; code: string; message: string }[];
  }[];
}

const MANIFEST = [
  'Line,Description,CAS,SMILES,HS code,Quantity,Unit,Consignor,Consignee,Forwarder,Route',
  '1,N-Phenethyl-4-piperidone,39742-60-4,,2933.39,25,kg,Shanghai Fine Chem,Química Norte SA de CV,Pacific Freight,Shanghai > Manzanillo',
  '2,Paint additive,,O=C1CCN(CCc2ccccc2)CC1,3208.90,10,kg,Shanghai Fine Chem,Química Norte SA de CV,Other Cargo,Shanghai > Manzanillo',
  '3,Acetaminophen,,CC(=O)Nc1ccc(O)cc1,2924.29,100,kg,Pharma Inc,Farmacias del Norte,,',
  '4,Bad structure,,C1CC(,,5,kg,,Farmacias del Norte,,',
  ',,,,,,,,,,',
  '6,Mystery,,CCO,,12,furlongs,,Farmacias del Norte,,',
  '7,Negative,,CCO,,-4,kg,,Farmacias del Norte,,',
  '8,Absurd,,CCO,,999999999,t,,Farmacias del Norte,,',
  '9,Wrong check digit,39742-60-5,,,1,kg,,Farmacias del Norte,,',
  '10,Tablet press TDP-5,,,8479.89,1,pcs,,Farmacias del Norte,,',
  '11,Boc fluoro 4-AP,,CC(C)(C)OC(=O)N1CCC(Nc2ccc(F)cc2)CC1,,2,kg,,Lab Uno,,',
].join('\r\n');

describe.each(DATABASE_KINDS)('manifest screening on %s', (kind) => {
  let t: TestApp;
  let regulator: UserClient;
  let customs: UserClient;
  let analyst: UserClient;
  let mxRegulator: UserClient;

  beforeAll(async () => {
    t = await createTestApp(kind);
    regulator = await t.signIn('diversion@dea.demo');
    customs = await t.signIn('officer@cbp.demo');
    analyst = await t.signIn('analista@fgr.demo');
    mxRegulator = await t.signIn('reguladora@cofepris.demo');
  }, 120_000);
  afterAll(() => t.close());

  // Bytes as sent (the test client would JSON-encode a Buffer).
  const screen = (client: UserClient, body: string | Buffer, query = '', type = 'text/csv') =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/manifests/screen${query}`,
      payload: body,
      headers: { cookie: client.cookie!, 'x-csrf-token': client.csrfToken!, 'content-type': type },
    });

  it('screens every line: errors per line, the rest still screened, with reasons and red flags', async () => {
    const response = await screen(regulator, MANIFEST);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json<Report>();
    const byLine = new Map(report.lines.map((l) => [l.fileLine, l]));
    expect(report.summary.lines).toBe(11);
    expect(byLine.get(2)!.status).toBe('controlled');
    expect(byLine.get(2)!.reasons.some((r) => r.parentId === 'npp' && r.controlledIn.includes('MX'))).toBe(
      true,
    );
    expect(byLine.get(2)!.redFlags.map((f) => f.code)).toContain('high_risk_transit');
    expect(byLine.get(3)!.status).toBe('controlled');
    expect(byLine.get(3)!.redFlags.map((f) => f.code)).toEqual(
      expect.arrayContaining(['innocuous_description', 'several_forwarders']),
    );
    expect(byLine.get(4)!.status).toBe('clear');
    expect(byLine.get(5)!.errors.map((e) => e.code)).toEqual(['invalid_smiles']);
    expect(byLine.get(5)!.status).toBe('error');
    expect(byLine.get(6)!.errors.map((e) => e.code)).toEqual(['empty_line']);
    expect(byLine.get(7)!.errors.map((e) => e.code)).toEqual(['unit_unknown']);
    expect(byLine.get(8)!.errors.map((e) => e.code)).toEqual(['quantity_not_positive']);
    expect(byLine.get(9)!.errors.map((e) => e.code)).toEqual(['quantity_absurd']);
    expect(byLine.get(10)!.errors.map((e) => e.code)).toEqual(['invalid_cas']);
    expect(byLine.get(11)!.redFlags.map((f) => f.code)).toEqual(['pill_press']);
    expect(byLine.get(12)!.status).toBe('suspected_designer_precursor');
    expect(report.summary.linesWithErrors).toBe(6);
    expect(await auditCount(t.db, 'manifest.screen')).toBeGreaterThan(0);
  });

  it('answers in the caller’s language and as formula-safe CSV', async () => {
    const es = await screen(mxRegulator, MANIFEST, '', 'text/csv');
    const spanish = await mxRegulator.request('POST', '/api/v1/manifests/screen', MANIFEST, {
      'content-type': 'text/csv',
      'accept-language': 'es-MX',
    });
    expect(es.statusCode).toBe(200);
    expect(spanish.json<Report>().lines.find((l) => l.fileLine === 5)!.errors[0]!.message).toMatch(
      /SMILES no válido/,
    );
    const hostile = [
      'Description;CAS;Quantity;Unit;Consignee',
      '=HYPERLINK("http://evil.example","x");39742-60-4;1;kg;<script>alert(1)</script>',
      "+cmd|' /C calc'!A0;;2;kg;'; DROP TABLE watch_list_entries; --",
      'Acétone pour peinture;67-64-1;3,5;kg;Société Générale Chimie Ltée',
    ].join('\n');
    const latin1 = Buffer.from(hostile, 'latin1');
    const csv = await screen(regulator, latin1, '?format=csv');
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const rows = csv.body.split('\r\n');
    // The UTF-8 byte order mark first, so Excel reads "Acétone" as written.
    expect(rows[0]).toMatch(/^\uFEFFfile_line,line,status,description/);
    expect(csv.body).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv.body).toContain("'+cmd|");
    expect(csv.body).not.toMatch(/(^|,)[=+@]/m);
    expect(csv.body).toContain('Acétone pour peinture');
    expect(csv.body).toContain('<script>alert(1)</script>'); // kept as text; the web escapes it
    const json = (await screen(regulator, latin1)).json<Report>();
    expect(json.lines[2]!.description).toBe('Acétone pour peinture');
    const watch = await regulator.get('/api/v1/watch-list');
    expect(watch.statusCode).toBe(200); // the table survived the SQL in a cell
  });

  it('refuses files it cannot read with problem+json naming the reason', async () => {
    const noSubstance = await screen(regulator, 'Quantity,Unit,Consignee\n1,kg,X\n');
    expect(expectFieldErrors(noSubstance, ['file']).errors![0]!.code).toBe('manifest_no_substance_column');
    const duplicate = await screen(regulator, 'CAS,CAS number\n39742-60-4,39742-60-4\n');
    const twice = expectFieldErrors(duplicate, ['file']).errors![0]!;
    expect(twice.code).toBe('manifest_duplicate_column');
    expect(twice.message).toBe('Columns "CAS" and "CAS number" both read as cas.');
    const empty = await screen(regulator, '\n\n');
    expect(expectFieldErrors(empty, ['file']).errors![0]!.code).toBe('manifest_empty');
    const corrupt = await screen(regulator, Buffer.from('PK\u0003\u0004garbage-not-a-zip'), '', XLSX_MIME);
    expect(expectFieldErrors(corrupt, ['file']).errors![0]!.code).toBe('manifest_unreadable');
    const json = await regulator.post('/api/v1/manifests/screen', { lines: [] });
    expectProblem(json, 415, 'unsupported-media-type');
    expectProblem(
      await t.anonymous.request('POST', '/api/v1/manifests/screen', MANIFEST, { 'content-type': 'text/csv' }),
      401,
      'unauthenticated',
    );
  });

  it('reads XLSX with localized headers, formulas by their cached result only', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Manifiesto');
    sheet.addRow(['Partida', 'Descripción', 'Número CAS', 'Cantidad (kg)', 'Consignatario', 'Columna rara']);
    sheet.addRow([1, 'NPP', '39742-60-4', 25, 'Química Norte', 'x']);
    sheet.addRow([2, { formula: 'CONCAT("ANP","P")', result: 'ANPP' }, '', 5, 'Química Norte', '']);
    sheet.addRow([]);
    sheet.addRow([4, 'Acetona', '', 200, 'Química Norte', '']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await screen(mxRegulator, bytes, '', XLSX_MIME);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json<Report>();
    expect(report.format).toBe('xlsx');
    expect(report.ignoredColumns).toEqual(['Columna rara']);
    expect(report.lines.map((l) => [l.fileLine, l.status])).toEqual([
      [2, 'controlled'],
      [3, 'controlled'],
      [4, 'error'],
      [5, 'unresolved'],
    ]);
  });

  it('flags a quantity extraordinary for the consignee once history has been recorded', async () => {
    const line = (qty: number) =>
      `Description,Quantity,Unit,Consignee\nNPP,${qty},kg,Laboratorios Delta SA de CV\n`;
    for (const qty of [10, 12, 9, 11]) {
      const r = await screen(customs, line(qty), '?record=true');
      expect(r.json<Report>().lines[0]!.redFlags.map((f) => f.code)).not.toContain('extraordinary_quantity');
    }
    const big = (await screen(customs, line(400))).json<Report>();
    expect(big.lines[0]!.redFlags.map((f) => f.code)).toContain('extraordinary_quantity');
    // History belongs to the agency that recorded it.
    const other = (await screen(regulator, line(400))).json<Report>();
    expect(other.lines[0]!.redFlags.map((f) => f.code)).not.toContain('extraordinary_quantity');
  });

  it('keeps watch lists per agency: regulators and customs staff change them, audited; others only read', async () => {
    const before = await auditCount(t.db, 'watch_list.add');
    const add = await customs.post('/api/v1/watch-list', {
      kind: 'forwarder',
      name: 'Rápido Logistics LLC',
      reason: 'Named in a 2025 seizure',
    });
    expect(add.statusCode, add.body).toBe(201);
    expect(await auditCount(t.db, 'watch_list.add')).toBe(before + 1);
    const again = await customs.post('/api/v1/watch-list', {
      kind: 'forwarder',
      name: 'RAPIDO LOGISTICS',
      reason: 'x',
    });
    expectFieldErrors(again, ['name']);
    expectProblem(
      await analyst.post('/api/v1/watch-list', { kind: 'consignee', name: 'X', reason: 'y' }),
      403,
      'forbidden',
    );
    const listed = await customs.get('/api/v1/watch-list');
    expect(listed.json<{ canManage: boolean; items: { name: string }[] }>()).toMatchObject({
      canManage: true,
      items: [{ name: 'Rápido Logistics LLC' }],
    });
    const otherAgency = await regulator.get('/api/v1/watch-list');
    expect(otherAgency.json<{ items: unknown[] }>().items).toEqual([]);
    const flagged = (
      await screen(customs, 'Description,Forwarder\nAcetone,Rapido Logistics\n')
    ).json<Report>();
    expect(flagged.lines[0]!.redFlags.map((f) => f.code)).toContain('watch_list');
    const id = add.json<{ id: string }>().id;
    expectProblem(
      await regulator.post(`/api/v1/watch-list/${id}/remove`, { reason: 'not ours' }),
      404,
      'not-found',
    );
    const removed = await customs.post(`/api/v1/watch-list/${id}/remove`, { reason: 'Cleared by review' });
    expect(removed.statusCode, removed.body).toBe(204);
    expect(await auditCount(t.db, 'watch_list.remove')).toBe(1);
    const after = (await screen(customs, 'Description,Forwarder\nAcetone,Rapido Logistics\n')).json<Report>();
    expect(after.lines[0]!.redFlags.map((f) => f.code)).not.toContain('watch_list');
  });
});
