// The audit trail as auditors read it: their agency's own actions and every action on their agency's
// records (system admins: everything), filtered and paged by id, newest first.
import { sql, type SqlBool } from 'kysely';
import type { z } from 'zod';
import { actorHasAbility, type Actor } from '../../../core/sharing';
import type { Db } from '../../db/connect';
import { AppError } from '../../platform/errors';
import type { auditEventView, auditFilterQuery } from './schemas';

type Filter = Omit<z.infer<typeof auditFilterQuery>, 'limit' | 'cursor'>;

export function auditEventsQuery(db: Db, actor: Actor, filter: Filter) {
  if (!actorHasAbility(actor, 'read_audit')) throw new AppError('forbidden');
  let query = db
    .selectFrom('audit_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_user_id')
    .leftJoin('agencies as a', 'a.id', 'e.actor_agency_id')
    .select([
      'e.id',
      'e.at',
      'e.action',
      'e.record_type',
      'e.record_id',
      'e.owner_agency_id',
      'e.ip',
      'e.request_id',
      'e.details',
      'e.actor_user_id',
      'u.email as actor_email',
      'u.display_name as actor_name',
      'e.actor_agency_id',
      'a.code as agency_code',
      'a.name as agency_name',
    ]);
  if (!actorHasAbility(actor, 'manage_agencies')) {
    query = query.where(
      sql<SqlBool>`(e.actor_agency_id = ${actor.agencyId} OR e.owner_agency_id = ${actor.agencyId})`,
    );
  }
  if (filter.action)
    query = query.where('e.action', 'like', `${filter.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (filter.actorEmail) query = query.where('u.email', '=', filter.actorEmail);
  if (filter.recordType) query = query.where('e.record_type', '=', filter.recordType);
  if (filter.recordId) query = query.where('e.record_id', '=', filter.recordId);
  if (filter.agencyId)
    query = query.where((eb) =>
      eb.or([eb('e.actor_agency_id', '=', filter.agencyId!), eb('e.owner_agency_id', '=', filter.agencyId!)]),
    );
  if (filter.from) query = query.where('e.at', '>=', new Date(filter.from));
  if (filter.to) query = query.where('e.at', '<=', new Date(filter.to));
  return query.orderBy('e.id', 'desc');
}

export type AuditRow = Awaited<ReturnType<ReturnType<typeof auditEventsQuery>['execute']>>[number];

export function presentAuditEvent(row: AuditRow): z.infer<typeof auditEventView> {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor:
      row.actor_user_id && row.actor_email
        ? { id: row.actor_user_id, email: row.actor_email, displayName: row.actor_name ?? '' }
        : null,
    actorAgency:
      row.actor_agency_id && row.agency_code
        ? { id: row.actor_agency_id, code: row.agency_code, name: row.agency_name ?? '' }
        : null,
    action: row.action,
    recordType: row.record_type,
    recordId: row.record_id,
    ownerAgencyId: row.owner_agency_id,
    ip: row.ip,
    requestId: row.request_id,
    details: row.details,
  };
}
