import { z } from 'zod';
import { ABILITIES, COUNTRIES, ROLES } from '../../../core/sharing';
import { LOCALES } from '../../../core/i18n/locale';

export const signInBody = z
  .object({
    email: z.string().trim().toLowerCase().max(254),
    password: z.string().min(1).max(1024),
    totpCode: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
  })
  .strict();

export const sessionView = z
  .object({
    user: z.object({
      id: z.uuid(),
      email: z.string(),
      displayName: z.string(),
      role: z.enum(ROLES),
      locale: z.enum(LOCALES),
      totpEnabled: z.boolean(),
    }),
    agency: z.object({
      id: z.uuid(),
      code: z.string(),
      name: z.string(),
      country: z.enum(COUNTRIES),
      totpRequired: z.boolean(),
    }),
    abilities: z.array(z.enum(ABILITIES)),
    csrfToken: z.string().nullable(),
    totpEnrollmentRequired: z.boolean(),
  })
  .meta({ id: 'Session' });

export const updateMeBody = z.object({ locale: z.enum(LOCALES) }).strict();

export const totpSetupView = z
  .object({ secret: z.string(), otpauthUri: z.string() })
  .meta({ id: 'TotpSetup' });
export const totpEnableBody = z.object({ code: z.string().regex(/^\d{6}$/) }).strict();
