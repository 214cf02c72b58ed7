// Recovered crime guns: record one or a CSV batch, list and export what sharing allows, open one (audited), edit.
import type { AppInstance } from '../../../app';
import { actorHasAbility } from '../../../../core/sharing';
import { auditContextOf, requireAuth } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { csvLine } from '../../../platform/http/csv';
import { pageOf } from '../../../platform/http/pagination';
import { idParam, problemResponses } from '../../../platform/http/schemas';
import { auditForeignListReads, auditOnly } from '../../../platform/transaction';
import { relatedRecords } from '../serials/queries';
import { importRecoveries } from './commands/importRecoveries';
import { RECOVERY_IMPORT_DESCRIPTION } from './importDescription';
import { readRecovery } from './commands/readRecovery';
import { recordRecovery } from './commands/recordRecovery';
import { updateRecovery } from './commands/updateRecovery';
import { presentPossessor, presentRecovery, presentRecoveryDetail } from './presenters';
import { findRecovery, grantsByRecovery, listRecoveries } from './queries';
import {
  createRecoveryBody,
  importQuery,
  importResultView,
  listRecoveriesQuery,
  recoveryDetailView,
  recoveryPage,
  updateRecoveryBody,
} from './schemas';
import { acceptRawBodies } from '../../../platform/http/rawBodies';

const tags = ['recoveries'];
const IMPORT_BODY_LIMIT = 32 * 1024 * 1024;

export function recoveryRoutes(app: AppInstance) {
  const { db } = app.services;
  // CSV uploads arrive as raw bytes: the import decides the encoding (UTF-8, else Windows-1252).
  acceptRawBodies(app, ['text/csv'], IMPORT_BODY_LIMIT);

  const detail = async (id: string, request: Parameters<typeof requireAuth>[0]) => {
    const { actor } = requireAuth(request);
    const row = (await findRecovery(db, id))!;
    const related = await relatedRecords(db, actor, {
      id,
      serialFolded: row.serial_folded,
      makeKey: row.make_key,
      partly: row.serial_state === 'partly_restored',
    });
    const grants = (await grantsByRecovery(db, [id])).get(id) ?? [];
    return presentRecoveryDetail(row, actor, grants, request.locale, related);
  };

  app.get(
    '/api/v1/recoveries',
    {
      schema: {
        tags,
        summary: 'Recovered firearms I may read, newest first, with filters',
        querystring: listRecoveriesQuery,
        response: { 200: recoveryPage, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      const rows = await listRecoveries(db, actor, request.query);
      const page = pageOf(rows, request.query.limit, (row) => ({ at: row.created_at, id: row.id }));
      const grants = await grantsByRecovery(
        db,
        page.items.map((r) => r.id),
      );
      await auditForeignListReads(db, auditContextOf(request), actor.agencyId, 'recovery', page.items);
      return {
        items: page.items.map((row) => presentRecovery(row, actor, grants.get(row.id) ?? [], request.locale)),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.get(
    '/api/v1/recoveries/export.csv',
    {
      schema: {
        tags,
        summary:
          'Export the recoveries I may export, with the list filters (TLP rules apply; formulas neutralised)',
        querystring: listRecoveriesQuery.omit({ limit: true, cursor: true }),
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      const rows = await listRecoveries(db, actor, { ...request.query, limit: 50_000 }, 'export');
      await auditOnly(db, auditContextOf(request), {
        action: 'recovery.export',
        recordType: 'recovery',
        details: { count: rows.length, filter: request.query, ids: rows.slice(0, 1000).map((r) => r.id) },
      });
      const lines = [
        csvLine([
          'id',
          'owner_agency',
          'tlp',
          'serial_state',
          'serial',
          'make',
          'model',
          'caliber',
          'type',
          'country_of_manufacture',
          'importer',
          'other_markings',
          'recovered_on',
          'recovery_country',
          'recovery_state',
          'recovery_municipality',
          'latitude',
          'longitude',
          'crime_code',
          'case_number',
          'possessor_name',
          'possessor_birth_date',
          'free_text_description',
        ]),
      ];
      for (const r of rows) {
        const possessor = presentPossessor(r, actor);
        lines.push(
          csvLine([
            r.id,
            r.owner_code,
            `TLP:${r.tlp}`,
            r.serial_state,
            r.serial_raw,
            r.make,
            r.model,
            r.caliber,
            r.type,
            r.country_of_manufacture,
            r.importer,
            r.other_markings,
            r.recovered_on_text,
            r.recovery_country,
            r.recovery_state,
            r.recovery_municipality,
            r.latitude,
            r.longitude,
            r.crime_code,
            r.case_number,
            possessor?.masked ? '***' : possessor?.name,
            possessor?.birthDate,
            r.free_text_description,
          ]),
        );
      }
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="rastro-recoveries.csv"')
        .send(lines.join(''));
    },
  );

  app.get(
    '/api/v1/recoveries/:id',
    {
      schema: {
        tags,
        summary: 'Open a recovered firearm (audited), with earlier records of the same firearm',
        params: idParam,
        response: { 200: recoveryDetailView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      const { row, grants, related } = await readRecovery(
        db,
        auditContextOf(request),
        actor,
        request.params.id,
      );
      return presentRecoveryDetail(row, actor, grants, request.locale, related);
    },
  );

  app.post(
    '/api/v1/recoveries',
    {
      schema: {
        tags,
        summary: 'Record a recovered firearm (description warnings and earlier records of it come back)',
        body: createRecoveryBody,
        response: { 201: recoveryDetailView, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      const id = await recordRecovery(db, auditContextOf(request), actor, request.body);
      return reply.status(201).send(await detail(id, request));
    },
  );

  app.patch(
    '/api/v1/recoveries/:id',
    {
      schema: {
        tags,
        summary: 'Edit a recovered firearm or change who may see it',
        params: idParam,
        body: updateRecoveryBody,
        response: { 200: recoveryDetailView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      await updateRecovery(
        db,
        auditContextOf(request),
        actor,
        request.params.id,
        request.body,
        request.locale,
      );
      return detail(request.params.id, request);
    },
  );

  app.post(
    '/api/v1/recoveries/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        summary:
          'Record a CSV batch (text/csv; UTF-8 or Windows-1252): bad rows reported by line, good rows kept, re-uploads change nothing',
        description: RECOVERY_IMPORT_DESCRIPTION,
        querystring: importQuery,
        consumes: ['text/csv'],
        response: { 200: importResultView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      if (!Buffer.isBuffer(request.body)) throw new AppError('unsupported_media_type');
      if (!actorHasAbility(actor, 'record_recoveries')) throw new AppError('forbidden');
      return importRecoveries(
        db,
        auditContextOf(request),
        actor,
        request.locale,
        request.body,
        request.query,
      );
    },
  );
}
