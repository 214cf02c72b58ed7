// Precursor-chemical registry and single-structure screening: search and read the registry, ask whether a
// chemical was controlled in a jurisdiction on a date, draw its structure, screen a SMILES/CAS/name;
// regulators add chemicals and listings (audited, history kept).
import type { AppInstance } from '../../app';
import { isControlled } from '../../../core/chemicals';
import { auditContextOf, requireAuth } from '../../platform/auth';
import { notFound } from '../../platform/errors';
import { problemResponses } from '../../platform/http/schemas';
import { authorizeAbility } from '../../platform/policy';
import { addChemical } from './commands/addChemical';
import { addListing } from './commands/addListing';
import { screenChemical } from './commands/screenChemical';
import { presentChemical, presentListing, structureUrlOf } from './presenters';
import { findChemical, listingsOf, searchChemicals } from './queries';
import { referenceFromRows } from './reference';
import {
  addListingBody,
  chemicalIdParam,
  chemicalSearchView,
  searchChemicalsQuery,
  chemicalView,
  controlledQuery,
  controlledView,
  createChemicalBody,
  screeningBody,
  screeningView,
} from './schemas';
import { depict } from './structureSvg';
import { registryDb } from './tables';

const tags = ['chemicals'];

export function chemicalRoutes(app: AppInstance) {
  const { db } = app.services;
  const registry = registryDb(db);

  /** A chemical, all its listing rows, and how core/chemicals reads its current listings. */
  async function load(id: string) {
    const row = await findChemical(registry, id);
    if (!row) throw notFound('chemical');
    const rows = await listingsOf(registry, id);
    const current = rows.filter((r) => r.superseded_by === null);
    const chemical = referenceFromRows([row], current).byId(id)!;
    return { row, rows, current, chemical };
  }

  app.get(
    '/api/v1/chemicals',
    {
      schema: {
        tags,
        summary: 'Search the registry by name, synonym, CAS number or formula',
        querystring: searchChemicalsQuery,
        response: { 200: chemicalSearchView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      authorizeAbility(actor, 'read_chemicals');
      const rows = await searchChemicals(registry, request.query.q, request.query.limit);
      return {
        items: rows.map((r) => ({
          id: r.id,
          name: r.name,
          synonyms: r.synonyms,
          cas: r.cas,
          formula: r.formula,
          smiles: r.smiles,
          structureUrl: structureUrlOf(r.id, r.smiles),
          rank: Math.round(r.rank * 1000) / 1000,
        })),
      };
    },
  );

  app.get(
    '/api/v1/chemicals/:id',
    {
      schema: {
        tags,
        summary: 'A chemical with its listing in each jurisdiction and the superseded listings',
        params: chemicalIdParam,
        response: { 200: chemicalView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      authorizeAbility(actor, 'read_chemicals');
      const { row, rows, chemical } = await load(request.params.id);
      return presentChemical(row, chemical, rows);
    },
  );

  app.get(
    '/api/v1/chemicals/:id/controlled',
    {
      schema: {
        tags,
        summary:
          'Was this chemical controlled in a jurisdiction on a date? (controlled | not_controlled | unknown)',
        params: chemicalIdParam,
        querystring: controlledQuery,
        response: { 200: controlledView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      authorizeAbility(actor, 'read_chemicals');
      const { row, current, chemical } = await load(request.params.id);
      const { jurisdiction, date } = request.query;
      const answer = isControlled(chemical, jurisdiction, date);
      return {
        chemical: { id: row.id, name: row.name },
        jurisdiction,
        date: date ?? null,
        status: answer.status,
        reason: answer.reason,
        listing: presentListing(
          chemical,
          answer.listing,
          current.find((r) => r.jurisdiction === jurisdiction),
        ),
      };
    },
  );

  app.get(
    '/api/v1/chemicals/:id/structure.svg',
    {
      schema: {
        tags,
        summary: 'The structure drawn by RDKit (SVG)',
        params: chemicalIdParam,
        produces: ['image/svg+xml'],
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      authorizeAbility(actor, 'read_chemicals');
      const row = await findChemical(registry, request.params.id);
      if (!row) throw notFound('chemical');
      const svg = row.smiles === null ? null : await depict(row.smiles);
      if (svg === null) throw notFound('structure');
      return reply.type('image/svg+xml').header('content-disposition', 'inline').send(svg);
    },
  );

  app.post(
    '/api/v1/chemicals',
    {
      schema: {
        tags,
        summary: 'Add a chemical to the registry (regulators; audited)',
        body: createChemicalBody,
        response: { 201: chemicalView, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      const id = await addChemical(db, auditContextOf(request), actor, request.body);
      const { row, rows, chemical } = await load(id);
      return reply.status(201).send(presentChemical(row, chemical, rows));
    },
  );

  app.post(
    '/api/v1/chemicals/:id/listings',
    {
      schema: {
        tags,
        summary:
          'Record a listing; it supersedes the current one for that jurisdiction (regulators; audited)',
        params: chemicalIdParam,
        body: addListingBody,
        response: { 201: chemicalView, ...problemResponses },
      },
    },
    async (request, reply) => {
      const { actor } = requireAuth(request);
      await addListing(db, auditContextOf(request), actor, request.params.id, request.body);
      const { row, rows, chemical } = await load(request.params.id);
      return reply.status(201).send(presentChemical(row, chemical, rows));
    },
  );

  app.post(
    '/api/v1/screening',
    {
      schema: {
        tags,
        summary: 'Screen one chemical by SMILES, CAS number or name against the registry',
        body: screeningBody,
        response: { 200: screeningView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      return screenChemical(db, actor, request.body);
    },
  );
}
