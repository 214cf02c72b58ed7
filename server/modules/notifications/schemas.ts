// Request and response shapes of pre-export notifications and parties (zod; also the OpenAPI).
import { z } from 'zod';
import { NOTIFICATION_ACTIONS, NOTIFICATION_STATUSES } from '../../../core/chemicals/notificationStatus';
import { COUNTRIES, TLPS } from '../../../core/sharing';
import { pageQuery } from '../../platform/http/pagination';
import { plainText } from '../../platform/http/schemas';
import { screeningView } from '../chemicals/schemas';
import { ATTACHMENT_KINDS, ATTACHMENT_TYPES } from './attachmentFiles';
import { isValidBusinessNumber, isValidEin, isValidRfc, QUANTITY_UNITS, withinQuantityLimit } from './values';

const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .describe('ISO 3166-1 alpha-2');
const isoDay = z.iso.date();

const identifier = (
  valid: (value: string) => boolean,
  message: 'invalid_rfc' | 'invalid_ein' | 'invalid_bn',
) => z.string().trim().toUpperCase().max(20).refine(valid, { params: { message } });

export const partyIdentifiers = z
  .object({
    rfc: identifier(isValidRfc, 'invalid_rfc').optional().describe('Mexico: RFC (12 or 13 characters)'),
    ein: identifier(isValidEin, 'invalid_ein').optional().describe('US: EIN (NN-NNNNNNN)'),
    bn: identifier(isValidBusinessNumber, 'invalid_bn')
      .optional()
      .describe('Canada: business number (9 digits, optionally a program account such as RT0001)'),
  })
  .strict();

export const createPartyBody = z
  .object({
    name: plainText(300),
    country: countryCode,
    identifiers: partyIdentifiers.default({}),
    address: plainText(1000),
  })
  .strict();

export const listPartiesQuery = z
  .object({
    q: z.string().trim().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export const partyView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    country: z.string(),
    identifiers: z.object({
      rfc: z.string().optional(),
      ein: z.string().optional(),
      bn: z.string().optional(),
    }),
    address: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'Party' });
export const partyList = z.object({ items: z.array(partyView) });

const smilesText = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .refine((s) => /^\S+$/.test(s), { params: { message: 'invalid_smiles' } });

export const lineInput = z
  .object({
    chemicalId: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/)
      .optional()
      .describe('A chemical of the registry'),
    name: plainText(300).optional(),
    cas: z.string().trim().min(1).max(40).optional(),
    smiles: smilesText.optional(),
    description: plainText(1000, 0).default(''),
    quantity: z.number().positive().finite(),
    unit: z.enum(QUANTITY_UNITS),
  })
  .strict()
  .superRefine((line, ctx) => {
    const given = (['chemicalId', 'name', 'cas', 'smiles'] as const).filter((k) => line[k] !== undefined);
    if (given.length !== 1)
      ctx.addIssue({
        code: 'custom',
        path: given.length ? given.slice(1) : ['chemicalId'],
        params: { message: 'one_substance' },
        input: line,
      });
    if (!withinQuantityLimit(line.quantity, line.unit))
      ctx.addIssue({
        code: 'custom',
        path: ['quantity'],
        params: { message: 'quantity_absurd' },
        input: line,
      });
  })
  .describe('One substance (exactly one of chemicalId, name, cas, smiles) and its quantity');

const notificationFields = {
  importingAgencyId: z.uuid().describe("The importing country's competent authority"),
  exporterPartyId: z.uuid(),
  importerPartyId: z.uuid(),
  consigneePartyId: z.uuid().nullable().optional(),
  pointOfEntry: plainText(300),
  plannedDispatchDate: isoDay,
  route: plainText(2000, 0).default(''),
  transitCountries: z.array(countryCode).max(20).default([]),
  voluntary: z
    .boolean()
    .default(false)
    .describe(
      'A voluntary notice (PEN Online Light) for a non-scheduled chemical: the 15-day rule does not apply',
    ),
  reference: plainText(100, 0).default('').describe("The exporting authority's own reference"),
  tlp: z.enum(TLPS).default('AMBER'),
  lines: z.array(lineInput).min(1).max(100),
};

export const createNotificationBody = z.object(notificationFields).strict();

export const updateNotificationBody = z
  .object({
    version: z
      .number()
      .int()
      .min(1)
      .describe('The version you edited; a newer one on the server is a conflict'),
    importingAgencyId: notificationFields.importingAgencyId.optional(),
    exporterPartyId: notificationFields.exporterPartyId.optional(),
    importerPartyId: notificationFields.importerPartyId.optional(),
    consigneePartyId: notificationFields.consigneePartyId,
    pointOfEntry: notificationFields.pointOfEntry.optional(),
    plannedDispatchDate: notificationFields.plannedDispatchDate.optional(),
    route: plainText(2000, 0).optional(),
    transitCountries: z.array(countryCode).max(20).optional(),
    voluntary: z.boolean().optional(),
    reference: plainText(100, 0).optional(),
    tlp: z.enum(TLPS).optional(),
    lines: notificationFields.lines.optional().describe('Replaces every line'),
  })
  .strict();

export const actionBody = z
  .object({ version: z.number().int().min(1).describe('The version you acted on') })
  .strict();
export const objectBody = z.object({ version: z.number().int().min(1), reason: plainText(4000) }).strict();

export const listNotificationsQuery = z
  .object({
    ...pageQuery,
    box: z
      .enum(['inbox', 'outbox'])
      .optional()
      .describe('inbox: notices to my agency; outbox: notices my agency sent or drafted; omitted: both'),
    status: z.enum(NOTIFICATION_STATUSES).optional(),
    country: z
      .enum(COUNTRIES)
      .optional()
      .describe(
        "The other authority's country: the importing country of my notices, the exporting one of notices to me",
      ),
    substance: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .describe(
        'A line names this substance: registry id, name or synonym (part of it), CAS number or SMILES',
      ),
    dispatchFrom: isoDay.optional().describe('Planned dispatch on or after this day'),
    dispatchTo: isoDay.optional().describe('Planned dispatch on or before this day'),
    overdue: z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => (v === undefined ? undefined : v === 'true')),
  })
  .strict();
export const exportNotificationsQuery = listNotificationsQuery.omit({ limit: true, cursor: true });

const agencyRef = z.object({ id: z.uuid(), code: z.string(), name: z.string(), country: z.enum(COUNTRIES) });

export const notificationLineView = z.object({
  id: z.uuid(),
  position: z.number().int(),
  chemical: z.object({ id: z.string(), name: z.string() }).nullable(),
  name: z.string().nullable(),
  cas: z.string().nullable(),
  smiles: z.string().nullable(),
  description: z.string(),
  quantity: z.number(),
  unit: z.enum(QUANTITY_UNITS),
  screening: screeningView.nullable().describe('Stored when the notice was sent; null for a draft'),
  screenedAt: z.string().nullable(),
});

export const attachmentView = z
  .object({
    id: z.uuid(),
    kind: z.enum(ATTACHMENT_KINDS),
    filename: z.string().describe('Cleaned by the server; its extension matches the recognised type'),
    contentType: z.enum(ATTACHMENT_TYPES).describe("Recognised from the file's first bytes"),
    sizeBytes: z.number().int(),
    sha256: z.string().describe('Hex SHA-256 of the stored bytes'),
    createdAt: z.string(),
    url: z.string().describe('Download (audited)'),
  })
  .meta({ id: 'NotificationAttachment' });

export const attachmentQuery = z
  .object({
    kind: z.enum(ATTACHMENT_KINDS),
    filename: z.string().min(1).max(1000).describe('The original file name; the server cleans it'),
  })
  .strict();
export const attachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() }).strict();

export const notificationView = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    status: z.enum(NOTIFICATION_STATUSES),
    voluntary: z.boolean(),
    tlp: z.enum(TLPS),
    exportingAgency: agencyRef,
    importingAgency: agencyRef,
    exporter: partyView,
    importer: partyView,
    consignee: partyView.nullable(),
    pointOfEntry: z.string(),
    plannedDispatchDate: z.string(),
    sendBy: z.string().describe('Dispatch date − 15 days: the last day a non-voluntary notice may be sent'),
    responseDueDate: z.string().nullable(),
    overdue: z.boolean(),
    route: z.string(),
    transitCountries: z.array(z.string()),
    objectionReason: z.string().nullable(),
    screeningSummary: z.object({
      controlled: z.number().int(),
      suspectedDesignerPrecursor: z.number().int(),
      unresolved: z.number().int(),
      clear: z.number().int(),
    }),
    lines: z.array(notificationLineView),
    attachments: z.array(attachmentView),
    sentAt: z.string().nullable(),
    acknowledgedAt: z.string().nullable(),
    decidedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    side: z.enum(['exporter', 'importer']).describe("The caller's agency's side of this notice"),
    actions: z.array(z.enum(NOTIFICATION_ACTIONS)).describe('What the caller may do now'),
  })
  .meta({ id: 'ExportNotification' });

export const notificationSummaryView = notificationView
  .omit({ lines: true, route: true, attachments: true })
  .extend({ lineCount: z.number().int() })
  .meta({ id: 'ExportNotificationSummary' });

export const notificationPage = z
  .object({ items: z.array(notificationSummaryView), nextCursor: z.string().nullable() })
  .meta({ id: 'ExportNotificationPage' });

export type NotificationView = z.infer<typeof notificationView>;
export type NotificationSummaryView = z.infer<typeof notificationSummaryView>;
export type PartyView = z.infer<typeof partyView>;
export type LineInput = z.infer<typeof lineInput>;
