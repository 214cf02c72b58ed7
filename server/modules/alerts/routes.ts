// Alerts: bulletins an agency publishes to partner agencies; recipients see a list and a badge.
import type { AppInstance } from '../../app';
import { z } from 'zod';
import { auditContextOf, requireAuth } from '../../platform/auth';
import { AppError } from '../../platform/errors';
import { csvLine } from '../../platform/http/csv';
import { pageOf } from '../../platform/http/pagination';
import { idParam, problemResponses } from '../../platform/http/schemas';
import { allowedRows } from '../../platform/policy';
import { auditForeignListReads, auditOnly } from '../../platform/transaction';
import { actorHasAbility } from '../../../core/sharing';
import { publishAlert } from './commands/publishAlert';
import { readAlert } from './commands/readAlert';
import { updateAlert } from './commands/updateAlert';
import { presentAlert } from './presenters';
import { ALERT, countUnreadAlerts, findAlert, grantsByAlert, listReadableAlerts } from './queries';
import {
  alertPage,
  alertView,
  createAlertBody,
  listAlertsQuery,
  unreadCountView,
  updateAlertBody,
} from './schemas';

const tags = ['alerts'];

export function alertRoutes(app: AppInstance) {
  const { db } = app.services;

  app.get(
    '/api/v1/alerts',
    {
      schema: {
        tags,
        summary: 'Alerts I may read, newest first',
        querystring: listAlertsQuery,
        response: { 200: alertPage, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      if (!actorHasAbility(actor, 'read_alerts')) throw new AppError('forbidden');
      const rows = await listReadableAlerts(db, actor, request.query);
      const page = pageOf(rows, request.query.limit, (row) => ({ at: row.created_at, id: row.id }));
      const grants = await grantsByAlert(
        db,
        page.items.map((r) => r.id),
      );
      await auditForeignListReads(db, auditContextOf(request), actor.agencyId, 'alert', page.items);
      return {
        items: page.items.map((row) => presentAlert(row, actor, grants.get(row.id) ?? [])),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.get(
    '/api/v1/alerts/unread-count',
    {
      schema: {
        tags,
        summary: 'Unread alerts from other agencies (the notification badge)',
        response: { 200: unreadCountView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      return { count: actorHasAbility(actor, 'read_alerts') ? await countUnreadAlerts(db, actor) : 0 };
    },
  );

  app.get(
    '/api/v1/alerts/export.csv',
    {
      schema: {
        tags,
        summary: 'Export the alerts I may export (TLP rules apply)',
        querystring: z.object({}).strict(),
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      const rows = await db
        .selectFrom('alerts as al')
        .innerJoin('agencies as ag', 'ag.id', 'al.owner_agency_id')
        .select([
          'al.id',
          'al.title',
          'al.body',
          'al.tlp',
          'al.distribution',
          'al.created_at',
          'al.expires_at',
          'al.owner_agency_id',
          'ag.code',
        ])
        .where(allowedRows(actor, 'export', ALERT))
        .orderBy('al.created_at', 'desc')
        .limit(50_000)
        .execute();
      await auditOnly(db, auditContextOf(request), {
        action: 'alert.export',
        recordType: 'alert',
        details: { count: rows.length, ids: rows.slice(0, 1000).map((r) => r.id) },
      });
      const lines = [
        csvLine(['id', 'owner_agency', 'tlp', 'distribution', 'title', 'body', 'created_at', 'expires_at']),
      ];
      for (const r of rows)
        lines.push(
          csvLine([
            r.id,
            r.code,
            `TLP:${r.tlp}`,
            r.distribution,
            r.title,
            r.body,
            r.created_at,
            r.expires_at,
          ]),
        );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="rastro-alerts.csv"')
        .send(lines.join(''));
    },
  );

  app.get(
    '/api/v1/alerts/:id',
    {
      schema: {
        tags,
        summary: 'Open an alert (marks it read; audited)',
        params: idParam,
        response: { 200: alertView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      const { row, grants } = await readAlert(db, auditContextOf(request), actor, request.params.id);
      return presentAlert(row, actor, grants);
    },
  );

  app.post(
    '/api/v1/alerts',
    {
      schema: {
        tags,
        summary: 'Publish an alert',
        body: createAlertBody,
        response: { 201: alertView, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      const id = await publishAlert(db, auditContextOf(request), actor, request.body);
      return reply.status(201).send(presentAlert((await findAlert(db, actor, id))!, actor, []));
    },
  );

  app.patch(
    '/api/v1/alerts/:id',
    {
      schema: {
        tags,
        summary: 'Edit an alert or change who may see it',
        params: idParam,
        body: updateAlertBody,
        response: { 200: alertView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      await updateAlert(db, auditContextOf(request), actor, request.params.id, request.body);
      const row = (await findAlert(db, actor, request.params.id))!;
      return presentAlert(row, actor, (await grantsByAlert(db, [row.id])).get(row.id) ?? []);
    },
  );
}
