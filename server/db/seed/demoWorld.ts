// What a new demo database gets (first `npm start`, or `rastro db seed`): the hand-made demo world (seedDemo) and, on
// top of it, a small synthetic tracing world (the scale seed, then traces of some of its recoveries). Without the
// second part a new user found empty trace lists, an empty tracing queue and no time-to-crime or indicators until
// they had recorded and traced guns one by one. Into a new database only; never in production (seedDemo refuses).
// Decision 0020.
import type { DatabaseHandle } from '../connect';
import { seedScale, type ScaleReport } from './scale/seedScale';
import { traceSeededRecoveries, type TraceSeedReport } from './scale/traceRecoveries';
import { seedDemo, type SeedReport } from './seedDemo';

/** The scale seed's random seed for the demo world: the same rows on every machine (as `db seed --scale`'s default). */
export const DEMO_WORLD_SEED = 1968;

export interface DemoWorldOptions {
  production: boolean;
  /** Synthetic A&D records in realistic chains (DEMO_AD_RECORDS); 0 for the hand-made demo world only. */
  adRecords: number;
  /** Traces requested of the synthetic recoveries, each by the agency that recovered it (DEMO_TRACES). */
  traces: number;
  onScaleProgress?: (done: number, total: number) => void;
  onTraceProgress?: (done: number, total: number) => void;
}

export interface DemoWorldReport {
  demo: SeedReport;
  /** Null when nothing synthetic was asked for, or the database was not new. */
  scale: ScaleReport | null;
  traces: TraceSeedReport | null;
}

/** The synthetic part a seed adds: none to a database that was not new, and no traces without records to trace. */
export function syntheticPart(demoSeeded: boolean, adRecords: number, traces: number) {
  const records = demoSeeded ? adRecords : 0;
  return { adRecords: records, traces: records > 0 ? traces : 0 };
}

export async function seedDemoWorld(
  database: DatabaseHandle,
  options: DemoWorldOptions,
): Promise<DemoWorldReport> {
  const demo = await seedDemo(database.db, { production: options.production });
  // A database that already had agencies is someone's: nothing synthetic goes into it either.
  const part = syntheticPart(demo.seeded, options.adRecords, options.traces);
  if (part.adRecords === 0) return { demo, scale: null, traces: null };
  const scale = await seedScale(database, {
    records: part.adRecords,
    seed: DEMO_WORLD_SEED,
    ...(options.onScaleProgress ? { onProgress: options.onScaleProgress } : {}),
  });
  const traces =
    scale.seeded && part.traces > 0
      ? await traceSeededRecoveries(database.db, part.traces, options.onTraceProgress)
      : null;
  return { demo, scale, traces };
}
