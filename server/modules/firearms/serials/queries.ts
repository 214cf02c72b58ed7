// Serial look-ups across the records that carry a serial (recoveries, lost/stolen reports, traces): readable matches in
// full through the policy's SQL predicate, the others as "a match exists at agency X" (discovery without disclosure).
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Actor, Country } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import { allowedRows, discoverHits, type DiscoveryHit } from '../../../platform/policy';
import '../tables';

export type SerialRecordType = 'recovery' | 'lost_stolen' | 'trace';

const SOURCES: Record<
  SerialRecordType,
  { table: string; date: string; state: string; kind: string; caliber: string; type: string }
> = {
  recovery: {
    table: 'recoveries',
    date: 'recovered_on',
    state: 'r.serial_state',
    kind: 'NULL::text',
    caliber: 'r.caliber',
    type: 'r.type',
  },
  lost_stolen: {
    table: 'lost_stolen_reports',
    date: 'reported_on',
    state: "'intact'::text",
    kind: 'r.kind',
    caliber: 'r.caliber',
    type: 'r.type',
  },
  // A trace carries the firearm as asked about (or its confirmed candidate); caliber and type stay with the
  // recovery, which has its own sharing.
  trace: {
    table: 'traces',
    date: 'recovered_on',
    state: 'r.serial_state',
    kind: 'NULL::text',
    caliber: 'NULL::text',
    type: 'NULL::text',
  },
};

export interface SerialRecordRow {
  record_type: SerialRecordType;
  id: string;
  serial_plain: string | null;
  serial_folded: string | null;
  serial_state: 'intact' | 'obliterated' | 'partly_restored';
  make: string | null;
  model: string | null;
  caliber: string | null;
  type: string | null;
  date: string;
  kind: 'lost' | 'stolen' | null;
  created_at: Date;
  owner_agency_id: string;
  owner_code: string;
  owner_name: string;
  owner_country: Country;
  similarity: number;
}

/** Readable records of both types matching `match`, at most `limit` of each (by `similarity` to `folded`, newest). */
export async function readableSerialRecords(
  db: Db,
  actor: Actor,
  match: Expression<SqlBool>,
  folded: string,
  limit = 200,
  exceptId?: string,
): Promise<SerialRecordRow[]> {
  const rows: SerialRecordRow[] = [];
  for (const [recordType, source] of Object.entries(SOURCES) as [
    SerialRecordType,
    (typeof SOURCES)[SerialRecordType],
  ][]) {
    const result = await sql<SerialRecordRow>`
      SELECT ${recordType}::text AS record_type, r.id, r.serial_plain, r.serial_folded,
             ${sql.raw(source.state)} AS serial_state, r.make, r.model, ${sql.raw(source.caliber)} AS caliber,
             ${sql.raw(source.type)} AS type, r.${sql.raw(source.date)}::text AS date, ${sql.raw(source.kind)} AS kind,
             r.created_at, r.owner_agency_id, a.code AS owner_code, a.name AS owner_name, a.country AS owner_country,
             coalesce(similarity(r.serial_folded, ${folded}), 0)::float8 AS similarity
      FROM ${sql.table(source.table)} AS r JOIN agencies a ON a.id = r.owner_agency_id
      WHERE ${allowedRows(actor, 'read', { alias: 'r', recordType })} AND ${match}
        ${exceptId ? excluding(recordType, exceptId) : sql``}
      ORDER BY similarity DESC, r.created_at DESC LIMIT ${limit}`.execute(db);
    rows.push(...result.rows);
  }
  return rows;
}

/** Hits of every type the actor may not read but may learn exist. */
export async function hiddenSerialHits(
  db: Db,
  actor: Actor,
  match: Expression<SqlBool>,
  exceptId?: string,
): Promise<DiscoveryHit[]> {
  const hits: DiscoveryHit[] = [];
  for (const recordType of Object.keys(SOURCES) as SerialRecordType[]) {
    const condition = exceptId ? sql<SqlBool>`(${match} ${excluding(recordType, exceptId)})` : match;
    hits.push(...(await discoverHits(db, actor, recordType, condition)));
  }
  return hits;
}

/** Leaves out the record itself and, for a recovery, its own traces (its page lists those already). */
function excluding(recordType: SerialRecordType, exceptId: string) {
  return recordType === 'trace'
    ? sql`AND r.id <> ${exceptId} AND r.recovery_id <> ${exceptId}`
    : sql`AND r.id <> ${exceptId}`;
}

/** Same stamped serial (folded) and, when the make is known, the same make: the earlier records of one firearm. */
export function sameFirearm(serialFolded: string, makeKey: string | null): Expression<SqlBool> {
  return makeKey
    ? sql<SqlBool>`(r.serial_folded = ${serialFolded} AND (r.make_key = ${makeKey} OR r.make_key IS NULL))`
    : sql<SqlBool>`r.serial_folded = ${serialFolded}`;
}

export interface Related {
  readable: SerialRecordRow[];
  hidden: DiscoveryHit[];
}

/** Earlier records of the firearm with this serial and make, so a new record links to them instead of starting blind. */
export async function relatedRecords(
  db: Db,
  actor: Actor,
  firearm: { id: string; serialFolded: string | null; makeKey: string | null; partly: boolean },
): Promise<Related> {
  // A partly restored serial is a pattern, not an identity: candidates for it come with traces, not here.
  if (!firearm.serialFolded || firearm.partly) return { readable: [], hidden: [] };
  const match = sameFirearm(firearm.serialFolded, firearm.makeKey);
  const [readable, hidden] = await Promise.all([
    readableSerialRecords(db, actor, match, firearm.serialFolded, 50, firearm.id),
    hiddenSerialHits(db, actor, match, firearm.id),
  ]);
  readable.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { readable, hidden };
}
