// Sharing groups: every signed-in user sees them (to choose a distribution); system admins manage them.
import { z } from 'zod';
import type { AppInstance } from '../../app';
import { auditContextOf, requireAuth } from '../../platform/auth';
import { idParam, problemResponses } from '../../platform/http/schemas';
import { createSharingGroup, updateSharingGroup } from './commands/saveSharingGroup';
import { listSharingGroups } from './queries';
import { createSharingGroupBody, sharingGroupView, updateSharingGroupBody } from './schemas';

const tags = ['sharing groups'];

export function sharingGroupRoutes(app: AppInstance) {
  const { db } = app.services;
  app.get(
    '/api/v1/sharing-groups',
    {
      schema: {
        tags,
        summary: 'Sharing groups and their member agencies',
        response: { 200: z.object({ items: z.array(sharingGroupView) }), ...problemResponses },
      },
    },
    async (request) => {
      requireAuth(request);
      return { items: await listSharingGroups(db) };
    },
  );
  app.post(
    '/api/v1/sharing-groups',
    {
      schema: {
        tags,
        summary: 'Create a sharing group (system admin)',
        body: createSharingGroupBody,
        response: { 201: sharingGroupView, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      const id = await createSharingGroup(db, auditContextOf(request), actor, request.body);
      return reply.status(201).send((await listSharingGroups(db, [id]))[0]!);
    },
  );
  app.patch(
    '/api/v1/sharing-groups/:id',
    {
      schema: {
        tags,
        summary: 'Rename a sharing group or set its members (system admin)',
        params: idParam,
        body: updateSharingGroupBody,
        response: { 200: sharingGroupView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      const id = await updateSharingGroup(
        db,
        auditContextOf(request),
        actor,
        request.params.id,
        request.body,
      );
      return (await listSharingGroups(db, [id]))[0]!;
    },
  );
}
