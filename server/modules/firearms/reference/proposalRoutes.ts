// Proposed additions to the firearm reference table. Agencies that record firearms propose and see their own
// proposals; reference curators (manage_reference) see every proposal and decide. Reference data is not a shared
// record: the proposals carry no distribution, and their writes are audited with the proposing agency as owner.
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { AppInstance } from '../../../app';
import { getCaliber, getMake } from '../../../../core/firearms';
import { actorHasAbility } from '../../../../core/sharing';
import { auditContextOf, requireAuth } from '../../../platform/auth';
import { AppError } from '../../../platform/errors';
import { idParam, problemResponses } from '../../../platform/http/schemas';
import type { Db } from '../../../db/connect';
import type { ReferenceProposalTable } from '../tables';
import { decideReferenceProposal, proposeReferenceEntry } from './proposals';
import { proposalBody, proposalDecisionBody, proposalList, proposalsQuery, proposalView } from './schemas';

const tags = ['firearm reference'];

type ProposalRow = Selectable<ReferenceProposalTable> & { agency_code: string; agency_name: string };

const present = (row: ProposalRow): z.infer<typeof proposalView> => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  make: row.make_id ? { id: row.make_id, name: getMake(row.make_id)?.name ?? row.make_id } : null,
  aliases: row.aliases,
  countries: row.countries,
  types: row.types,
  calibers: row.calibers.map((id) => ({ id, name: getCaliber(id)?.name ?? id })),
  note: row.note,
  status: row.status,
  proposedBy: { agencyCode: row.agency_code, agencyName: row.agency_name },
  createdAt: row.created_at.toISOString(),
  decidedAt: row.decided_at?.toISOString() ?? null,
  decisionNote: row.decision_note,
});

function proposals(db: Db) {
  return db
    .selectFrom('reference_proposals as p')
    .innerJoin('agencies as a', 'a.id', 'p.proposed_by_agency_id')
    .selectAll('p')
    .select(['a.code as agency_code', 'a.name as agency_name']);
}

export function referenceProposalRoutes(app: AppInstance) {
  const { db } = app.services;
  // Who may read proposals: proposers (their own agency's) and curators (all).
  const readerOf = (request: Parameters<typeof requireAuth>[0]) => {
    const { actor } = requireAuth(request);
    const curator = actorHasAbility(actor, 'manage_reference');
    if (!curator && !actorHasAbility(actor, 'record_recoveries')) throw new AppError('forbidden');
    return { actor, curator };
  };
  const one = async (id: string) =>
    present(await proposals(db).where('p.id', '=', id).executeTakeFirstOrThrow());

  app.get(
    '/api/v1/firearms/reference/proposals',
    {
      schema: {
        tags,
        summary:
          'Proposed additions to the reference table: my agency’s, or every one for a reference curator; newest first',
        querystring: proposalsQuery,
        response: { 200: proposalList, ...problemResponses },
      },
    },
    async (request) => {
      const { actor, curator } = readerOf(request);
      let query = proposals(db).orderBy('p.created_at', 'desc').limit(500);
      if (!curator) query = query.where('p.proposed_by_agency_id', '=', actor.agencyId);
      if (request.query.status) query = query.where('p.status', '=', request.query.status);
      return { items: (await query.execute()).map(present) };
    },
  );

  app.post(
    '/api/v1/firearms/reference/proposals',
    {
      schema: {
        tags,
        summary: 'Propose a make, a model of a known make, or a caliber the reference table lacks',
        body: proposalBody,
        response: { 201: proposalView, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      const id = await proposeReferenceEntry(db, auditContextOf(request), actor, request.body);
      return reply.status(201).send(await one(id));
    },
  );

  app.post(
    '/api/v1/firearms/reference/proposals/:id/decision',
    {
      schema: {
        tags,
        summary:
          'Reference curator: accept a proposal (it joins the table at once) or reject it, with a note',
        params: idParam,
        body: proposalDecisionBody,
        response: { 200: proposalView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      const { decision, note } = request.body;
      await decideReferenceProposal(db, auditContextOf(request), actor, request.params.id, decision, note);
      return one(request.params.id);
    },
  );
}
