// Sizes the tables serial search reads (recoveries, lost/stolen reports, traces) as the 10,000,000-record seed makes
// them, whatever BENCH_AD_RECORDS seeded: ad_records is never searched (NO REGISTRY), so only these tables decide the
// latency. The 2,000,000-record seed made 303,844 recoveries, 3,664 lost/stolen reports and 7,040 traces; the extra
// rows copy seeded ones (owner, sharing, make, dates) with fresh serials in the seed's shape (make prefix + 7 base-36
// characters), inserted set-based in the database. BENCH_SEARCH_AD_EQUIVALENT (default 10,000,000) sets the scale.
import { sql } from 'kysely';
import type { ScaleDatabase } from './tracingDatabase';

const PER_AD_RECORD = { recoveries: 303_844 / 2e6, lost_stolen_reports: 3_664 / 2e6, traces: 7_040 / 2e6 };
const PADDING_CASE = 'SERIAL-PAD-';

export function searchTableTargets() {
  const fromEnv = Number(process.env.BENCH_SEARCH_AD_EQUIVALENT);
  const adEquivalent = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 10_000_000;
  return {
    adEquivalent,
    recoveries: Math.round(PER_AD_RECORD.recoveries * adEquivalent),
    lost_stolen_reports: Math.round(PER_AD_RECORD.lost_stolen_reports * adEquivalent),
    traces: Math.round(PER_AD_RECORD.traces * adEquivalent),
  };
}

/** SQL for a serial in the seed's shape: the source row's make prefix + 7 base-36 characters drawn from `seed`. */
const freshSerial = (prefix: string, seed: string) =>
  `(left(${prefix}, 2) || (SELECT string_agg(substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
      1 + get_byte(decode(md5(${seed}), 'hex'), i) % 36, 1), '' ORDER BY i) FROM generate_series(0, 6) i))`;
// core/firearms LOOK_ALIKE_FOLDS as SQL (O→0, I→1, L→1, S→5, B→8, Z→2, G→6).
const folded = (plain: string) => `translate(${plain}, 'OILSBZG', '0115826')`;

async function count(database: ScaleDatabase, table: string): Promise<number> {
  const result = await database.pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(result.rows[0]!.n);
}

/** Adds rows until each searched table holds its target; a second run adds nothing. Returns the rows added. */
export async function padSearchTables(database: ScaleDatabase): Promise<number> {
  const target = searchTableTargets();
  let added = 0;
  const missingRecoveries = target.recoveries - (await count(database, 'recoveries'));
  if (missingRecoveries > 0) {
    process.stderr.write(`serial search: adding ${missingRecoveries} recoveries (10M-scale tables)…\n`);
    const result = await database.pool.query(`
      INSERT INTO recoveries (owner_agency_id, distribution, sharing_group_id, tlp, discoverable, serial_state,
        serial_raw, serial_plain, serial_folded, make, make_id, make_key, model, caliber, caliber_id, type,
        recovered_on, recovery_country, recovery_state, recovery_municipality, crime_code, case_number,
        created_by_user_id, created_at)
      SELECT s.owner_agency_id, s.distribution, s.sharing_group_id, s.tlp, s.discoverable, 'intact',
        p.serial, p.serial, ${folded('p.serial')}, s.make, s.make_id, s.make_key, s.model, s.caliber, s.caliber_id,
        s.type, s.recovered_on, s.recovery_country, s.recovery_state, s.recovery_municipality, s.crime_code,
        '${PADDING_CASE}' || g, s.created_by_user_id, s.created_at
      FROM generate_series(1, ${missingRecoveries}) g
      JOIN (SELECT row_number() OVER (ORDER BY id) - 1 AS n, * FROM recoveries WHERE serial_state = 'intact') s
        ON s.n = g % (SELECT count(*) FROM recoveries WHERE serial_state = 'intact')
      CROSS JOIN LATERAL (SELECT ${freshSerial('s.serial_plain', "'r' || g")} AS serial) p`);
    added += result.rowCount ?? 0;
  }
  const missingReports = target.lost_stolen_reports - (await count(database, 'lost_stolen_reports'));
  if (missingReports > 0) {
    const result = await database.pool.query(`
      INSERT INTO lost_stolen_reports (owner_agency_id, distribution, sharing_group_id, tlp, discoverable, kind,
        serial_raw, serial_plain, serial_folded, make, make_id, make_key, model, caliber, type, reported_on, details,
        created_by_user_id, created_at)
      SELECT s.owner_agency_id, s.distribution, s.sharing_group_id, s.tlp, s.discoverable, s.kind,
        p.serial, p.serial, ${folded('p.serial')}, s.make, s.make_id, s.make_key, s.model, s.caliber, s.type,
        s.reported_on, '${PADDING_CASE}' || g, s.created_by_user_id, s.created_at
      FROM generate_series(1, ${missingReports}) g
      JOIN (SELECT row_number() OVER (ORDER BY id) - 1 AS n, * FROM lost_stolen_reports) s
        ON s.n = g % (SELECT count(*) FROM lost_stolen_reports)
      CROSS JOIN LATERAL (SELECT ${freshSerial('s.serial_plain', "'l' || g")} AS serial) p`);
    added += result.rowCount ?? 0;
  }
  const missingTraces = target.traces - (await count(database, 'traces'));
  if (missingTraces > 0) {
    // A trace snapshots its recovery's firearm and sharing; these ask about padded recoveries, as submitted.
    const result = await database.pool.query(`
      INSERT INTO traces (owner_agency_id, distribution, sharing_group_id, tlp, discoverable, recovery_id, priority,
        status, routing_reason, make, make_key, model, serial_folded, serial_plain, serial_state, recovered_on,
        recovery_country, created_by_user_id, created_at)
      SELECT r.owner_agency_id, r.distribution, r.sharing_group_id, r.tlp, r.discoverable, r.id, 'routine',
        'submitted', 'bench', r.make, r.make_key, r.model, r.serial_folded, r.serial_plain, r.serial_state,
        r.recovered_on, r.recovery_country, r.created_by_user_id, r.created_at
      FROM recoveries r
      WHERE r.case_number LIKE '${PADDING_CASE}%'
        AND NOT EXISTS (SELECT 1 FROM traces t WHERE t.recovery_id = r.id)
      LIMIT ${missingTraces}`);
    added += result.rowCount ?? 0;
  }
  if (added > 0) await sql`ANALYZE recoveries, lost_stolen_reports, traces`.execute(database.db);
  return added;
}
