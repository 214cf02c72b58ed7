// Access requests with both agencies and the requester, for the owner's inbox and the requester's outbox.
import type { z } from 'zod';
import type { Db } from '../../db/connect';
import type { SharedRecordType } from '../../platform/policy';
import type { accessRequestView } from './schemas';

export async function listAccessRequests(
  db: Db,
  filter: { ownerAgencyId?: string; requesterAgencyId?: string; id?: string },
): Promise<z.infer<typeof accessRequestView>[]> {
  let query = db
    .selectFrom('access_requests as r')
    .innerJoin('agencies as o', 'o.id', 'r.owner_agency_id')
    .innerJoin('agencies as q', 'q.id', 'r.requester_agency_id')
    .innerJoin('users as u', 'u.id', 'r.requester_user_id')
    .select([
      'r.id',
      'r.record_type',
      'r.record_id',
      'r.reason',
      'r.status',
      'r.decision_note',
      'r.decided_at',
      'r.revocation_note',
      'r.revoked_at',
      'r.created_at',
      'o.id as o_id',
      'o.code as o_code',
      'o.name as o_name',
      'o.country as o_country',
      'q.id as q_id',
      'q.code as q_code',
      'q.name as q_name',
      'q.country as q_country',
      'u.id as u_id',
      'u.display_name as u_name',
      'u.email as u_email',
    ])
    .orderBy('r.created_at', 'desc')
    .limit(500);
  if (filter.ownerAgencyId) query = query.where('r.owner_agency_id', '=', filter.ownerAgencyId);
  if (filter.requesterAgencyId) query = query.where('r.requester_agency_id', '=', filter.requesterAgencyId);
  if (filter.id) query = query.where('r.id', '=', filter.id);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    recordType: r.record_type as SharedRecordType,
    recordId: r.record_id,
    ownerAgency: { id: r.o_id, code: r.o_code, name: r.o_name, country: r.o_country },
    requesterAgency: { id: r.q_id, code: r.q_code, name: r.q_name, country: r.q_country },
    requester: { id: r.u_id, displayName: r.u_name, email: r.u_email },
    reason: r.reason,
    status: r.status,
    decisionNote: r.decision_note,
    decidedAt: r.decided_at?.toISOString() ?? null,
    revocationNote: r.revocation_note,
    revokedAt: r.revoked_at?.toISOString() ?? null,
    createdAt: r.created_at.toISOString(),
  }));
}
