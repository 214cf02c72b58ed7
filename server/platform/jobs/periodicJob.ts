// A job the server runs in its own process: once at start, then every interval. The timer is unref'd (it never
// keeps the process alive), runs never overlap, a failed run is logged and retried at the next tick, and stop()
// waits for a run in flight so shutdown closes the database after it.

export interface JobLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface PeriodicJob<T> {
  /** One run now (or the one already running). */
  tick(): Promise<T>;
  /** Stops the timer and waits for a run in flight. */
  stop(): Promise<void>;
  /** Whether the timer keeps the process alive (never: it is unref'd). */
  keepsProcessAlive(): boolean;
}

export function startPeriodicJob<T>(
  job: {
    readonly name: string;
    readonly run: () => Promise<T>;
    /** What a failed or stopped run resolves to. */
    readonly idle: T;
  },
  log: JobLog,
  options: { intervalMs: number; runAtStart?: boolean },
): PeriodicJob<T> {
  let running: Promise<T> | null = null;
  let stopped = false;

  const tick = (): Promise<T> => {
    if (running) return running;
    if (stopped) return Promise.resolve(job.idle);
    running = job
      .run()
      .catch((err: unknown) => {
        log.error({ err, job: job.name }, `${job.name} failed; retrying at the next tick`);
        return job.idle;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  const timer = setInterval(() => void tick(), options.intervalMs);
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
