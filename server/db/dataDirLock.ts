// The embedded database's postmaster.pid. PGlite runs PostgreSQL inside the process that opens it, with no
// postmaster to turn a second process away: two processes on one folder (a server, and `rastro users create` run
// beside it) each keep their own copy of the database in memory and overwrite each other's files, and the folder no
// longer opens. So whoever opens a folder holds `<folder>.lock` until it closes, and everyone else is refused.
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly lockPath: string,
    readonly holder: LockHolder | null,
  ) {
    const who = holder
      ? `process ${holder.pid} on ${holder.hostname} (${holder.command || 'rastro'}, since ${holder.since})`
      : 'another process';
    super(
      `the embedded database in ${dataDir} is in use by ${who}. Stop that process first, or use a PostgreSQL` +
        ` server (DATABASE_URL) for several processes at once. If no such process runs, delete ${lockPath}.`,
    );
    this.name = 'DataDirInUseError';
  }
}

export interface LockHolder {
  pid: number;
  hostname: string;
  since: string;
  command: string;
}

export function lockPathOf(dataDir: string): string {
  return `${resolve(dataDir)}.lock`;
}

function readHolder(lockPath: string): LockHolder | null {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<LockHolder>;
    if (typeof parsed.pid !== 'number') return null;
    return {
      pid: parsed.pid,
      hostname: String(parsed.hostname ?? ''),
      since: String(parsed.since ?? ''),
      command: String(parsed.command ?? ''),
    };
  } catch {
    return null;
  }
}

/** Whether the holder may still be running. On another machine (a shared folder) we cannot tell, so yes. */
function mayBeRunning(holder: LockHolder): boolean {
  if (holder.hostname !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** How long a takeover may hold its guard; a guard older than this was left by a process that died inside it. */
const TAKEOVER_GUARD_MS = 10_000;

const sameHolder = (a: LockHolder | null, b: LockHolder) =>
  a !== null && a.pid === b.pid && a.hostname === b.hostname && a.since === b.since;

const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Removes the lock of `stale` (a process gone from this host) so the caller can create its own, unless another process
 * took the lock over first. Two starts that both found the same dead holder would otherwise both remove "its" lock,
 * the second removing the first's fresh one, and both open the folder. So removal happens only under `<lock>.takeover`
 * (created exclusively), and only if the file still names the dead holder. Returns false when the guard is busy (the
 * caller tries again; the other takeover is a millisecond's work).
 */
export function removeStaleLock(lockPath: string, stale: LockHolder): boolean {
  const guardPath = `${lockPath}.takeover`;
  let guard: number;
  try {
    guard = openSync(guardPath, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const since = statSync(guardPath, { throwIfNoEntry: false })?.mtimeMs;
    if (since !== undefined && Date.now() - since > TAKEOVER_GUARD_MS)
      throw new Error(
        `a takeover of ${lockPath} was left unfinished by a process that stopped. If no Rastro process uses the` +
          ` folder, delete ${guardPath}.`,
        { cause: error },
      );
    return false;
  }
  try {
    if (sameHolder(readHolder(lockPath), stale)) unlinkSync(lockPath);
    return true;
  } finally {
    closeSync(guard);
    unlinkSync(guardPath);
  }
}

/**
 * Takes the folder's lock, or throws DataDirInUseError naming the process that holds it (this process too, when it
 * already has the folder open). A lock left by a process that died is taken over. Resolves to the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  const lockPath = lockPathOf(dataDir);
  const me: LockHolder = {
    pid: process.pid,
    hostname: hostname(),
    since: new Date().toISOString(),
    command: process.argv.slice(2).join(' '),
  };
  for (let attempt = 0; ; attempt += 1) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(lockPath);
      // A file we cannot read is one being written this instant: held.
      if (!holder || mayBeRunning(holder) || attempt >= 50)
        throw new DataDirInUseError(resolve(dataDir), lockPath, holder);
      // Another process may be taking over the same dead lock: wait for it, then look again.
      if (!removeStaleLock(lockPath, holder)) sleepSync(20);
    }
  }
  const release = () => {
    process.off('exit', release);
    if (readHolder(lockPath)?.pid !== process.pid) return;
    try {
      unlinkSync(lockPath);
    } catch {
      // Already gone.
    }
  };
  // A process that exits without closing the database (an error at start-up) leaves no lock behind.
  process.on('exit', release);
  return release;
}
