// Request and response shapes of the registry and screening API (zod; also the OpenAPI).
import { z } from 'zod';
import { JURISDICTIONS } from '../../../core/chemicals';
import { plainText } from '../../platform/http/schemas';

export const chemicalIdParam = z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/) }).strict();

export const searchChemicalsQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

const isoDate = z.iso.date();

export const controlledQuery = z
  .object({
    jurisdiction: z.enum(JURISDICTIONS),
    date: isoDate.optional().describe('yyyy-mm-dd; omitted: per the current data'),
  })
  .strict();

// SMILES, CAS and names are identifiers, not prose: bounded, single-line.
const smilesText = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .refine((s) => /^\S+$/.test(s), { params: { message: 'invalid_smiles' } });
const casText = z.string().trim().min(1).max(40);
const synonym = plainText(300).refine((s) => !s.includes(';') && !s.includes('\n'), {
  params: { message: 'invalid_format' },
});

export const screeningBody = z
  .object({
    smiles: smilesText.optional(),
    cas: casText.optional(),
    name: plainText(300).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    const given = ['smiles', 'cas', 'name'].filter((k) => body[k as keyof typeof body] !== undefined);
    if (given.length !== 1)
      ctx.addIssue({
        code: 'custom',
        path: given.length ? given.slice(1) : ['smiles'],
        params: { message: 'one_identifier' },
      });
  })
  .describe('Exactly one of smiles, cas, name');

export const listingInput = z
  .object({
    jurisdiction: z.enum(JURISDICTIONS),
    text: plainText(2000).describe('The listing as the source words it, e.g. "Added, DOF 13 May 2021"'),
    source: plainText(2000),
  })
  .strict();

export const createChemicalBody = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/)
      .optional()
      .describe('Slug; derived from the name when omitted'),
    name: synonym,
    synonyms: z.array(synonym).max(50).default([]),
    cas: casText.optional(),
    formula: plainText(100).optional(),
    smiles: smilesText.optional(),
    source: plainText(2000),
    listings: z
      .array(listingInput.omit({ source: true }))
      .max(4)
      .default([]),
  })
  .strict();

export const addListingBody = listingInput
  .extend({
    supersedes: z
      .uuid()
      .optional()
      .describe('The current listing you are replacing; a different current one is a conflict'),
  })
  .strict();

const message = {
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
};

const effectiveView = z.object({
  earliest: z.string().nullable(),
  latest: z.string().nullable(),
  precision: z.enum(['day', 'month', 'year', 'year_range']),
  basis: z.string(),
  text: z.string(),
});

const listingView = z.object({
  id: z.uuid().nullable().describe('null: no listing recorded for this jurisdiction (status unknown)'),
  jurisdiction: z.enum(JURISDICTIONS),
  status: z.enum(['listed', 'not_listed', 'unknown']),
  control: z.enum(['controlled', 'not_controlled', 'unknown']).describe('Per the current data'),
  text: z.string(),
  regime: z.enum(['precursor', 'narcotic']).nullable(),
  unTable: z.enum(['I', 'II']).nullable(),
  effective: effectiveView.nullable(),
  familyWording: z.array(z.string()),
  source: z.string().nullable(),
  recordedAt: z.string().nullable(),
  recordedBy: z.string().nullable().describe('Display name; null for the bundled reference list'),
});

const historyView = z.object({
  id: z.uuid(),
  jurisdiction: z.enum(JURISDICTIONS),
  text: z.string(),
  source: z.string(),
  recordedAt: z.string(),
  supersededBy: z.uuid(),
});

export const chemicalSummaryView = z
  .object({
    id: z.string(),
    name: z.string(),
    synonyms: z.array(z.string()),
    cas: z.string().nullable(),
    formula: z.string().nullable(),
    smiles: z.string().nullable(),
    structureUrl: z.string().nullable(),
  })
  .meta({ id: 'ChemicalSummary' });

export const chemicalSearchView = z
  .object({ items: z.array(chemicalSummaryView.extend({ rank: z.number() })) })
  .meta({ id: 'ChemicalSearchResult' });

export const chemicalView = chemicalSummaryView
  .extend({
    inchikey: z.string().nullable(),
    source: z.string(),
    createdAt: z.string(),
    listings: z.array(listingView),
    history: z.array(historyView),
  })
  .meta({ id: 'Chemical' });

export const controlledView = z
  .object({
    chemical: z.object({ id: z.string(), name: z.string() }),
    jurisdiction: z.enum(JURISDICTIONS),
    date: z.string().nullable(),
    status: z.enum(['controlled', 'not_controlled', 'unknown']),
    reason: z.string(),
    listing: listingView,
  })
  .meta({ id: 'ChemicalControlAnswer' });

const jurisdictionFindingView = z.object({
  jurisdiction: z.enum(JURISDICTIONS),
  status: z.enum(['controlled', 'not_controlled', 'unknown']),
  reason: z.string(),
  wordingCoversVariant: z.enum(['yes', 'no', 'unknown', 'not_stated', 'not_applicable']),
  familyWording: z.array(z.string()),
});

const findingView = z.object({
  ruleId: z.string(),
  ...message,
  parent: z.object({ id: z.string(), name: z.string() }),
  confidence: z.object({ kind: z.enum(['exact', 'rule', 'similarity']), score: z.number().optional() }),
  transformations: z.array(z.string()),
  variantKinds: z.array(z.string()),
  component: z.string().nullable(),
  jurisdictions: z.array(jurisdictionFindingView),
});

export const screeningView = z
  .object({
    input: z.string(),
    inputKind: z.enum(['smiles', 'cas', 'name']),
    status: z.enum(['controlled', 'suspected_designer_precursor', 'clear', 'unresolved']),
    note: z.object(message).nullable(),
    resolvedChemical: z.object({ id: z.string(), name: z.string() }).nullable(),
    canonicalSmiles: z.string().nullable(),
    components: z.array(z.string()),
    removedFragments: z.array(z.object({ name: z.string(), smiles: z.string() })),
    findings: z.array(findingView),
    similar: z.array(z.object({ parent: z.object({ id: z.string(), name: z.string() }), score: z.number() })),
  })
  .meta({ id: 'ScreeningResult' });

export type ChemicalView = z.infer<typeof chemicalView>;
export type ListingView = z.infer<typeof listingView>;
export type ScreeningView = z.infer<typeof screeningView>;
