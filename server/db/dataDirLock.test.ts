// One process per embedded data folder: a second open (in this process, in another one, or through the CLI beside a
// running server) is refused with the holder named and the folder untouched; a lock left by a dead process is taken
// over; closing releases it. Without the lock a second process silently corrupted the folder.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { runRastro } from '../test/cli';
import { migratedDataDir, temporaryDataDir } from '../test/dataDir';
import { connectDatabase } from './connect';
import { DataDirInUseError, lockPathOf, removeStaleLock, type LockHolder } from './dataDirLock';

const folders: string[] = [];
const folder = () => {
  const dir = temporaryDataDir('rastro-lock-');
  folders.push(dir);
  return dir;
};

/** A pid that no longer runs: a process that has just exited. */
function deadPid(): number {
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(dead.stdout);
}

const holderOf = (pid: number, since = ''): LockHolder => ({ pid, hostname: hostname(), since, command: '' });

const LOCK_MODULE = new URL('./dataDirLock.ts', import.meta.url).pathname;

/**
 * Child processes that wait until the same instant, try to lock `dir`, and print "won" or "refused" (or the error);
 * each keeps what it won until all have answered, so a late starter cannot take a lock released in between.
 */
async function race(dir: string, racers: number): Promise<string[]> {
  const startAt = Date.now() + 2000;
  const script = `
    const { lockDataDir } = await import(${JSON.stringify(LOCK_MODULE)});
    while (Date.now() < ${startAt});
    let outcome = 'won';
    try { lockDataDir(${JSON.stringify(dir)}); } catch (error) { outcome = error.name === 'DataDirInUseError' ? 'refused' : String(error); }
    process.stdout.write(outcome + '\\n');
    setTimeout(() => {}, 60000);`;
  const children = Array.from({ length: racers }, () =>
    spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    }),
  );
  try {
    return await Promise.all(
      children.map(
        (child) =>
          new Promise<string>((resolve, reject) => {
            let out = '';
            child.stdout.on('data', (chunk: Buffer) => {
              out += chunk.toString();
              if (out.endsWith('\n')) resolve(out.trim());
            });
            child.on('exit', (code) => reject(new Error(`racer exited with ${code} before answering`)));
          }),
      ),
    );
  } finally {
    for (const child of children) child.kill();
  }
}

afterAll(() => {
  for (const dir of folders) {
    rmSync(dir, { recursive: true, force: true });
    rmSync(lockPathOf(dir), { force: true });
    rmSync(`${lockPathOf(dir)}.takeover`, { force: true });
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
    writeFileSync(lockPathOf(dir), JSON.stringify(holderOf(deadPid())));
    const database = await migratedDataDir(dir);
    expect(JSON.parse(readFileSync(lockPathOf(dir), 'utf8'))).toMatchObject({ pid: process.pid });
    await database.close();
    expect(existsSync(lockPathOf(dir))).toBe(false);
  });

  it('lets one of several processes take over the same dead lock at the same instant', async () => {
    const dir = folder();
    for (let round = 0; round < 2; round += 1) {
      writeFileSync(lockPathOf(dir), JSON.stringify(holderOf(deadPid())));
      const outcomes = await race(dir, 4);
      expect(outcomes.sort()).toEqual(['refused', 'refused', 'refused', 'won']);
      expect(existsSync(`${lockPathOf(dir)}.takeover`)).toBe(false);
    }
  }, 60_000);

  it("removes a dead holder's lock only if no other process has taken it over meanwhile", () => {
    const dir = folder();
    const lockPath = lockPathOf(dir);
    const stale = holderOf(deadPid(), '2026-11-29T03:00:00Z');
    // Read as stale, but replaced by a live takeover before this process got to remove it.
    const live = holderOf(process.pid, '2026-11-29T03:00:01Z');
    writeFileSync(lockPath, JSON.stringify(live));
    expect(removeStaleLock(lockPath, stale)).toBe(true);
    expect(JSON.parse(readFileSync(lockPath, 'utf8'))).toEqual(live);
    // Still the dead holder's: removed.
    writeFileSync(lockPath, JSON.stringify(stale));
    expect(removeStaleLock(lockPath, stale)).toBe(true);
    expect(existsSync(lockPath)).toBe(false);
  });

  it('waits for a takeover in progress, and names a takeover left unfinished', () => {
    const dir = folder();
    const lockPath = lockPathOf(dir);
    const stale = holderOf(deadPid());
    writeFileSync(lockPath, JSON.stringify(stale));
    writeFileSync(`${lockPath}.takeover`, '');
    expect(removeStaleLock(lockPath, stale)).toBe(false);
    expect(existsSync(lockPath)).toBe(true);
    const aMinuteAgo = new Date(Date.now() - 60_000);
    utimesSync(`${lockPath}.takeover`, aMinuteAgo, aMinuteAgo);
    expect(() => removeStaleLock(lockPath, stale)).toThrow(`delete ${lockPath}.takeover`);
    rmSync(`${lockPath}.takeover`);
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
