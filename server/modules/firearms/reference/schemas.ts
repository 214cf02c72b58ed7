// The reference table API: autocomplete for make, model and caliber, and the description check the form runs.
import { z } from 'zod';
import { FIREARM_TYPE_CODES } from '../../../../core/firearms';

const prefix = z.string().trim().max(80).default('');
const limit = z.coerce.number().int().min(1).max(50).default(10);

export const makesQuery = z.object({ q: prefix, limit }).strict();
export const modelsQuery = z.object({ make: z.string().trim().min(1).max(120), q: prefix, limit }).strict();
export const calibersQuery = z.object({ q: prefix, limit }).strict();

export const makeView = z
  .object({ id: z.string(), name: z.string(), aliases: z.array(z.string()), countries: z.array(z.string()) })
  .meta({ id: 'FirearmMake' });
export const modelView = z
  .object({
    name: z.string(),
    aliases: z.array(z.string()),
    types: z.array(z.enum(FIREARM_TYPE_CODES)),
    calibers: z.array(z.object({ id: z.string(), name: z.string() })),
  })
  .meta({ id: 'FirearmModel' });
export const caliberView = z
  .object({ id: z.string(), name: z.string(), aliases: z.array(z.string()) })
  .meta({ id: 'FirearmCaliber' });

export const makeList = z.object({ items: z.array(makeView) });
export const modelList = z.object({ make: makeView.nullable(), items: z.array(modelView) });
export const caliberList = z.object({ items: z.array(caliberView) });

const descriptionText = z.string().trim().max(120).nullable().optional();
export const descriptionCheckBody = z
  .object({
    make: descriptionText,
    model: descriptionText,
    caliber: descriptionText,
    type: z.string().trim().max(4).nullable().optional(),
    countryOfManufacture: z.string().trim().max(2).nullable().optional(),
    importer: z
      .string()
      .trim()
      .max(200)
      .nullable()
      .optional()
      .describe(
        'Give it (null when empty) for a recovered gun: without country or importer a trace cannot be routed',
      ),
  })
  .strict();

export const descriptionWarningView = z
  .object({
    code: z.string(),
    field: z.string(),
    messageKey: z.string(),
    message: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
  })
  .meta({ id: 'FirearmDescriptionWarning' });

export const descriptionCheckView = z
  .object({
    make: z
      .object({
        id: z.string(),
        name: z.string(),
        countries: z.array(z.string()).describe('Where the make is manufactured, main country first'),
      })
      .nullable(),
    model: z.object({ name: z.string(), types: z.array(z.enum(FIREARM_TYPE_CODES)) }).nullable(),
    caliber: z.object({ id: z.string(), name: z.string() }).nullable(),
    freeText: z.boolean(),
    warnings: z.array(descriptionWarningView),
  })
  .meta({ id: 'FirearmDescriptionCheck' });

// Proposed additions (proposals.ts).
const entryName = z.string().trim().min(1).max(120);
const nameList = z.array(z.string().trim().max(120)).max(20);
export const proposalBody = z
  .object({
    kind: z.enum(['make', 'model', 'caliber']),
    name: entryName,
    /** For a model: its make, as typed (resolved against the table). */
    make: z.string().trim().max(120).nullable().optional(),
    aliases: nameList.optional(),
    /** For a make: ISO 3166-1 alpha-2 countries of manufacture. */
    countries: z
      .array(
        z
          .string()
          .trim()
          .regex(/^[A-Za-z]{2}$/),
      )
      .max(10)
      .optional(),
    /** For a model: its NCIC type codes and the calibers it is made in (as typed, resolved against the table). */
    types: z.array(z.enum(FIREARM_TYPE_CODES)).max(FIREARM_TYPE_CODES.length).optional(),
    calibers: nameList.optional(),
    note: z.string().trim().max(1000).nullable().optional(),
  })
  .strict();
export const proposalsQuery = z
  .object({ status: z.enum(['pending', 'accepted', 'rejected']).optional() })
  .strict();
export const proposalDecisionBody = z
  .object({ decision: z.enum(['accept', 'reject']), note: z.string().trim().max(1000).optional() })
  .strict();
export const proposalView = z
  .object({
    id: z.uuid(),
    kind: z.enum(['make', 'model', 'caliber']),
    name: z.string(),
    make: z.object({ id: z.string(), name: z.string() }).nullable(),
    aliases: z.array(z.string()),
    countries: z.array(z.string()),
    types: z.array(z.enum(FIREARM_TYPE_CODES)),
    calibers: z.array(z.object({ id: z.string(), name: z.string() })),
    note: z.string().nullable(),
    status: z.enum(['pending', 'accepted', 'rejected']),
    proposedBy: z.object({ agencyCode: z.string(), agencyName: z.string() }),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
    decisionNote: z.string().nullable(),
  })
  .meta({ id: 'ReferenceProposal' });
export const proposalList = z.object({ items: z.array(proposalView) });
