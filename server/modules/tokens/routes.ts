// A user's own API tokens: list, create (shown once), revoke.
import { z } from 'zod';
import type { AppInstance } from '../../app';
import { auditContextOf, requireAuth } from '../../platform/auth';
import { AppError } from '../../platform/errors';
import { idParam, problemResponses } from '../../platform/http/schemas';
import { createToken } from './commands/createToken';
import { revokeToken } from './commands/revokeToken';
import { presentToken } from './presenters';
import { createTokenBody, createdTokenView, tokenView } from './schemas';

const tags = ['tokens'];

export function tokenRoutes(app: AppInstance) {
  const { db } = app.services;
  app.get(
    '/api/v1/me/tokens',
    {
      schema: {
        tags,
        summary: 'My API tokens',
        response: { 200: z.object({ items: z.array(tokenView) }), ...problemResponses },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const rows = await db
        .selectFrom('api_tokens')
        .selectAll()
        .where('user_id', '=', auth.user.id)
        .orderBy('created_at', 'desc')
        .execute();
      return { items: rows.map(presentToken) };
    },
  );

  app.post(
    '/api/v1/me/tokens',
    {
      schema: {
        tags,
        summary: 'Create an API token (returned once)',
        body: createTokenBody,
        response: { 201: createdTokenView, ...problemResponses },
      },
    },
    async (request, reply) => {
      const auth = requireAuth(request);
      // A token may not mint tokens: only a signed-in person can.
      if (auth.via !== 'session') throw new AppError('forbidden');
      const { token, row } = await createToken(db, auditContextOf(request), {
        userId: auth.user.id,
        agencyId: auth.user.agencyId,
        ...request.body,
      });
      return reply.status(201).send({ token, apiToken: presentToken(row) });
    },
  );

  app.delete(
    '/api/v1/me/tokens/:id',
    {
      schema: {
        tags,
        summary: 'Revoke an API token',
        params: idParam,
        response: { 200: tokenView, ...problemResponses },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      return presentToken(
        await revokeToken(db, auditContextOf(request), auth.user.id, auth.user.agencyId, request.params.id),
      );
    },
  );
}
