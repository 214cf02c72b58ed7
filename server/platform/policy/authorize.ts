// Single-record checks: load what `can` needs (owner country, grants) and answer or throw.
// A record the actor may not read is reported as not found, so ids of others' records reveal nothing.
import {
  can,
  actorHasAbility,
  type Ability,
  type Actor,
  type RecordAction,
  type SharedRecord,
} from '../../../core/sharing';
import type { Distribution, Tlp } from '../../../core/sharing';
import type { Db } from '../../db/connect';
import { AppError, notFound } from '../errors';

export interface SharedRow {
  id: string;
  owner_agency_id: string;
  distribution: Distribution;
  sharing_group_id: string | null;
  tlp: Tlp;
}

export async function sharedRecordOf(db: Db, recordType: string, row: SharedRow): Promise<SharedRecord> {
  const [owner, grants] = await Promise.all([
    db
      .selectFrom('agencies')
      .select('country')
      .where('id', '=', row.owner_agency_id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('access_grants')
      .select('grantee_agency_id')
      .where('record_type', '=', recordType)
      .where('record_id', '=', row.id)
      .where('revoked_at', 'is', null)
      .execute(),
  ]);
  return {
    ownerAgencyId: row.owner_agency_id,
    ownerCountry: owner.country,
    distribution: row.distribution,
    sharingGroupId: row.sharing_group_id,
    tlp: row.tlp,
    grantedAgencyIds: grants.map((g) => g.grantee_agency_id),
  };
}

/** Throws unless the actor may perform `action`; a failed read is a 404, other failures 403. */
export async function authorizeRecord(
  db: Db,
  actor: Actor,
  action: RecordAction,
  recordType: string,
  row: SharedRow,
): Promise<SharedRecord> {
  const record = await sharedRecordOf(db, recordType, row);
  if (!can(actor, 'read', record)) throw notFound(recordType);
  if (action !== 'read' && !can(actor, action, record)) throw new AppError('forbidden');
  return record;
}

export function authorizeAbility(actor: Actor, ability: Ability): void {
  if (!actorHasAbility(actor, ability)) throw new AppError('forbidden');
}
