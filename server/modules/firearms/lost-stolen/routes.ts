// Lost or stolen firearm reports (as INTERPOL iARMS records), filed by agencies and by record holders for their own
// stock: a shared record with a serial, so serial search and new recoveries find it. A report that matches a recorded
// recovery (serial + make) notifies the agencies that answer for both: the owners, or for a record holder's report the
// tracing centre that holds it, never the holder itself (match-notices/, decision 0016).
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../../../app';
import { actorHasAbility } from '../../../../core/sharing';
import { auditContextOf, requireAuth } from '../../../platform/auth';
import { AppError, notFound } from '../../../platform/errors';
import { pageOf } from '../../../platform/http/pagination';
import { idParam, problemResponses } from '../../../platform/http/schemas';
import { authorizeRecord, checkSharingChoice } from '../../../platform/policy';
import { auditForeignListReads, auditOnly, inTransaction } from '../../../platform/transaction';
import { presentRelated } from '../recoveries/presenters';
import { relatedRecords } from '../serials/queries';
import { reportLostStolen } from './commands/reportLostStolen';
import { presentLostStolen } from './presenters';
import { findLostStolen, listLostStolen } from './queries';
import { createLostStolenBody, listLostStolenQuery, lostStolenDetail, lostStolenPage } from './schemas';
import '../tables';

const tags = ['lost and stolen'];

export function lostStolenRoutes(app: AppInstance) {
  const { db } = app.services;

  /** The report with the earlier records of the same firearm, if the actor may read it (404 otherwise). */
  const load = async (request: FastifyRequest, id: string) => {
    const { actor } = requireAuth(request);
    const row = await findLostStolen(db, id);
    if (!row) throw notFound('lost_stolen');
    await authorizeRecord(db, actor, 'read', 'lost_stolen', row);
    const related = await relatedRecords(db, actor, {
      id,
      serialFolded: row.serial_folded,
      makeKey: row.make_key,
      partly: false,
    });
    return { row, detail: { ...presentLostStolen(row), related: presentRelated(related) } };
  };

  app.get(
    '/api/v1/lost-stolen',
    {
      schema: {
        tags,
        summary: 'Lost and stolen firearm reports I may read, newest first, with filters',
        querystring: listLostStolenQuery,
        response: { 200: lostStolenPage, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      const rows = await listLostStolen(db, actor, request.query);
      const page = pageOf(rows, request.query.limit, (row) => ({ at: row.created_at, id: row.id }));
      await auditForeignListReads(db, auditContextOf(request), actor.agencyId, 'lost_stolen', page.items);
      return { items: page.items.map(presentLostStolen), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/v1/lost-stolen',
    {
      schema: {
        tags,
        summary:
          'Report a lost or stolen firearm, as an agency or as a record holder for its stock (earlier records of it come back)',
        body: createLostStolenBody,
        response: { 201: lostStolenDetail, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      // Agencies that record firearms, and dealers and other record holders for the guns gone from their stock.
      if (!actorHasAbility(actor, 'record_recoveries') && !actorHasAbility(actor, 'answer_trace_hops'))
        throw new AppError('forbidden');
      const sharingGroupId = checkSharingChoice(
        actor,
        request.body.distribution,
        request.body.sharingGroupId,
      );
      const id = await inTransaction(db, auditContextOf(request), (tx, audit) =>
        reportLostStolen(tx, audit, actor, request.body, sharingGroupId),
      );
      return reply.status(201).send((await load(request, id)).detail);
    },
  );

  app.get(
    '/api/v1/lost-stolen/:id',
    {
      schema: {
        tags,
        summary: 'Open a lost or stolen firearm report (audited)',
        params: idParam,
        response: { 200: lostStolenDetail, ...problemResponses },
      },
    },
    async (request) => {
      const { row, detail } = await load(request, request.params.id);
      await auditOnly(db, auditContextOf(request), {
        action: 'lost_stolen.read',
        recordType: 'lost_stolen',
        recordId: row.id,
        ownerAgencyId: row.owner_agency_id,
      });
      return detail;
    },
  );
}
