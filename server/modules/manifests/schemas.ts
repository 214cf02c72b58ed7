// Request and response shapes of manifest screening and watch lists (zod: validation and OpenAPI).
import { z } from 'zod';
import { JURISDICTIONS } from '../../../core/chemicals';
import { MANIFEST_FIELDS } from '../../../core/chemicals/manifest';
import { plainText } from '../../platform/http/schemas';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const screenManifestQuery = z
  .object({
    format: z.enum(['json', 'csv']).default('json'),
    /** Add this manifest's quantities to the consignees' history (audited either way). */
    record: z.enum(['true', 'false']).default('false'),
    fileName: z.string().max(300).default(''),
  })
  .strict();

const statusEnum = z.enum(['controlled', 'suspected_designer_precursor', 'unresolved', 'clear', 'error']);

const confidence = z.union([
  z.object({ kind: z.literal('exact') }),
  z.object({ kind: z.literal('rule') }),
  z.object({ kind: z.literal('similarity'), score: z.number() }),
]);

const lineReport = z
  .object({
    fileLine: z.number().int(),
    line: z.string(),
    description: z.string(),
    cas: z.string(),
    smiles: z.string(),
    hsCode: z.string(),
    quantity: z
      .object({
        value: z.number(),
        unit: z.string(),
        base: z.enum(['kg', 'L', 'unit']),
        baseValue: z.number(),
      })
      .nullable(),
    consignor: z.string(),
    consignee: z.string(),
    forwarders: z.array(z.string()).readonly(),
    route: z.array(z.string()).readonly(),
    consignment: z.string(),
    status: statusEnum,
    substanceKey: z.string().nullable(),
    reasons: z
      .array(
        z.object({
          from: z.enum(['smiles', 'cas', 'description']),
          ruleId: z.string(),
          parentId: z.string().nullable(),
          parentName: z.string().nullable(),
          confidence: confidence.nullable(),
          controlledIn: z.array(z.enum(JURISDICTIONS)).readonly(),
          unknownIn: z.array(z.enum(JURISDICTIONS)).readonly(),
          message: z.string(),
        }),
      )
      .readonly(),
    redFlags: z
      .array(
        z.object({
          code: z.string(),
          params: z.record(z.string(), z.union([z.string(), z.number()])),
          message: z.string(),
        }),
      )
      .readonly(),
    errors: z
      .array(z.object({ field: z.enum(MANIFEST_FIELDS), code: z.string(), message: z.string() }))
      .readonly(),
  })
  .meta({ id: 'ManifestLineReport' });

export const manifestReportView = z
  .object({
    screeningId: z.uuid(),
    format: z.enum(['csv', 'xlsx']),
    ignoredColumns: z.array(z.string()),
    summary: z.object({
      lines: z.number().int(),
      byStatus: z.record(z.string(), z.number().int()),
      linesWithErrors: z.number().int(),
      linesWithRedFlags: z.number().int(),
      redFlags: z.record(z.string(), z.number().int()),
      uniqueStructures: z.number().int(),
      addedToHistory: z.boolean(),
    }),
    lines: z.array(lineReport),
  })
  .meta({ id: 'ManifestReport' });

export const watchKind = z.enum(['consignee', 'forwarder', 'consignor']);

export const watchEntryView = z
  .object({
    id: z.uuid(),
    kind: watchKind,
    name: z.string(),
    identifier: z.string().nullable(),
    reason: z.string(),
    addedAt: z.string(),
    addedBy: z.string().nullable(),
  })
  .meta({ id: 'WatchListEntry' });

export const watchListView = z.object({ items: z.array(watchEntryView), canManage: z.boolean() });

export const addWatchEntryBody = z
  .object({
    kind: watchKind,
    name: plainText(300),
    identifier: plainText(40).nullable().optional(),
    reason: plainText(1000),
  })
  .strict();

export const removeWatchEntryBody = z.object({ reason: plainText(1000) }).strict();
