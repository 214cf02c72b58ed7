// `rastro db seed --scale N`: N acquisition & disposition (A&D) records in realistic synthetic chains, with the
// recoveries, lost/stolen reports and multiple-sales reports (straw purchases: strawSales.ts) that go with them,
// written with COPY (pg-copy-streams on PostgreSQL, COPY FROM '/dev/blob' on PGlite) in one transaction, without the
// secondary indexes of nearly empty tables (rebuilt at the end, bulkSession.ts); then the match notices of the
// reports' recovered guns. Deterministic for a seed (but for the ids). It refuses a second run: scale holders'
// licences start with SCALE, and if any exist the database already has scale data (drop the database to seed again).
import { sql } from 'kysely';
import type { DatabaseHandle } from '../../connect';
import { auditOnly, inTransaction } from '../../../platform/transaction';
import { recordMatchNotices } from '../../../modules/firearms/match-notices/recordMatches';
import { copyRows, type CopyValue } from '../../../modules/traces/adImport/bulkCopy';
import '../../../modules/traces/tables';
import '../../../modules/firearms/tables';
import {
  AD_COPY_COLUMNS,
  LOST_STOLEN_COLUMNS,
  RECOVERY_COLUMNS,
  generateGuns,
  type ScaleAgencies,
} from './guns';
import { inBulkTransaction, openBulkSession } from './bulkSession';
import { planHolders } from './holders';
import { peoplePools } from './people';
import { seededRandom } from './random';
import { MULTIPLE_SALES_COLUMNS, MULTIPLE_SALES_FIREARM_COLUMNS } from './strawSales';

export interface ScaleOptions {
  records: number;
  seed?: number;
  /** Share of guns recovered (default 0.4: enough recoveries for serial search and trace benchmarks). */
  recoveredShare?: number;
  /** The day the data is "as of" (default 2026-10-31, or today if earlier): fixed so a seed always gives the same rows. */
  asOf?: string;
  onProgress?: (adRecords: number, total: number) => void;
}

export interface ScaleReport {
  seeded: boolean;
  holders: number;
  adRecords: number;
  guns: number;
  recoveries: number;
  lostStolen: number;
  /** Multiple-sales reports (straw purchases of 2–5 handguns), and the match notices their recovered guns gave. */
  multipleSales: number;
  matchNotices: number;
  seconds: number;
}

export const SCALE_LICENCE_PREFIX = 'SCALE';

const AGENCY_USERS = {
  mexico: ['MX-FGR', 'analista@fgr.demo'],
  sonora: ['MX-FGE-SON', 'investigador@fge-son.demo'],
  us: ['US-CBP', 'officer@cbp.demo'],
  tracingCentre: ['US-NTC', 'tracer@ntc.demo'],
} as const;

async function agenciesOf(database: DatabaseHandle): Promise<ScaleAgencies> {
  const entries = await Promise.all(
    Object.entries(AGENCY_USERS).map(async ([key, [code, email]]) => {
      const row = await database.db
        .selectFrom('users as u')
        .innerJoin('agencies as a', 'a.id', 'u.agency_id')
        .select(['u.id as userId', 'a.id as agencyId'])
        .where('a.code', '=', code)
        .where('u.email', '=', email)
        .executeTakeFirst();
      if (!row)
        throw new Error(`scale seed needs the demo agency ${code} and user ${email}: run \`rastro db seed\``);
      return [key, row] as const;
    }),
  );
  return Object.fromEntries(entries) as unknown as ScaleAgencies;
}

/**
 * The match notices of the seeded reports' recovered guns, written and audited as filing each report would (the
 * centre's and the recovering agency's), set-based in chunks (one audit call per chunk's notices).
 */
async function noticesFor(database: DatabaseHandle, reportIds: readonly string[]): Promise<number> {
  const context = { userId: null, agencyId: null, ip: null, requestId: 'seed-scale' };
  let written = 0;
  for (let i = 0; i < reportIds.length; i += 2000) {
    const chunk = reportIds.slice(i, i + 2000);
    written += await inTransaction(database.db, context, (tx, audit) =>
      recordMatchNotices(tx, audit, 'multiple_sales', chunk),
    );
  }
  return written;
}

export async function seedScale(database: DatabaseHandle, options: ScaleOptions): Promise<ScaleReport> {
  const started = performance.now();
  const seed = options.seed ?? 1968;
  const existing = await database.db
    .selectFrom('record_holders')
    .select(database.db.fn.countAll<string>().as('n'))
    .where('licence_number', 'like', `${SCALE_LICENCE_PREFIX}%`)
    .executeTakeFirstOrThrow();
  const none = {
    holders: 0,
    adRecords: 0,
    guns: 0,
    recoveries: 0,
    lostStolen: 0,
    multipleSales: 0,
    matchNotices: 0,
  };
  if (Number(existing.n) > 0) return { seeded: false, ...none, seconds: 0 };
  const agencies = await agenciesOf(database);
  const claimed = await database.db
    .selectFrom('record_holders')
    .select('makes')
    .where('kind', '=', 'manufacturer')
    .execute();
  const random = seededRandom(seed);
  const tag = `${SCALE_LICENCE_PREFIX}${seed.toString(36).toUpperCase()}`;
  // About 2.6 records per gun (origin, wholesaler in four chains of five, dealer; unconnected holders keep none).
  const holders = planHolders(
    random,
    Math.ceil(options.records / 2.6),
    tag,
    new Set(claimed.flatMap((c) => c.makes)),
  );
  const people = peoplePools(seed);
  const asOf = options.asOf ?? [new Date().toISOString().slice(0, 10), '2026-10-31'].sort()[0]!;

  const session = await openBulkSession(database);
  const target = session.target;
  const report = { ...none, holders: holders.all.length };
  const reportIds: string[] = [];
  // The generated rows reference only holders made just above, so foreign-key triggers can be skipped while loading
  // (about half the cost per row) when the role may (superuser); otherwise they run as usual.
  const skipTriggers = async (on: boolean) => {
    try {
      await session.run(`SET session_replication_role = ${on ? 'replica' : 'DEFAULT'}`);
    } catch {
      // Not allowed for this role: keep the checks.
    }
  };
  try {
    await skipTriggers(true);
    // About 0.15 recoveries per A&D record (see guns.ts): both tables load faster without their secondary indexes.
    const incoming = { ad_records: options.records, recoveries: Math.round(options.records * 0.15) };
    await inBulkTransaction(session, incoming, async () => {
      await copyRows(
        target,
        'record_holders',
        [
          'id',
          'kind',
          'name',
          'licence_number',
          'country',
          'us_state',
          'makes',
          'connected',
          'out_of_business',
        ],
        holders.all.map((h): CopyValue[] => [
          h.id,
          h.kind,
          h.name,
          h.licence,
          'US',
          h.usState,
          `{${h.makes.join(',')}}`,
          h.connected,
          h.outOfBusiness,
        ]),
      );
      const batches = generateGuns(
        {
          seed,
          tag,
          adRecords: options.records,
          recoveredShare: options.recoveredShare ?? 0.4,
          asOf,
          batchGuns: 20_000,
        },
        random,
        holders,
        people,
        agencies,
      );
      for (const batch of batches) {
        if (batch.ad.length) await copyRows(target, 'ad_records', AD_COPY_COLUMNS, batch.ad);
        if (batch.recoveries.length) await copyRows(target, 'recoveries', RECOVERY_COLUMNS, batch.recoveries);
        if (batch.lostStolen.length)
          await copyRows(target, 'lost_stolen_reports', LOST_STOLEN_COLUMNS, batch.lostStolen);
        if (batch.multipleSales.length) {
          await copyRows(target, 'multiple_sales_reports', MULTIPLE_SALES_COLUMNS, batch.multipleSales);
          await copyRows(
            target,
            'multiple_sales_firearms',
            MULTIPLE_SALES_FIREARM_COLUMNS,
            batch.multipleSalesFirearms,
          );
          reportIds.push(...batch.multipleSales.map((row) => String(row[0])));
        }
        report.adRecords = batch.adTotal;
        report.guns = batch.guns;
        report.recoveries += batch.recoveries.length;
        report.lostStolen += batch.lostStolen.length;
        options.onProgress?.(batch.adTotal, options.records);
      }
    });
  } finally {
    await skipTriggers(false);
    session.release();
  }
  // Fresh statistics, so the planner uses the indexes at once, and the visibility map set, so index-only scans (the
  // candidate look-ups, serial search) read no table pages: autovacuum would get there later, PGlite's never.
  const tables = [
    'record_holders',
    'ad_records',
    'recoveries',
    'lost_stolen_reports',
    'multiple_sales_firearms',
  ];
  for (const table of tables) await sql`VACUUM (ANALYZE) ${sql.table(table)}`.execute(database.db);
  report.multipleSales = reportIds.length;
  report.matchNotices = await noticesFor(database, reportIds);
  await auditOnly(
    database.db,
    { userId: null, agencyId: null, ip: null, requestId: 'seed-scale' },
    { action: 'demo.scale_seeded', details: { seed, ...report } },
  );
  return { seeded: true, ...report, seconds: Math.round((performance.now() - started) / 100) / 10 };
}
