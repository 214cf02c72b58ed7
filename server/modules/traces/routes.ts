// Trace requests and the tracing centre's queue (/traces), and the record holder's side (/holder): its inbox of
// hops, its answers, the audit of look-ups into its records and the upload of its A&D records.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppInstance } from '../../app';
import { actorHasAbility } from '../../../core/sharing';
import { auditContextOf, requireAuth } from '../../platform/auth';
import { AppError } from '../../platform/errors';
import { csvLine } from '../../platform/http/csv';
import { pageQuery, pageResponse } from '../../platform/http/pagination';
import { idParam, problemResponses } from '../../platform/http/schemas';
import { auditForeignListReads, auditOnly } from '../../platform/transaction';
import { answerHop } from './commands/answerHop';
import { confirmCandidate } from './commands/confirmCandidate';
import { closeTrace } from './commands/closeTrace';
import { importAdRecords } from './commands/importAdRecords';
import { AD_IMPORT_DESCRIPTION } from './adImport/adImportDescription';
import { holderLookups } from './holderLookups';
import { readTrace } from './commands/readTrace';
import { requestTrace } from './commands/requestTrace';
import { requestTraces } from './batch/requestTraces';
import { traceResultPdf } from './resultPdf';
import {
  displaySerial,
  presentInboxHop,
  presentPurchaser,
  presentQueuedTrace,
  presentTrace,
  presentTraceBatch,
} from './presenters';
import { encodeTraceCursor, holderInbox, listTraces, ownHolders } from './queries';
import { traceQueue } from './queue';
import { EXPORT_LIMIT, presentTraceListItem, traceListCsv } from './traceList';
import {
  adImportResultView,
  closeTraceBody,
  confirmCandidateBody,
  hopAnswerBody,
  importAdQuery,
  holderLicencesView,
  inboxView,
  listTracesQuery,
  lookupLogView,
  requestTraceBatchBody,
  requestTraceBody,
  traceBatchView,
  queuedTraceView,
  traceFilterQuery,
  tracePage,
  traceView,
} from './schemas';
import { acceptRawBodies } from '../../platform/http/rawBodies';

const tags = ['traces'];
const holderTags = ['record holders'];
const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;
/**
 * An A&D file of MAX_AD_IMPORT_ROWS rows in one upload (131 MB for 1,000,000 typical rows). Only the bytes are held
 * whole; the import decodes and stages them a piece at a time.
 */
const AD_IMPORT_BODY_LIMIT = 256 * 1024 * 1024;

export function traceRoutes(app: AppInstance) {
  const { db } = app.services;
  acceptRawBodies(app, ['text/csv'], IMPORT_BODY_LIMIT);

  const detail = async (request: FastifyRequest, id: string) => {
    const { actor } = requireAuth(request);
    const { row, hops, access, canExport } = await readTrace(db, auditContextOf(request), actor, id);
    return presentTrace(row, hops, actor, access, canExport, request.locale);
  };
  const requireHolder = async (request: FastifyRequest) => {
    const auth = requireAuth(request);
    if (!auth.actor.recordHolder) throw new AppError('forbidden');
    return auth;
  };

  app.post(
    '/api/v1/traces',
    {
      schema: {
        tags,
        summary:
          'Request a trace of a recovered firearm (routed to the tracing centre; the walk starts at once)',
        body: requestTraceBody,
        response: { 201: traceView, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      let view: z.infer<typeof traceView> | undefined;
      // The answer is read in the request's own transaction: the trace as committed, with its read audit row.
      await requestTrace(db, auditContextOf(request), actor, request.body, async (tx, audit, id) => {
        const { row, hops, access, canExport } = await readTrace(
          tx,
          auditContextOf(request),
          actor,
          id,
          'read',
          audit,
        );
        view = presentTrace(row, hops, actor, access, canExport, request.locale);
      });
      return reply.status(201).send(view!);
    },
  );

  app.post(
    '/api/v1/traces/batch',
    {
      schema: {
        tags,
        summary:
          'Request traces of many recovered firearms at once (each checked, routed, walked and audited as one request would be); a result or a problem per firearm',
        body: requestTraceBatchBody,
        response: { 200: traceBatchView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      const { items, ...common } = request.body;
      const outcomes = await requestTraces(db, auditContextOf(request), actor, common, items);
      return presentTraceBatch(outcomes, request.locale);
    },
  );

  app.get(
    '/api/v1/traces',
    {
      schema: {
        tags,
        summary:
          "Traces I may read (my agency's and those shared with it), filtered and sorted; newest first by default",
        querystring: listTracesQuery,
        response: { 200: tracePage, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      const rows = await listTraces(db, actor, request.query);
      const items = rows.slice(0, request.query.limit);
      const last = items[items.length - 1];
      const nextCursor = rows.length > request.query.limit && last ? encodeTraceCursor(last) : null;
      await auditForeignListReads(db, auditContextOf(request), actor.agencyId, 'trace', items);
      return { items: items.map(presentTraceListItem), nextCursor };
    },
  );

  app.get(
    '/api/v1/traces/export.csv',
    {
      schema: {
        tags,
        summary:
          'Export the traces I may export, with the list filters (TLP rules apply; no personal data; formulas neutralised)',
        querystring: traceFilterQuery,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      const rows = await listTraces(db, actor, { ...request.query, limit: EXPORT_LIMIT }, 'export');
      await auditOnly(db, auditContextOf(request), {
        action: 'trace.export',
        recordType: 'trace',
        details: { count: rows.length, filter: request.query, ids: rows.slice(0, 1000).map((r) => r.id) },
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="rastro-traces.csv"')
        .send(traceListCsv(rows));
    },
  );

  app.get(
    '/api/v1/traces/queue',
    {
      schema: {
        tags,
        summary:
          "The tracing centre's open traces: urgent first, then by the deadline that comes first (the open hop's, or a day from the request while the centre must act), in keyset pages",
        querystring: z.object(pageQuery),
        response: { 200: pageResponse(queuedTraceView), ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      if (!actorHasAbility(actor, 'work_traces')) throw new AppError('forbidden');
      const page = await traceQueue(db, actor, request.query);
      return { items: page.items.map(presentQueuedTrace), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/v1/traces/:id',
    {
      schema: {
        tags,
        summary:
          'A trace: status at every step (which holder, since when, deadline) and the result (audited)',
        params: idParam,
        response: { 200: traceView, ...problemResponses },
      },
    },
    async (request) => detail(request, request.params.id),
  );

  app.get(
    '/api/v1/traces/:id/result.csv',
    {
      schema: {
        tags,
        summary:
          'The trace result as CSV: custody timeline, dealer, purchaser, TTC, indicators (formulas neutralised)',
        params: idParam,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      const { row, hops, access, canExport } = await readTrace(
        db,
        auditContextOf(request),
        actor,
        request.params.id,
        'export',
      );
      if (!canExport) throw new AppError('forbidden');
      // The same presented view as the JSON and the PDF, so each indicator's reason is the sentence they show.
      const view = presentTrace(row, hops, actor, access, canExport, request.locale);
      const lines = [csvLine(['section', 'field', 'value', 'detail'])];
      lines.push(csvLine(['trace', 'id', row.id, '']));
      // The handling label travels with the file, as on every page of the PDF.
      lines.push(csvLine(['trace', 'tlp', `TLP:${row.tlp}`, '']));
      lines.push(csvLine(['trace', 'status', row.status, row.reason ?? '']));
      lines.push(csvLine(['firearm', 'make', row.make, row.model]));
      lines.push(csvLine(['firearm', 'serial', displaySerial(row), row.serial_state]));
      lines.push(csvLine(['firearm', 'recovered_on', row.recovered_on_text, row.recovery_country]));
      const result = row.result;
      if (result) {
        for (const step of result.custody)
          lines.push(csvLine(['custody', step.kind, step.name, step.disposedOn]));
        lines.push(csvLine(['dealer', 'name', result.dealer.name, result.dealer.licence]));
        lines.push(csvLine(['dealer', 'state', result.dealer.usState, result.dealer.country]));
        const purchaser = presentPurchaser(result.purchaser, actor);
        lines.push(
          csvLine(['purchaser', 'name', purchaser.masked ? '***' : purchaser.name, purchaser.birthDate]),
        );
        lines.push(csvLine(['purchaser', 'address', purchaser.masked ? '***' : purchaser.address, '']));
        lines.push(csvLine(['purchase', 'date', result.purchaseDate, '']));
        lines.push(csvLine(['time_to_crime', 'days', result.ttc.days, result.ttc.band]));
        for (const i of view.result?.indicators ?? [])
          lines.push(csvLine(['indicator', i.code, i.strength, i.message]));
      }
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="rastro-trace-${row.id}.csv"`)
        .send(lines.join(''));
    },
  );

  app.get(
    '/api/v1/traces/:id/result.pdf',
    {
      schema: {
        tags,
        summary:
          'The trace result as PDF in my language: custody timeline, dealer, purchaser (masked as in the JSON), TTC, indicators, TLP label',
        params: idParam,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      const { row, hops, access, canExport } = await readTrace(
        db,
        auditContextOf(request),
        actor,
        request.params.id,
        'export',
      );
      if (!canExport) throw new AppError('forbidden');
      const view = presentTrace(row, hops, actor, access, canExport, request.locale);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="rastro-trace-${row.id}.pdf"`)
        .send(await traceResultPdf(view, request.locale));
    },
  );

  app.post(
    '/api/v1/traces/:id/confirm-candidate',
    {
      schema: {
        tags,
        summary:
          'Tracing officer: confirm the candidate firearm for a partly restored serial; the walk starts',
        params: idParam,
        body: confirmCandidateBody,
        response: { 200: traceView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      await confirmCandidate(db, auditContextOf(request), actor, request.params.id, request.body.serial);
      return detail(request, request.params.id);
    },
  );

  app.post(
    '/api/v1/traces/:id/close',
    {
      schema: {
        tags,
        summary:
          'Tracing officer: close an open trace as not traceable, with a reason and a note for the requester; open hops close',
        params: idParam,
        body: closeTraceBody,
        response: { 200: traceView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      await closeTrace(db, auditContextOf(request), actor, request.params.id, request.body);
      return detail(request, request.params.id);
    },
  );

  app.get(
    '/api/v1/holder/inbox',
    {
      schema: {
        tags: holderTags,
        summary: "Record holder: the hops addressed to my agency's licences (open first, by deadline)",
        response: { 200: inboxView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = await requireHolder(request);
      return { items: (await holderInbox(db, actor)).map(presentInboxHop) };
    },
  );

  app.post(
    '/api/v1/holder/hops/:id/answer',
    {
      schema: {
        tags: holderTags,
        summary: 'Record holder: answer a hop (sold or transferred to whom, when; or not in my records)',
        params: idParam,
        body: hopAnswerBody,
        response: { 200: z.object({ traceStatus: z.string() }), ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = await requireHolder(request);
      return answerHop(db, auditContextOf(request), actor, request.params.id, request.body);
    },
  );

  app.get(
    '/api/v1/holder/licences',
    {
      schema: {
        tags: holderTags,
        summary:
          "Record holder: my agency's licences (the A&D upload and the multiple-sales form offer them)",
        response: { 200: holderLicencesView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = await requireHolder(request);
      const rows = await ownHolders(db, actor.agencyId);
      return {
        items: rows.map((r) => ({
          licence: r.licence_number,
          name: r.name,
          kind: r.kind,
          country: r.country,
          usState: r.us_state,
        })),
      };
    },
  );

  app.get(
    '/api/v1/holder/lookups',
    {
      schema: {
        tags: holderTags,
        summary:
          'Record holder: every look-up into my A&D records (who asked, when, about which firearm, for which trace)',
        response: { 200: lookupLogView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = await requireHolder(request);
      return { items: await holderLookups(db, actor.agencyId) };
    },
  );

  app.post(
    '/api/v1/holder/ad-records/import',
    {
      bodyLimit: AD_IMPORT_BODY_LIMIT,
      schema: {
        tags: holderTags,
        summary:
          'Record holder: upload my A&D records (text/csv; UTF-8 or Windows-1252): bad rows by line, re-uploads change nothing',
        description: AD_IMPORT_DESCRIPTION,
        querystring: importAdQuery,
        consumes: ['text/csv'],
        response: { 200: adImportResultView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = await requireHolder(request);
      if (!Buffer.isBuffer(request.body)) throw new AppError('unsupported_media_type');
      // The whole handle, not just Kysely: on a PostgreSQL server the import then COPYs into a staging table.
      return importAdRecords(
        app.services.database,
        auditContextOf(request),
        actor,
        request.locale,
        request.body,
        request.query.licence,
      );
    },
  );
}
