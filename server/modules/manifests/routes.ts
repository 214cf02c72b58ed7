// Manifest screening (CSV or XLSX in, JSON or CSV report out) and each agency's watch list of parties.
import { z } from 'zod';
import type { AppInstance } from '../../app';
import type { LineReport } from '../../../core/chemicals/manifest';
import { auditContextOf, requireAuth } from '../../platform/auth';
import { AppError, invalidFields, type FieldError } from '../../platform/errors';
import { idParam, problemResponses } from '../../platform/http/schemas';
import { authorizeAbility } from '../../platform/policy';
import { recordManifestScreening, screenManifestBytes, screeningContext } from './commands/screenManifest';
import { addWatchEntry, removeWatchEntry } from './commands/watchList';
import { ManifestFileError, sniffFormat } from './readers/records';
import { reportHeader, reportRow } from './reportCsv';
import {
  XLSX_MIME,
  addWatchEntryBody,
  manifestReportView,
  removeWatchEntryBody,
  screenManifestQuery,
  watchEntryView,
  watchListView,
} from './schemas';
import { manifestDb } from './tables';
import { mayManageWatchList } from './watchListAccess';
import { acceptRawBodies } from '../../platform/http/rawBodies';

const MANIFEST_BODY_LIMIT = 32 * 1024 * 1024;

/** A file that cannot be screened, as problem+json with the reason on the `file` field. */
function fileProblem(error: unknown): AppError {
  if (!(error instanceof ManifestFileError))
    return invalidFields({ field: 'file', message: 'manifest_unreadable' });
  if (error.code !== 'header')
    return invalidFields({ field: 'file', message: error.code, params: error.params });
  const fields: FieldError[] = error.problems.map((p) => {
    if (p.code === 'empty') return { field: 'file', message: 'manifest_empty' };
    if (p.code === 'no_substance_column') return { field: 'file', message: 'manifest_no_substance_column' };
    return { field: 'file', message: 'manifest_duplicate_column', params: { ...p.params } };
  });
  return invalidFields(...fields);
}

export function manifestRoutes(app: AppInstance) {
  const { db } = app.services;
  acceptRawBodies(app, ['text/csv', XLSX_MIME], MANIFEST_BODY_LIMIT);

  app.post(
    '/api/v1/manifests/screen',
    {
      bodyLimit: MANIFEST_BODY_LIMIT,
      schema: {
        tags: ['manifests'],
        summary:
          'Screen a shipment manifest (text/csv in UTF-8 or Windows-1252, or XLSX): each line clear / controlled / suspected designer precursor / unresolved, with reasons, red flags and line errors; ?format=csv for a CSV report',
        querystring: screenManifestQuery,
        consumes: ['text/csv', XLSX_MIME],
        produces: ['application/json', 'text/csv'],
        // format=csv sends the same report as text/csv (a string), formula-safe.
        response: {
          200: z.union([
            manifestReportView,
            z.string().meta({ description: 'text/csv report (format=csv)' }),
          ]),
          ...problemResponses,
        },
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      authorizeAbility(actor, 'screen_chemicals');
      if (!Buffer.isBuffer(request.body)) throw new AppError('unsupported_media_type');
      const { format, record, fileName } = request.query;
      const context = await screeningContext(db, actor.agencyId);
      const lines: LineReport[] = [];
      let run;
      try {
        run = await screenManifestBytes({ ...context, locale: request.locale }, request.body, (line) => {
          lines.push(line);
        });
      } catch (error) {
        // exceljs throws on a corrupt workbook; anything else that is not a file problem is a server error.
        if (error instanceof ManifestFileError) throw fileProblem(error);
        if (sniffFormat(request.body) !== 'xlsx') throw error;
        request.log.warn({ err: error }, 'unreadable XLSX manifest');
        throw fileProblem(error);
      }
      const addToHistory = record === 'true';
      const screeningId = await recordManifestScreening(db, auditContextOf(request), actor.agencyId, {
        fileName,
        summary: run.summary,
        addToHistory,
      });
      if (format === 'csv') {
        const body = reportHeader() + lines.map(reportRow).join('');
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="manifest-screening.csv"')
          .send(body);
      }
      const { shipments: _shipments, ...summary } = run.summary;
      return {
        screeningId,
        format: run.format,
        ignoredColumns: [...run.mapping.ignored],
        summary: { ...summary, addedToHistory: addToHistory },
        lines,
      };
    },
  );

  app.get(
    '/api/v1/watch-list',
    {
      schema: {
        tags: ['manifests'],
        summary: 'My agency’s watch list of consignees, forwarders and consignors (active entries)',
        response: { 200: watchListView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      authorizeAbility(actor, 'screen_chemicals');
      const rows = await manifestDb(db)
        .selectFrom('watch_list_entries as w')
        .leftJoin('users as u', 'u.id', 'w.added_by_user_id')
        .select(['w.id', 'w.kind', 'w.name', 'w.identifier', 'w.reason', 'w.added_at', 'u.display_name'])
        .where('w.owner_agency_id', '=', actor.agencyId)
        .where('w.removed_at', 'is', null)
        .orderBy('w.added_at', 'desc')
        .limit(5000)
        .execute();
      return {
        canManage: await mayManageWatchList(db, actor),
        items: rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          name: r.name,
          identifier: r.identifier,
          reason: r.reason,
          addedAt: r.added_at.toISOString(),
          addedBy: r.display_name,
        })),
      };
    },
  );

  app.post(
    '/api/v1/watch-list',
    {
      schema: {
        tags: ['manifests'],
        summary: 'Add a party to my agency’s watch list (regulators and customs staff; audited)',
        body: addWatchEntryBody,
        response: { 201: watchEntryView, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      const id = await addWatchEntry(db, auditContextOf(request), actor, request.body);
      const row = await manifestDb(db)
        .selectFrom('watch_list_entries')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return reply.code(201).send({
        id: row.id,
        kind: row.kind,
        name: row.name,
        identifier: row.identifier,
        reason: row.reason,
        addedAt: row.added_at.toISOString(),
        addedBy: null,
      });
    },
  );

  app.post(
    '/api/v1/watch-list/:id/remove',
    {
      schema: {
        tags: ['manifests'],
        summary: 'Remove a party from my agency’s watch list, with a reason (history kept; audited)',
        params: idParam,
        body: removeWatchEntryBody,
        response: { 204: z.null(), ...problemResponses },
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      await removeWatchEntry(db, auditContextOf(request), actor, request.params.id, request.body.reason);
      return reply.code(204).send(null);
    },
  );
}
