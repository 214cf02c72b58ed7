// The command line refuses, in one line, what would otherwise fail late or obscurely: a DATA_DIR with no database
// (only db migrate and db seed start one), a wrong option of `tokens create` (named alone), an unknown agency kind.
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRastro } from '../test/cli';
import { temporaryDataDir } from '../test/dataDir';

const USER = [
  'users',
  'create',
  '--email',
  'a@b.example',
  '--name',
  'A',
  '--role',
  'analyst',
  '--agency',
  'MX-X',
];

describe('rastro commands and the data folder', () => {
  let root: string;
  beforeAll(() => {
    root = temporaryDataDir('rastro-cli-');
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('refuses a folder that does not exist or holds no database, naming DATA_DIR, and creates nothing', async () => {
    const empty = join(root, 'empty');
    mkdirSync(empty);
    const missing = join(root, 'missing');
    for (const [dir, args] of [
      [missing, ['tokens', 'create', '--user', 'analista@fgr.demo', '--name', 'x']],
      [empty, USER],
      [empty, ['audit', 'verify']],
    ] as const) {
      const result = await runRastro([...args], { DATA_DIR: dir, LOG_LEVEL: 'silent' }, 60_000);
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^error: no database in .+ \(DATA_DIR\)/);
      expect(result.stdout).toBe('');
    }
    expect(existsSync(missing)).toBe(false);
    expect(readdirSync(empty)).toEqual([]);
  }, 120_000);

  it('still lets db migrate start a database in a new folder', async () => {
    const fresh = join(root, 'fresh');
    const result = await runRastro(['db', 'migrate'], { DATA_DIR: fresh, LOG_LEVEL: 'silent' });
    expect(result.code, result.stderr).toBe(0);
    // withDatabase migrates before any command, so the command itself finds nothing left to apply.
    expect(result.stdout).toMatch(/^up to date \(\d+ migrations\)/);
    const verify = await runRastro(['audit', 'verify'], { DATA_DIR: fresh, LOG_LEVEL: 'silent' });
    expect(verify.code, verify.stderr).toBe(0);
  }, 120_000);

  it('names only the wrong option of tokens create', async () => {
    const env = { DATA_DIR: join(root, 'unused'), LOG_LEVEL: 'silent' };
    const token = ['tokens', 'create', '--user', 'a@b.example', '--name', 'x'];
    const scopes = await runRastro([...token, '--scopes', 'read,admin'], env);
    expect(scopes.code).toBe(2);
    expect(scopes.stderr.trim()).toBe('--scopes must be read and/or write');
    const days = await runRastro([...token, '--expires-days', '400'], env);
    expect(days.code).toBe(2);
    expect(days.stderr.trim()).toBe('--expires-days must be at most 365');
  }, 120_000);

  it('refuses an unknown agency kind with the list of kinds', async () => {
    const env = { DATA_DIR: join(root, 'unused'), LOG_LEVEL: 'silent' };
    const result = await runRastro(
      [...USER, '--agency-name', 'New Agency', '--country', 'MX', '--kind', 'bogus'],
      env,
    );
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toMatch(/^--kind: must be one of prosecutor, police, .*secretariat$/);
  }, 120_000);
});
