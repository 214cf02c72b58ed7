// Access requests: "a match exists at agency X" → ask → the owner grants or refuses.
import { z } from 'zod';
import type { AppInstance } from '../../app';
import { actorHasAbility } from '../../../core/sharing';
import { auditContextOf, requireAuth } from '../../platform/auth';
import { AppError } from '../../platform/errors';
import { idParam, problemResponses } from '../../platform/http/schemas';
import { decideAccess } from './commands/decideAccess';
import { requestAccess } from './commands/requestAccess';
import { revokeAccess } from './commands/revokeAccess';
import { listAccessRequests } from './queries';
import {
  accessRequestView,
  createAccessRequestBody,
  decideAccessRequestBody,
  listAccessRequestsQuery,
} from './schemas';

const tags = ['access requests'];

export function accessRoutes(app: AppInstance) {
  const { db } = app.services;
  app.get(
    '/api/v1/access-requests',
    {
      schema: {
        tags,
        summary: "Requests to my agency's records (incoming) or from my agency (outgoing)",
        querystring: listAccessRequestsQuery,
        response: { 200: z.object({ items: z.array(accessRequestView) }), ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      if (!actorHasAbility(actor, 'search_records')) throw new AppError('forbidden');
      const filter =
        request.query.direction === 'incoming'
          ? { ownerAgencyId: actor.agencyId }
          : { requesterAgencyId: actor.agencyId };
      return { items: await listAccessRequests(db, filter) };
    },
  );
  app.post(
    '/api/v1/access-requests',
    {
      schema: {
        tags,
        summary:
          'Ask for access to a record found by discovery (its owner decides, or the tracing centre holding a dealer’s report)',
        body: createAccessRequestBody,
        response: { 201: accessRequestView, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      const id = await requestAccess(db, auditContextOf(request), actor, request.body);
      return reply.status(201).send((await listAccessRequests(db, { id }))[0]!);
    },
  );
  for (const decision of ['grant', 'refuse'] as const) {
    app.post(
      `/api/v1/access-requests/:id/${decision}`,
      {
        schema: {
          tags,
          summary: `${decision === 'grant' ? 'Grant' : 'Refuse'} an access request (owner agency admin)`,
          params: idParam,
          body: decideAccessRequestBody,
          response: { 200: accessRequestView, ...problemResponses },
        },
      },
      async (request) => {
        const { actor } = requireAuth(request);
        await decideAccess(
          db,
          auditContextOf(request),
          actor,
          request.params.id,
          decision === 'grant' ? 'granted' : 'refused',
          request.body.note,
        );
        return (await listAccessRequests(db, { id: request.params.id }))[0]!;
      },
    );
  }
  app.post(
    '/api/v1/access-requests/:id/revoke',
    {
      schema: {
        tags,
        summary:
          'Take back the access a granted request gave (the deciding agency’s admin); the requester may ask again',
        params: idParam,
        body: decideAccessRequestBody,
        response: { 200: accessRequestView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      await revokeAccess(db, auditContextOf(request), actor, request.params.id, request.body.note);
      return (await listAccessRequests(db, { id: request.params.id }))[0]!;
    },
  );
}
