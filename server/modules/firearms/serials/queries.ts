// Serial look-ups across the records that carry a serial (recoveries, lost/stolen reports, traces): readable matches in
// full through the policy's SQL predicate, the others as "a match exists at agency X" (discovery without disclosure).
import { prepared } from '../../../db/preparedStatements';
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Actor, Country } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import { allowedRows, discoverableRows, type DiscoveryHit } from '../../../platform/policy';
import { heldByCentre, type HeldBy } from '../lost-stolen/commands/holdAtTracingCentre';
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

/** A serial condition on alias `r`, or one built per table (fuzzy search looks ids up in the table's own indexes). */
export type SerialMatch = Expression<SqlBool> | ((table: string) => Expression<SqlBool>);

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

export interface SerialSearchLimits {
  /** Readable records per record type, by `similarity` to the folded form, then newest. */
  readable: number;
  /** Records the actor may only learn exist, per record type, newest first. */
  hidden: number;
  exceptId?: string;
  /** Equality matches only: run as a named prepared statement (a pattern's generic plan would lose its index). */
  prepare?: boolean;
}

interface SerialSearchRow extends SerialRecordRow {
  readable: boolean;
  held_by: HeldBy | null;
}

/**
 * Readable records and discovery-only hits of every record type matching `match`, in ONE statement: each table is
 * scanned once (through its serial index), and the policy's own predicates tell the two apart — allowedRows for what
 * the actor may read, discoverableRows for what they may only learn exists (empty for record holders, mayDiscover).
 */
export async function serialRecords(
  db: Db,
  actor: Actor,
  match: SerialMatch,
  folded: string,
  limits: SerialSearchLimits,
): Promise<{ readable: SerialRecordRow[]; hidden: DiscoveryHit[] }> {
  const types = Object.entries(SOURCES) as [SerialRecordType, (typeof SOURCES)[SerialRecordType]][];
  const matched = types.map(([recordType, source]) => {
    const policy = { alias: 'r', recordType };
    const readable = limits.readable > 0 ? allowedRows(actor, 'read', policy) : sql<SqlBool>`false`;
    const hidden = limits.hidden > 0 ? discoverableRows(actor, policy) : sql<SqlBool>`false`;
    const matching = typeof match === 'function' ? match(source.table) : match;
    return sql`${sql.table(`m_${recordType}`)} AS MATERIALIZED (
      SELECT ${recordType}::text AS record_type, r.id, r.serial_plain, r.serial_folded,
             ${sql.raw(source.state)} AS serial_state, r.make, r.model, ${sql.raw(source.caliber)} AS caliber,
             ${sql.raw(source.type)} AS type, r.${sql.raw(source.date)}::text AS date, ${sql.raw(source.kind)} AS kind,
             r.created_at, r.owner_agency_id, a.code AS owner_code, a.name AS owner_name, a.country AS owner_country,
             coalesce(similarity(r.serial_folded, ${folded}), 0)::float8 AS similarity, ${readable} AS readable
      FROM ${sql.table(source.table)} AS r JOIN agencies a ON a.id = r.owner_agency_id
      WHERE ${matching} AND (${readable} OR ${hidden})
        ${limits.exceptId ? excluding(recordType, limits.exceptId) : sql``})`;
  });
  const picked = types.flatMap(([recordType]) => {
    const from = sql.table(`m_${recordType}`);
    // A hidden hit also says who decides a request for it, when not its owner (a dealer's report, decision 0016).
    const heldBy = heldByCentre(recordType, sql.ref('x.id'), sql.ref('x.owner_agency_id'));
    return [
      sql`(SELECT x.*, NULL::jsonb AS held_by FROM ${from} x WHERE readable
           ORDER BY similarity DESC, created_at DESC LIMIT ${limits.readable})`,
      sql`(SELECT x.*, ${heldBy} AS held_by FROM ${from} x WHERE NOT readable
           ORDER BY created_at DESC LIMIT ${limits.hidden})`,
    ];
  });
  // UNION ALL appends its branches in order: rows come by record type, each branch in its own ORDER BY.
  // Planning this statement costs ~20 times an exact match's execution: a named prepared statement on a server.
  const result = await sql<SerialSearchRow>`${limits.prepare ? prepared : sql``}
    WITH ${sql.join(matched)} ${sql.join(picked, sql` UNION ALL `)}`.execute(db);
  const readable: SerialRecordRow[] = [];
  const hidden: DiscoveryHit[] = [];
  for (const { readable: canRead, held_by: heldBy, ...row } of result.rows) {
    if (canRead) readable.push(row);
    else
      hidden.push({
        recordType: row.record_type,
        recordId: row.id,
        ownerAgency: {
          id: row.owner_agency_id,
          code: row.owner_code,
          name: row.owner_name,
          country: row.owner_country,
        },
        heldBy,
      });
  }
  return { readable, hidden };
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
  const { readable, hidden } = await serialRecords(db, actor, match, firearm.serialFolded, {
    readable: 50,
    hidden: 50,
    exceptId: firearm.id,
  });
  readable.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { readable, hidden };
}
