// Agencies: every signed-in user may list them (to address records and groups); system admins manage them.
import { z } from 'zod';
import type { AppInstance } from '../../app';
import { auditContextOf, requireAuth } from '../../platform/auth';
import { idParam, problemResponses } from '../../platform/http/schemas';
import { createAgency, updateAgency } from './commands/saveAgency';
import { presentAgency } from './presenters';
import { agencyView, createAgencyBody, updateAgencyBody } from './schemas';

const tags = ['agencies'];

export function agencyRoutes(app: AppInstance) {
  const { db } = app.services;
  app.get(
    '/api/v1/agencies',
    {
      schema: {
        tags,
        summary: 'All agencies',
        response: { 200: z.object({ items: z.array(agencyView) }), ...problemResponses },
      },
    },
    async (request) => {
      requireAuth(request);
      const rows = await db.selectFrom('agencies').selectAll().orderBy('country').orderBy('code').execute();
      return { items: rows.map(presentAgency) };
    },
  );
  app.post(
    '/api/v1/agencies',
    {
      schema: {
        tags,
        summary: 'Create an agency (system admin)',
        body: createAgencyBody,
        response: { 201: agencyView, ...problemResponses },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      return reply
        .status(201)
        .send(presentAgency(await createAgency(db, auditContextOf(request), auth.actor, request.body)));
    },
  );
  app.patch(
    '/api/v1/agencies/:id',
    {
      schema: {
        tags,
        summary: 'Update an agency (system admin; agency admins may set totpRequired for their own)',
        params: idParam,
        body: updateAgencyBody,
        response: { 200: agencyView, ...problemResponses },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      return presentAgency(
        await updateAgency(db, auditContextOf(request), auth.actor, request.params.id, request.body),
      );
    },
  );
}
