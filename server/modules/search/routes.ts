// Search across shared records: readable matches in full, others as "a match exists at agency X".
// Today it searches alerts; each new shared record type adds its query here.
import { z } from 'zod';
import type { AppInstance } from '../../app';
import { actorHasAbility } from '../../../core/sharing';
import { auditContextOf, requireAuth } from '../../platform/auth';
import { AppError } from '../../platform/errors';
import { problemResponses } from '../../platform/http/schemas';
import { discoverHits } from '../../platform/policy';
import { auditOnly } from '../../platform/transaction';
import { presentAlert } from '../alerts/presenters';
import { grantsByAlert, listReadableAlerts, matchesText } from '../alerts/queries';
import { alertView } from '../alerts/schemas';
import { discoveryHitView } from '../firearms/recoveries/schemas';

const searchQuery = z.object({ q: z.string().trim().min(2).max(200) }).strict();
const searchView = z
  .object({
    alerts: z.array(alertView),
    hidden: z.array(discoveryHitView),
  })
  .meta({ id: 'SearchResults' });

export function searchRoutes(app: AppInstance) {
  const { db } = app.services;
  app.get(
    '/api/v1/search',
    {
      schema: {
        tags: ['search'],
        summary: 'Search shared records (discovery without disclosure)',
        querystring: searchQuery,
        response: { 200: searchView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      if (!actorHasAbility(actor, 'search_records')) throw new AppError('forbidden');
      const { q } = request.query;
      const rows = await listReadableAlerts(db, actor, { limit: 50, q, includeExpired: true });
      const grants = await grantsByAlert(
        db,
        rows.map((r) => r.id),
      );
      const hidden = await discoverHits(db, actor, 'alert', matchesText(q, 'r'));
      await auditOnly(db, auditContextOf(request), {
        action: 'search',
        details: { q, readable: rows.map((r) => r.id), hidden: hidden.map((h) => h.recordId) },
      });
      return {
        alerts: rows.slice(0, 50).map((row) => presentAlert(row, actor, grants.get(row.id) ?? [])),
        hidden,
      };
    },
  );
}
