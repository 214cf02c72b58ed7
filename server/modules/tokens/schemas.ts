import { z } from 'zod';
import { plainText } from '../../platform/http/schemas';

export const TOKEN_SCOPES = ['read', 'write'] as const;

export const createTokenBody = z
  .object({
    name: plainText(100),
    scopes: z.array(z.enum(TOKEN_SCOPES)).min(1).max(2),
    expiresInDays: z.number().int().min(1).max(365).default(90),
  })
  .strict();

export const tokenView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string(),
    scopes: z.array(z.enum(TOKEN_SCOPES)),
    expiresAt: z.string(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'ApiToken' });

export const createdTokenView = z
  .object({ token: z.string().describe('Shown once; only its hash is stored.'), apiToken: tokenView })
  .meta({ id: 'CreatedApiToken' });
