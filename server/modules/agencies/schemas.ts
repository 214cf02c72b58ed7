import { z } from 'zod';
import { COUNTRIES } from '../../../core/sharing';
import { plainText } from '../../platform/http/schemas';

export const AGENCY_KINDS = [
  'prosecutor',
  'police',
  'customs',
  'regulator',
  'tracing_centre',
  'drug_enforcement',
  'record_holder',
  'secretariat',
] as const;

export const agencyView = z
  .object({
    id: z.uuid(),
    code: z.string(),
    name: z.string(),
    country: z.enum(COUNTRIES),
    kind: z.enum(AGENCY_KINDS),
    totpRequired: z.boolean(),
  })
  .meta({ id: 'Agency' });

export const createAgencyBody = z
  .object({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9-]{2,24}$/),
    name: plainText(200, 2),
    country: z.enum(COUNTRIES),
    kind: z.enum(AGENCY_KINDS),
    totpRequired: z.boolean().default(false),
  })
  .strict();

export const updateAgencyBody = z
  .object({
    name: plainText(200, 2).optional(),
    kind: z.enum(AGENCY_KINDS).optional(),
    totpRequired: z.boolean().optional(),
  })
  .strict();
