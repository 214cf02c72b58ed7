// Discovery without disclosure: for records a search matched but the user may not read, say only that
// a match exists and which agency holds it, so the user can ask for access. Later searches reuse this.
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Actor, Country } from '../../../core/sharing';
import type { Db } from '../../db/connect';
import { discoverableRows } from './predicate';
import { SHARED_RECORD_TABLES, type SharedRecordType } from './sharedRecordTypes';

export interface DiscoveryHit {
  recordType: SharedRecordType;
  recordId: string;
  ownerAgency: { id: string; code: string; name: string; country: Country };
  /** Who decides a request when not the owner: the tracing centre that holds a dealer's report (decision 0016). */
  heldBy: { id: string; code: string; name: string; country: Country } | null;
}

/**
 * Records of `recordType` matching `match` (an SQL condition over alias `r`) that the actor may not
 * read and whose owner left them discoverable.
 */
export async function discoverHits(
  db: Db,
  actor: Actor,
  recordType: SharedRecordType,
  match: Expression<SqlBool>,
  limit = 50,
): Promise<DiscoveryHit[]> {
  const table = SHARED_RECORD_TABLES[recordType];
  const result = await sql<{
    id: string;
    owner_agency_id: string;
    code: string;
    name: string;
    country: Country;
  }>`
    SELECT r.id, r.owner_agency_id, a.code, a.name, a.country
    FROM ${sql.table(table)} AS r JOIN agencies a ON a.id = r.owner_agency_id
    WHERE ${discoverableRows(actor, { alias: 'r', recordType })} AND ${match}
    ORDER BY r.created_at DESC LIMIT ${limit}`.execute(db);
  return result.rows.map((row) => ({
    recordType,
    recordId: row.id,
    ownerAgency: { id: row.owner_agency_id, code: row.code, name: row.name, country: row.country },
    // Alerts and the other records found here are agencies' own; no centre holds them for anyone.
    heldBy: null,
  }));
}
