// One process per embedded data folder: a second open (in this process, in another one, or through the CLI beside a
// running server) is refused with the holder named and the folder untouched; a lock left by a dead process is taken
// over; closing releases it. Without the lock a second process silently corrupted the folder.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { runRastro } from '../test/cli';
import { migratedDataDir, temporaryDataDir } from '../test/dataDir';
import { connectDatabase } from './connect';
import { DataDirInUseError, lockPathOf } from './dataDirLock';

const folders: string[] = [];
const folder = () => {
  const dir = temporaryDataDir('rastro-lock-');
  folders.push(dir);
  return dir;
};

afterAll(() => {
  for (const dir of folders) {
    rmSync(dir, { recursive: true, force: true });
    rmSync(lockPathOf(dir), { force: true });
  }
});

describe('the embedded data folder lock', () => {
  it('refuses a second open while the first is open, and allows it once closed', async () => {
    const dir = folder();
    const first = await migratedDataDir(dir);
    const holder = JSON.parse(readFileSync(lockPathOf(dir), 'utf8')) as { pid: number; hostname: string };
    expect(holder).toMatchObject({ pid: process.pid, hostname: hostname() });

    const refused = await connectDatabase({ dataDir: dir }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DataDirInUseError);
    expect((refused as Error).message).toContain(`in use by process ${process.pid}`);
    // The first handle still works: the refused open touched nothing.
    expect(
      (await first.db.selectFrom('agencies').select('id').limit(1).execute()).length,
    ).toBeLessThanOrEqual(1);

    await first.close();
    expect(existsSync(lockPathOf(dir))).toBe(false);
    const again = await connectDatabase({ dataDir: dir });
    await again.close();
  });

  it('refuses a folder another live process holds, before creating anything in it', async () => {
    const dir = folder();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      writeFileSync(
        lockPathOf(dir),
        JSON.stringify({
          pid: other.pid,
          hostname: hostname(),
          since: '2026-11-29T03:00:00Z',
          command: 'serve',
        }),
      );
      const refused = await connectDatabase({ dataDir: dir }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(DataDirInUseError);
      expect((refused as Error).message).toMatch(new RegExp(`process ${other.pid} .*\\(serve, since`));
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      other.kill();
    }
  });

  it('takes over the lock of a process that died without closing', async () => {
    const dir = folder();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    const deadPid = Number(dead.stdout);
    writeFileSync(
      lockPathOf(dir),
      JSON.stringify({ pid: deadPid, hostname: hostname(), since: '', command: '' }),
    );
    const database = await migratedDataDir(dir);
    expect(JSON.parse(readFileSync(lockPathOf(dir), 'utf8'))).toMatchObject({ pid: process.pid });
    await database.close();
    expect(existsSync(lockPathOf(dir))).toBe(false);
  });

  it('turns the CLI away, with a plain message, while a server has the folder open', async () => {
    const dir = folder();
    const server = await migratedDataDir(dir);
    try {
      const cli = await runRastro(['audit', 'verify'], { DATA_DIR: dir, LOG_LEVEL: 'silent' }, 60_000);
      expect(cli.code).toBe(1);
      expect(cli.stderr).toContain(
        `error: the embedded database in ${dir} is in use by process ${process.pid}`,
      );
      expect(cli.stderr).not.toContain('    at ');
    } finally {
      await server.close();
    }
  });
});
