import { z } from 'zod';
import { COUNTRIES, DISTRIBUTIONS, TLPS } from '../../../core/sharing';
import { pageQuery } from '../../platform/http/pagination';
import { plainText, sharingInput } from '../../platform/http/schemas';

const futureDate = z.iso
  .datetime({ offset: true })
  // A malformed date is reported once, as invalid_datetime, not also as being in the past.
  .refine((value) => Number.isNaN(Date.parse(value)) || Date.parse(value) > Date.now(), {
    params: { message: 'date_in_past' },
  });

export const createAlertBody = z
  .object({
    title: plainText(300),
    body: plainText(20000),
    expiresAt: futureDate.nullable().optional(),
    ...sharingInput,
  })
  .strict();

export const updateAlertBody = z
  .object({
    version: z
      .number()
      .int()
      .min(1)
      .describe('The version you edited; a newer one on the server is a conflict'),
    title: plainText(300).optional(),
    body: plainText(20000).optional(),
    expiresAt: futureDate.nullable().optional(),
    distribution: z.enum(DISTRIBUTIONS).optional(),
    sharingGroupId: z.uuid().nullable().optional(),
    tlp: z.enum(TLPS).optional(),
    discoverable: z.boolean().optional(),
  })
  .strict();

export const listAlertsQuery = z
  .object({
    ...pageQuery,
    q: z.string().trim().max(200).optional(),
    includeExpired: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    unread: z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => v === 'true'),
  })
  .strict();

const agencyRef = z.object({ id: z.uuid(), code: z.string(), name: z.string(), country: z.enum(COUNTRIES) });

export const alertView = z
  .object({
    id: z.uuid(),
    title: z.string(),
    body: z.string(),
    tlp: z.enum(TLPS),
    distribution: z.enum(DISTRIBUTIONS),
    sharingGroup: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    discoverable: z.boolean(),
    ownerAgency: agencyRef,
    expiresAt: z.string().nullable(),
    expired: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    read: z.boolean(),
    abilities: z.object({ update: z.boolean(), share: z.boolean(), export: z.boolean() }),
  })
  .meta({ id: 'Alert' });

export const alertPage = z
  .object({ items: z.array(alertView), nextCursor: z.string().nullable() })
  .meta({ id: 'AlertPage' });
export const unreadCountView = z.object({ count: z.number().int() });
