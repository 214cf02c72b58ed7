// Runs the expiry sweep inside the server process: once at start, then every interval. The timer is
// unref'd (it never keeps the process alive), sweeps never overlap, a failed sweep is logged and retried
// at the next tick, and stop() waits for a sweep in flight so shutdown closes the database after it.
import type { Db } from '../../db/connect';
import { expireOverdueNotifications } from './commands/expireOverdueNotifications';

/** Expiry is by calendar day: a quarter of an hour is prompt enough and costs one indexed query. */
export const EXPIRY_INTERVAL_MS = 15 * 60 * 1000;

interface Log {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface ExpiryScheduler {
  /** One sweep now (or the one already running); resolves to the ids it expired. */
  tick(): Promise<string[]>;
  /** Stops the timer and waits for a sweep in flight. */
  stop(): Promise<void>;
  /** Whether the timer keeps the process alive (never: it is unref'd). */
  keepsProcessAlive(): boolean;
}

export function startExpiryScheduler(
  db: Db,
  log: Log,
  options: { intervalMs?: number; now?: () => Date; runAtStart?: boolean } = {},
): ExpiryScheduler {
  const now = options.now ?? (() => new Date());
  let running: Promise<string[]> | null = null;
  let stopped = false;

  const tick = (): Promise<string[]> => {
    if (running) return running;
    if (stopped) return Promise.resolve([]);
    running = expireOverdueNotifications(db, { now: now() })
      .then((ids) => {
        if (ids.length) log.info({ expired: ids.length, ids }, 'expired overdue pre-export notifications');
        return ids;
      })
      .catch((err: unknown) => {
        log.error({ err }, 'notification expiry sweep failed; retrying at the next tick');
        return [];
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const timer = setInterval(() => void tick(), options.intervalMs ?? EXPIRY_INTERVAL_MS);
  timer.unref();
  if (options.runAtStart ?? true) void tick();

  return {
    tick,
    keepsProcessAlive: () => timer.hasRef(),
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
