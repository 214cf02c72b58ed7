// The audit page's API: filterable, paged, exportable as CSV. Exports are themselves audited.
import { Readable } from 'node:stream';
import type { AppInstance } from '../../app';
import { auditContextOf, requireAuth } from '../../platform/auth';
import { AppError } from '../../platform/errors';
import { csvLine } from '../../platform/http/csv';
import { problemResponses } from '../../platform/http/schemas';
import { authorizeAbility } from '../../platform/policy';
import { auditOnly } from '../../platform/transaction';
import { auditEventsQuery, presentAuditEvent } from './queries';
import { auditFilterQuery, auditPage } from './schemas';

const tags = ['audit'];
const EXPORT_BATCH = 5000;
const EXPORT_MAX = 1_000_000;

export function auditRoutes(app: AppInstance) {
  const { db } = app.services;
  app.get(
    '/api/v1/audit',
    {
      schema: {
        tags,
        summary: 'Audit events (auditors: their agency; system admins: all)',
        querystring: auditFilterQuery,
        response: { 200: auditPage, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      const { limit, cursor, ...filter } = request.query;
      let query = auditEventsQuery(db, actor, filter);
      if (cursor) {
        if (!/^\d{1,19}$/.test(cursor) || BigInt(cursor) > 9223372036854775807n)
          throw new AppError('validation', {}, [{ field: 'cursor', message: 'invalid_format' }]);
        query = query.where('e.id', '<', cursor);
      }
      const rows = await query.limit(limit + 1).execute();
      const items = rows.slice(0, limit);
      return {
        items: items.map(presentAuditEvent),
        nextCursor: rows.length > limit ? (items[items.length - 1]?.id ?? null) : null,
      };
    },
  );

  app.get(
    '/api/v1/audit/export.csv',
    {
      schema: {
        tags,
        summary: 'Export the filtered audit trail as CSV',
        querystring: auditFilterQuery,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      const { limit: _limit, cursor: _cursor, ...filter } = request.query;
      authorizeAbility(actor, 'read_audit');
      await auditOnly(db, auditContextOf(request), { action: 'audit.export', details: { filter } });
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="rastro-audit.csv"');
      async function* lines() {
        yield csvLine([
          'id',
          'at',
          'actor_email',
          'actor_agency',
          'action',
          'record_type',
          'record_id',
          'owner_agency_id',
          'ip',
          'request_id',
          'details',
        ]);
        let before: string | null = null;
        let sent = 0;
        while (sent < EXPORT_MAX) {
          let query = auditEventsQuery(db, actor, filter);
          if (before) query = query.where('e.id', '<', before);
          const rows = await query.limit(EXPORT_BATCH).execute();
          if (rows.length === 0) return;
          yield rows
            .map((r) =>
              csvLine([
                r.id,
                r.at,
                r.actor_email,
                r.agency_code,
                r.action,
                r.record_type,
                r.record_id,
                r.owner_agency_id,
                r.ip,
                r.request_id,
                r.details,
              ]),
            )
            .join('');
          sent += rows.length;
          before = rows[rows.length - 1]!.id;
        }
      }
      return reply.send(Readable.from(lines()));
    },
  );
}
