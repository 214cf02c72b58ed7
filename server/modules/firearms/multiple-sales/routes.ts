// Multiple-sales reports (after ATF Forms 3310.4 / 3310.12): dealers and agencies file them; the owner, the tracing
// centre holding them and the reports' distribution read them (audited); traces of a listed firearm get the
// 'multiple_sales_report' indicator. No search by purchaser exists, by design (NO REGISTRY).
import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../../../app';
import { auditContextOf, requireAuth } from '../../../platform/auth';
import { notFound } from '../../../platform/errors';
import { idParam, problemResponses } from '../../../platform/http/schemas';
import { auditForeignListReads, auditOnly } from '../../../platform/transaction';
import { fileMultipleSalesReport } from './commands/fileReport';
import { presentMultipleSales } from './presenters';
import { findReadableReport, firearmsOf, listReadableReports } from './queries';
import { fileMultipleSalesBody, multipleSalesPage, multipleSalesView } from './schemas';

const tags = ['multiple sales'];

export function multipleSalesRoutes(app: AppInstance) {
  const { db } = app.services;

  const open = async (request: FastifyRequest, id: string) => {
    const { actor } = requireAuth(request);
    const row = await findReadableReport(db, actor, id);
    if (!row) throw notFound('multiple_sales');
    await auditOnly(db, auditContextOf(request), {
      action: 'multiple_sales.read',
      recordType: 'multiple_sales',
      recordId: row.id,
      ownerAgencyId: row.owner_agency_id,
    });
    return presentMultipleSales(row, await firearmsOf(db, [row.id]), actor);
  };

  app.post(
    '/api/v1/firearms/multiple-sales',
    {
      schema: {
        tags,
        summary:
          'File a multiple-sales report: two or more handguns (or, in a border state, rifles) to one purchaser within five business days',
        body: fileMultipleSalesBody,
        response: { 201: multipleSalesView, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      const id = await fileMultipleSalesReport(db, auditContextOf(request), actor, request.body);
      return reply.status(201).send(await open(request, id));
    },
  );

  app.get(
    '/api/v1/firearms/multiple-sales',
    {
      schema: {
        tags,
        summary:
          'Multiple-sales reports I may read (my agency’s, the tracing centre’s, shared ones), newest first',
        response: { 200: multipleSalesPage, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      const rows = await listReadableReports(db, actor);
      await auditForeignListReads(db, auditContextOf(request), actor.agencyId, 'multiple_sales', rows);
      const firearms = await firearmsOf(
        db,
        rows.map((r) => r.id),
      );
      return { items: rows.map((r) => presentMultipleSales(r, firearms, actor)) };
    },
  );

  app.get(
    '/api/v1/firearms/multiple-sales/:id',
    {
      schema: {
        tags,
        summary: 'Open a multiple-sales report (audited)',
        params: idParam,
        response: { 200: multipleSalesView, ...problemResponses },
      },
    },
    async (request) => open(request, request.params.id),
  );
}
