// User accounts: agency admins manage their agency's users, system admins everyone's.
import { z } from 'zod';
import type { AppInstance } from '../../app';
import { actorHasAbility } from '../../../core/sharing';
import { auditContextOf, requireAuth } from '../../platform/auth';
import { AppError } from '../../platform/errors';
import { idParam, problemResponses } from '../../platform/http/schemas';
import { createUser, updateUser } from './commands/saveUser';
import { canManageUsersOf } from './policy';
import { presentUser } from './presenters';
import { createUserBody, listUsersQuery, updateUserBody, userView } from './schemas';

const tags = ['users'];

export function userRoutes(app: AppInstance) {
  const { db } = app.services;
  app.get(
    '/api/v1/users',
    {
      schema: {
        tags,
        summary: 'Users of my agency (agency admin) or of any agency (system admin)',
        querystring: listUsersQuery,
        response: { 200: z.object({ items: z.array(userView) }), ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      if (!actorHasAbility(actor, 'manage_agency_users')) throw new AppError('forbidden');
      const agencyId =
        request.query.agencyId ?? (actorHasAbility(actor, 'manage_all_users') ? undefined : actor.agencyId);
      if (agencyId && !canManageUsersOf(actor, agencyId)) throw new AppError('forbidden');
      let query = db.selectFrom('users').selectAll().orderBy('display_name');
      if (agencyId) query = query.where('agency_id', '=', agencyId);
      return { items: (await query.execute()).map(presentUser) };
    },
  );
  app.post(
    '/api/v1/users',
    {
      schema: {
        tags,
        summary: 'Create a user',
        body: createUserBody,
        response: { 201: userView, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      return reply
        .status(201)
        .send(presentUser(await createUser(db, auditContextOf(request), actor, request.body)));
    },
  );
  app.patch(
    '/api/v1/users/:id',
    {
      schema: {
        tags,
        summary: 'Update, disable or unlock a user',
        params: idParam,
        body: updateUserBody,
        response: { 200: userView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      return presentUser(
        await updateUser(db, auditContextOf(request), actor, request.params.id, request.body),
      );
    },
  );
}
