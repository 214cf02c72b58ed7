// Pre-export notifications between competent authorities (PEN Online style): the exporting authority drafts
// and sends, the importing authority acknowledges, clears or objects; inbox and outbox per authority; and
// the parties (companies) named on notices.
import type { AppInstance } from '../../app';
import type { Actor } from '../../../core/sharing';
import type { Db } from '../../db/connect';
import { auditContextOf, requireAuth } from '../../platform/auth';
import { AppError, notFound } from '../../platform/errors';
import { csvLine } from '../../platform/http/csv';
import { pageOf } from '../../platform/http/pagination';
import { idParam, problemResponses } from '../../platform/http/schemas';
import { authorizeAbility } from '../../platform/policy';
import { auditForeignListReads, auditOnly } from '../../platform/transaction';
import { asciiFilename, ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES } from './attachmentFiles';
import { attachDocument, readAttachment, removeAttachment } from './commands/attachments';
import { createNotification } from './commands/createNotification';
import { createParty } from './commands/createParty';
import { readNotification } from './commands/readNotification';
import { sendNotification } from './commands/sendNotification';
import { transitionNotification, type WorkflowAction } from './commands/transitionNotification';
import { updateNotification } from './commands/updateNotification';
import { partyIdsOf, presentNotification, presentNotificationSummary, presentParty } from './presenters';
import {
  attachmentsOf,
  exportableNotifications,
  findReadableNotification,
  linesOf,
  linesOfMany,
  listNotifications,
  listParties,
  partiesById,
  type NotificationRow,
} from './queries';
import {
  actionBody,
  attachmentParams,
  attachmentQuery,
  createNotificationBody,
  createPartyBody,
  exportNotificationsQuery,
  listNotificationsQuery,
  listPartiesQuery,
  notificationPage,
  notificationView,
  objectBody,
  partyList,
  partyView,
  updateNotificationBody,
} from './schemas';
import { acceptRawBodies } from '../../platform/http/rawBodies';

const tags = ['notifications'];

async function viewOf(db: Db, actor: Actor, row: NotificationRow) {
  const [parties, lines, attachments] = await Promise.all([
    partiesById(db, partyIdsOf([row])),
    linesOf(db, row.id),
    attachmentsOf(db, row.id),
  ]);
  return presentNotification(row, actor, parties, lines, attachments);
}

async function currentView(db: Db, actor: Actor, id: string) {
  const row = await findReadableNotification(db, actor, id);
  if (!row) throw notFound('export_notification');
  return viewOf(db, actor, row);
}

/** Room above the attachment limit, so a too-large file gets the named field error rather than a bare 413. */
const ATTACHMENT_BODY_LIMIT = 4 * MAX_ATTACHMENT_BYTES;
const UPLOAD_TYPES = [...ATTACHMENT_TYPES, 'application/octet-stream'];

export function notificationRoutes(app: AppInstance) {
  const { db } = app.services;
  // Attachments arrive as raw bytes; the declared type is only a claim (the command reads the magic bytes).
  acceptRawBodies(app, UPLOAD_TYPES, ATTACHMENT_BODY_LIMIT);

  app.get(
    '/api/v1/parties',
    {
      schema: {
        tags,
        summary: "My authority's parties (companies named on notices)",
        querystring: listPartiesQuery,
        response: { 200: partyList, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      authorizeAbility(actor, 'manage_notifications');
      const rows = await listParties(db, actor, request.query.q, request.query.limit);
      return { items: rows.map(presentParty) };
    },
  );

  app.post(
    '/api/v1/parties',
    {
      schema: {
        tags,
        summary: 'Record a party (exporter, importer, consignee) for reuse across notices',
        body: createPartyBody,
        response: { 201: partyView, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      const row = await createParty(db, auditContextOf(request), actor, request.body);
      return reply.status(201).send(presentParty(row));
    },
  );

  app.get(
    '/api/v1/notifications',
    {
      schema: {
        tags,
        summary: 'Pre-export notifications I may read: inbox (to my authority) or outbox (from it)',
        querystring: listNotificationsQuery,
        response: { 200: notificationPage, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      const rows = await listNotifications(db, actor, request.query);
      const page = pageOf(rows, request.query.limit, (row) => ({ at: row.created_at, id: row.id }));
      await auditForeignListReads(
        db,
        auditContextOf(request),
        actor.agencyId,
        'export_notification',
        page.items,
      );
      const parties = await partiesById(db, partyIdsOf(page.items));
      return {
        items: page.items.map((row) => presentNotificationSummary(row, actor, parties)),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.get(
    '/api/v1/notifications/export.csv',
    {
      schema: {
        tags,
        summary: 'Export the notifications I may export, one row per line (TLP rules apply)',
        querystring: exportNotificationsQuery,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      const rows = await exportableNotifications(db, actor, request.query);
      const lines = [
        csvLine([
          'id',
          'reference',
          'status',
          'tlp',
          'voluntary',
          'exporting_authority',
          'importing_authority',
          'planned_dispatch_date',
          'response_due_date',
          'overdue',
          'point_of_entry',
          'transit_countries',
          'line',
          'substance',
          'cas',
          'quantity',
          'unit',
          'screening_status',
        ]),
      ];
      const ids = rows.map((r) => r.id);
      const allLines = await linesOfMany(db, ids);
      for (const r of rows)
        for (const line of allLines.get(r.id) ?? [])
          lines.push(
            csvLine([
              r.id,
              r.reference,
              r.status,
              `TLP:${r.tlp}`,
              r.voluntary,
              r.owner_code,
              r.importing_code,
              r.planned_dispatch_date,
              r.response_due_date,
              r.overdue,
              r.point_of_entry,
              r.transit_countries.join(' '),
              line.position,
              line.chemical_name ?? line.substance_name ?? line.smiles ?? line.cas,
              line.cas,
              line.quantity,
              line.unit,
              line.screening_status,
            ]),
          );
      // One summary row, and one row per notice of another country, in that authority's trail.
      await auditOnly(
        db,
        auditContextOf(request),
        {
          action: 'export_notification.export',
          recordType: 'export_notification',
          details: { count: rows.length, ids: ids.slice(0, 1000), filter: request.query },
        },
        ...rows
          .filter((r) => r.owner_agency_id !== actor.agencyId)
          .map((r) => ({
            action: 'export_notification.export_read',
            recordType: 'export_notification',
            recordId: r.id,
            ownerAgencyId: r.owner_agency_id,
          })),
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="rastro-notifications.csv"')
        .send(lines.join(''));
    },
  );

  app.get(
    '/api/v1/notifications/:id',
    {
      schema: {
        tags,
        summary: 'Open a notification with its lines and screening findings (audited)',
        params: idParam,
        response: { 200: notificationView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      const row = await readNotification(db, auditContextOf(request), actor, request.params.id);
      return viewOf(db, actor, row);
    },
  );

  app.post(
    '/api/v1/notifications',
    {
      schema: {
        tags,
        summary: 'Draft a pre-export notification',
        body: createNotificationBody,
        response: { 201: notificationView, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      const id = await createNotification(db, auditContextOf(request), actor, request.body);
      return reply.status(201).send(await currentView(db, actor, id));
    },
  );

  app.patch(
    '/api/v1/notifications/:id',
    {
      schema: {
        tags,
        summary: 'Edit a draft notification',
        params: idParam,
        body: updateNotificationBody,
        response: { 200: notificationView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      await updateNotification(db, auditContextOf(request), actor, request.params.id, request.body);
      return currentView(db, actor, request.params.id);
    },
  );

  app.post(
    '/api/v1/notifications/:id/send',
    {
      schema: {
        tags,
        summary: 'Send a draft to the importing authority (every line is screened; 15 days before dispatch)',
        params: idParam,
        body: actionBody,
        response: { 200: notificationView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      await sendNotification(db, auditContextOf(request), actor, request.params.id, request.body.version);
      return currentView(db, actor, request.params.id);
    },
  );

  const workflow: [WorkflowAction, string][] = [
    ['acknowledge', 'Acknowledge receipt (importing authority)'],
    ['clear', 'Clear the shipment (importing authority)'],
    ['ship', 'Record that the cleared shipment left (exporting authority)'],
    ['stop', 'Stop the notice: withdrawn, or the shipment will not go (exporting authority)'],
  ];
  for (const [action, summary] of workflow)
    app.post(
      `/api/v1/notifications/:id/${action}`,
      {
        schema: {
          tags,
          summary,
          params: idParam,
          body: actionBody,
          response: { 200: notificationView, ...problemResponses },
        },
      },
      async (request) => {
        const { actor } = requireAuth(request);
        await transitionNotification(
          db,
          auditContextOf(request),
          actor,
          request.params.id,
          action,
          request.body,
        );
        return currentView(db, actor, request.params.id);
      },
    );

  app.post(
    '/api/v1/notifications/:id/object',
    {
      schema: {
        tags,
        summary: 'Object to the shipment, with a reason (importing authority)',
        params: idParam,
        body: objectBody,
        response: { 200: notificationView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      await transitionNotification(
        db,
        auditContextOf(request),
        actor,
        request.params.id,
        'object',
        request.body,
      );
      return currentView(db, actor, request.params.id);
    },
  );

  app.post(
    '/api/v1/notifications/:id/attachments',
    {
      bodyLimit: ATTACHMENT_BODY_LIMIT,
      schema: {
        tags,
        summary:
          'Attach a document to a draft (raw PDF, PNG or JPEG bytes, at most 5 MiB; the type is read from the content)',
        params: idParam,
        querystring: attachmentQuery,
        consumes: UPLOAD_TYPES,
        response: { 201: notificationView, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      if (!Buffer.isBuffer(request.body)) throw new AppError('unsupported_media_type');
      await attachDocument(db, auditContextOf(request), actor, request.params.id, {
        kind: request.query.kind,
        filename: request.query.filename,
        content: request.body,
      });
      return reply.status(201).send(await currentView(db, actor, request.params.id));
    },
  );

  app.get(
    '/api/v1/notifications/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: 'Download an attached document (either authority; audited)',
        params: attachmentParams,
        produces: [...ATTACHMENT_TYPES],
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      const { id, attachmentId } = request.params;
      const file = await readAttachment(db, auditContextOf(request), actor, id, attachmentId);
      const content = Buffer.from(file.content);
      return reply
        .type(file.content_type)
        .header(
          'content-disposition',
          `attachment; filename="${asciiFilename(file.filename)}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        )
        .header('repr-digest', `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`)
        .send(content);
    },
  );

  app.delete(
    '/api/v1/notifications/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: 'Remove a document from a draft (exporting authority)',
        params: attachmentParams,
        response: { 200: notificationView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      const { id, attachmentId } = request.params;
      await removeAttachment(db, auditContextOf(request), actor, id, attachmentId);
      return currentView(db, actor, id);
    },
  );
}
