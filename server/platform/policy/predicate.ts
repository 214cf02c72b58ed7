// The sharing truth table (core/sharing) as SQL, for list and search queries: a row comes back exactly
// when `can(actor, action, row)` would say yes. Tested against `can` as a property test.
import { sql, type Expression, type SqlBool } from 'kysely';
import {
  EXPORTABLE_OUTSIDE_OWNER,
  mayDiscover,
  OPERATIONAL_ROLES,
  SHARING_ROLES,
  type Actor,
  type RecordAction,
} from '../../../core/sharing';

export interface RecordSource {
  /** Table alias (or name) holding the shared-record columns in the query. */
  alias: string;
  /** Record type as used in access grants, e.g. "alert". */
  recordType: string;
}

const col = (source: RecordSource, column: string) => sql.ref(`${source.alias}.${column}`);

function reachesSql(actor: Actor, source: RecordSource): Expression<SqlBool> {
  const ownOrGranted = sql<SqlBool>`(
    ${col(source, 'owner_agency_id')} = ${actor.agencyId}
    OR EXISTS (
      SELECT 1 FROM access_grants g
      WHERE g.record_type = ${source.recordType} AND g.record_id = ${col(source, 'id')}
        AND g.grantee_agency_id = ${actor.agencyId} AND g.revoked_at IS NULL)
  )`;
  if (actor.recordHolder) return ownOrGranted;
  const groupIds = actor.groupIds.length ? actor.groupIds : ['00000000-0000-0000-0000-000000000000'];
  return sql<SqlBool>`(
    ${ownOrGranted}
    OR (${col(source, 'tlp')} <> 'RED' AND (
      ${col(source, 'distribution')} = 'partners'
      OR (${col(source, 'distribution')} = 'country' AND ${col(source, 'owner_agency_id')} IN (
        SELECT a.id FROM agencies a WHERE a.country = ${actor.country}))
      OR (${col(source, 'distribution')} = 'group' AND ${col(source, 'sharing_group_id')} = ANY(${groupIds}::uuid[]))
    ))
  )`;
}

/** SQL that is true for the rows of `source` on which `actor` may perform `action`. */
export function allowedRows(actor: Actor, action: RecordAction, source: RecordSource): Expression<SqlBool> {
  if (!OPERATIONAL_ROLES.has(actor.role)) return sql<SqlBool>`false`;
  const ownAgency = sql<SqlBool>`${col(source, 'owner_agency_id')} = ${actor.agencyId}`;
  switch (action) {
    case 'read':
      return reachesSql(actor, source);
    case 'update':
      return ownAgency;
    case 'share':
      if (!SHARING_ROLES.has(actor.role)) return sql<SqlBool>`false`;
      return actor.role === 'agency_admin'
        ? ownAgency
        : sql<SqlBool>`(${ownAgency} AND ${col(source, 'tlp')} <> 'RED')`;
    case 'export': {
      const exportable = [...EXPORTABLE_OUTSIDE_OWNER];
      return sql<SqlBool>`(${reachesSql(actor, source)} AND (${ownAgency} OR ${col(source, 'tlp')} = ANY(${exportable}::text[])))`;
    }
  }
}

/**
 * Rows the actor may not read but may learn exist ("a match exists at agency X"): discovery without
 * disclosure. Owners opt a record out by marking it undiscoverable; record holders discover nothing.
 */
export function discoverableRows(actor: Actor, source: RecordSource): Expression<SqlBool> {
  if (!mayDiscover(actor)) return sql<SqlBool>`false`;
  return sql<SqlBool>`(${col(source, 'discoverable')} AND NOT ${reachesSql(actor, source)})`;
}
