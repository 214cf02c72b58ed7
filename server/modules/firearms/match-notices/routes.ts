// Match notices (as INTERPOL iARMS notifies the recording country when its gun turns up): a recovery matched a
// lost/stolen or multiple-sales report, or the reverse. The list of my agency's notices, the unread count for the
// navigation badge, and marking one read. Reading a notice that discloses another agency's record is audited as a
// read of that record; marking read is audited too.
import { z } from 'zod';
import { OPERATIONAL_ROLES, type Actor } from '../../../../core/sharing';
import type { AppInstance } from '../../../app';
import { auditContextOf, requireAuth } from '../../../platform/auth';
import { AppError, notFound } from '../../../platform/errors';
import { idParam, problemResponses } from '../../../platform/http/schemas';
import { auditOnly, inTransaction } from '../../../platform/transaction';
import { listNotices, unreadNoticeCount, type NoticeRow } from './queries';
import { matchNoticeList, matchNoticeQuery, matchNoticeView } from './schemas';

const tags = ['lost and stolen'];

function requireOperational(actor: Actor) {
  // Auditors and system admins read no operational records, so no notices about them either.
  if (!OPERATIONAL_ROLES.has(actor.role)) throw new AppError('forbidden');
}

function present(row: NoticeRow): z.infer<typeof matchNoticeView> {
  const agency = {
    id: row.other_agency_id,
    code: row.other_code,
    name: row.other_name,
    country: row.other_country,
  };
  const ownAgency = {
    id: row.own_agency_id,
    code: row.own_code,
    name: row.own_name,
    country: row.own_country,
  };
  return {
    id: row.id,
    createdAt: row.created_at.toISOString(),
    read: row.read_at !== null,
    serial: row.own_serial ?? row.serial_folded,
    own: {
      recordType: row.own_record_type,
      id: row.own_record_id,
      make: row.own_make,
      model: row.own_model,
      date: row.own_date,
      agency: ownAgency,
    },
    other: row.disclosed
      ? {
          recordType: row.other_record_type,
          agency,
          disclosed: true,
          id: row.other_record_id,
          make: row.other_make,
          model: row.other_model,
          date: row.other_date,
          kind: row.other_kind,
        }
      : {
          recordType: row.other_record_type,
          agency,
          disclosed: false,
          id: null,
          make: null,
          model: null,
          date: null,
          kind: null,
        },
    // Multiple-sales reports are no access-request record type (no registry, decision 0007): an undisclosed one
    // says only where it is, and the reader asks that agency outside the platform.
    requestAccess:
      row.disclosed || row.other_record_type === 'multiple_sales'
        ? null
        : {
            recordType: row.other_record_type,
            recordId: row.other_record_id,
            ownerAgency: agency,
            heldBy: row.other_held_by,
          },
  };
}

export function matchNoticeRoutes(app: AppInstance) {
  const { db } = app.services;

  app.get(
    '/api/v1/firearms/match-notices',
    {
      schema: {
        tags,
        summary:
          'My agency’s notices: a recovery matched a lost/stolen or multiple-sales report (or the reverse); the other record in full or as "a match exists at agency X"',
        querystring: matchNoticeQuery,
        response: { 200: matchNoticeList, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      requireOperational(actor);
      const rows = await listNotices(db, actor, { unread: request.query.unread });
      // Every other agency's record a notice shows: the disclosed other record, and a held report (decision 0016).
      const foreign = rows.flatMap((r) => [
        ...(r.disclosed && r.other_agency_id !== actor.agencyId
          ? [{ type: r.other_record_type, id: r.other_record_id, owner: r.other_agency_id, notice: r.id }]
          : []),
        ...(r.own_agency_id !== actor.agencyId
          ? [{ type: r.own_record_type, id: r.own_record_id, owner: r.own_agency_id, notice: r.id }]
          : []),
      ]);
      if (foreign.length)
        await auditOnly(
          db,
          auditContextOf(request),
          ...foreign.map((r) => ({
            action: `${r.type}.list_read`,
            recordType: r.type,
            recordId: r.id,
            ownerAgencyId: r.owner,
            details: { via: 'firearm_match_notice', noticeId: r.notice },
          })),
        );
      return { items: rows.map(present), unread: await unreadNoticeCount(db, actor) };
    },
  );

  app.get(
    '/api/v1/firearms/match-notices/unread-count',
    {
      schema: {
        tags,
        summary: 'How many of my agency’s match notices are unread (for the navigation badge)',
        response: { 200: z.object({ unread: z.number() }), ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      requireOperational(actor);
      return { unread: await unreadNoticeCount(db, actor) };
    },
  );

  app.post(
    '/api/v1/firearms/match-notices/:id/read',
    {
      schema: {
        tags,
        summary: 'Mark one of my agency’s match notices read (audited)',
        params: idParam,
        response: { 200: matchNoticeView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      requireOperational(actor);
      const [row] = await listNotices(db, actor, { id: request.params.id });
      if (!row) throw notFound('match_notice');
      await inTransaction(db, auditContextOf(request), async (tx, audit) => {
        await tx
          .updateTable('firearm_match_notices')
          .set({ read_at: new Date(), read_by_user_id: actor.userId })
          .where('id', '=', row.id)
          .where('read_at', 'is', null)
          .execute();
        await audit({
          action: 'firearm_match.notice_read',
          recordType: row.own_record_type,
          recordId: row.own_record_id,
          ownerAgencyId: row.own_agency_id,
          details: { noticeId: row.id },
        });
      });
      const [updated] = await listNotices(db, actor, { id: row.id });
      return present(updated!);
    },
  );
}
