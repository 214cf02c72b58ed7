// Runs the expiry sweep inside the server process (platform/jobs: once at start, then every interval).
import type { Db } from '../../db/connect';
import { startPeriodicJob, type JobLog, type PeriodicJob } from '../../platform/jobs/periodicJob';
import { expireOverdueNotifications } from './commands/expireOverdueNotifications';

/** Expiry is by calendar day: a quarter of an hour is prompt enough and costs one indexed query. */
export const EXPIRY_INTERVAL_MS = 15 * 60 * 1000;

export type ExpiryScheduler = PeriodicJob<string[]>;

export function startExpiryScheduler(
  db: Db,
  log: JobLog,
  options: { intervalMs?: number; now?: () => Date; runAtStart?: boolean } = {},
): ExpiryScheduler {
  const now = options.now ?? (() => new Date());
  return startPeriodicJob(
    {
      name: 'notification expiry sweep',
      idle: [],
      run: async () => {
        const ids = await expireOverdueNotifications(db, { now: now() });
        if (ids.length) log.info({ expired: ids.length, ids }, 'expired overdue pre-export notifications');
        return ids;
      },
    },
    log,
    { intervalMs: options.intervalMs ?? EXPIRY_INTERVAL_MS, runAtStart: options.runAtStart },
  );
}
