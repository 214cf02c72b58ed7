import { z } from 'zod';
import { ROLES } from '../../../core/sharing';
import { LOCALES } from '../../../core/i18n/locale';
import { MIN_PASSWORD_LENGTH } from '../../platform/auth/passwords';
import { plainText } from '../../platform/http/schemas';

export const userView = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    agencyId: z.uuid(),
    locale: z.enum(LOCALES),
    totpEnabled: z.boolean(),
    disabled: z.boolean(),
    lockedUntil: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'User' });

export const listUsersQuery = z.object({ agencyId: z.uuid().optional() }).strict();

export const createUserBody = z
  .object({
    email: z
      .email()
      .max(254)
      .transform((e) => e.toLowerCase()),
    displayName: plainText(200),
    role: z.enum(ROLES),
    agencyId: z.uuid().optional(),
    password: z.string().min(MIN_PASSWORD_LENGTH).max(1024),
    locale: z.enum(LOCALES).default('en'),
  })
  .strict();

export const updateUserBody = z
  .object({
    displayName: plainText(200).optional(),
    role: z.enum(ROLES).optional(),
    disabled: z.boolean().optional(),
    locale: z.enum(LOCALES).optional(),
    unlock: z.literal(true).optional(),
  })
  .strict();
