// The real `bin/rastro.mjs screen` on small manifests in an embedded data dir: report to a file or stdout,
// the agency's watch list applied, exit codes 0 (all screened), 1 (line errors), 2 (unreadable file).
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedChemicals } from '../db/seed/seedChemicals';
import { seedDemo } from '../db/seed/seedDemo';
import { runRastro } from '../test/cli';
import { migratedDataDir, temporaryDataDir } from '../test/dataDir';
import { manifestDb } from '../modules/manifests/tables';

const rastro = (args: string[], dataDir: string) => runRastro(args, { DATA_DIR: dataDir });

describe('rastro screen (CLI) on an embedded data dir', () => {
  let dataDir: string;
  let files: string;
  beforeAll(async () => {
    dataDir = temporaryDataDir('rastro-screen-cli-');
    files = temporaryDataDir('rastro-screen-files-');
    const database = await migratedDataDir(dataDir);
    await seedChemicals(database.db);
    await seedDemo(database.db, { production: false });
    const cbp = await database.db
      .selectFrom('agencies')
      .select('id')
      .where('code', '=', 'US-CBP')
      .executeTakeFirstOrThrow();
    const officer = await database.db
      .selectFrom('users')
      .select('id')
      .where('email', '=', 'officer@cbp.demo')
      .executeTakeFirstOrThrow();
    await manifestDb(database.db)
      .insertInto('watch_list_entries')
      .values({
        owner_agency_id: cbp.id,
        kind: 'consignee',
        name: 'Química Norte',
        name_key: 'quimica norte',
        reason: 'Seizure 2025',
        added_by_user_id: officer.id,
      })
      .execute();
    await database.close();
    writeFileSync(
      join(files, 'clean.csv'),
      'Line,Description,CAS,Quantity,Unit,Consignee\n1,NPP,39742-60-4,25,kg,Química Norte S.A. de C.V.\n2,Acetaminophen,103-90-2,10,kg,Farmacia Sur\n',
    );
    writeFileSync(
      join(files, 'errors.csv'),
      'Description,SMILES,Quantity,Unit\nbad,C1CC(,1,kg\nok,CCO,2,parsecs\nfine,CCO,3,L\n',
    );
    writeFileSync(join(files, 'noheader.csv'), 'Quantity,Unit\n1,kg\n');
  }, 120_000);
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(files, { recursive: true, force: true });
  });

  it('writes a CSV report with the agency’s watch list applied and exits 0 when every line screened', async () => {
    const out = join(files, 'report.csv');
    const run = await rastro(
      ['screen', join(files, 'clean.csv'), '--agency', 'US-CBP', '--out', out],
      dataDir,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/2 lines: 1 controlled/);
    const report = readFileSync(out, 'utf8').split('\r\n');
    expect(report[0]).toMatch(/^file_line,line,status/);
    expect(report[1]).toMatch(/^2,1,controlled,NPP/);
    expect(report[1]).toMatch(/watch list/);
    expect(report[2]).toMatch(/^3,2,unresolved,Acetaminophen/); // a CAS not in the list is unresolved, never clear
  }, 120_000);

  it('streams JSON to stdout and exits 1 when some lines have errors, 2 when the file cannot be read', async () => {
    const run = await rastro(
      ['screen', join(files, 'errors.csv'), '--format', 'json', '--locale', 'fr'],
      dataDir,
    );
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as {
      lines: { status: string; errors: { code: string; message: string }[] }[];
      summary: { linesWithErrors: number };
    };
    expect(report.lines.map((l) => l.errors.map((e) => e.code))).toEqual([
      ['invalid_smiles'],
      ['unit_unknown'],
      [],
    ]);
    expect(report.lines[0]!.errors[0]!.message).toMatch(/SMILES invalide/);
    expect(report.summary.linesWithErrors).toBe(2);
    const bad = await rastro(['screen', join(files, 'noheader.csv')], dataDir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/No column names the substance/);
  }, 120_000);
});
