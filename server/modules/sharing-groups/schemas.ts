import { z } from 'zod';
import { plainText } from '../../platform/http/schemas';

export const sharingGroupView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    description: z.string(),
    members: z.array(
      z.object({ id: z.uuid(), code: z.string(), name: z.string(), country: z.enum(['MX', 'US', 'CA']) }),
    ),
  })
  .meta({ id: 'SharingGroup' });

export const createSharingGroupBody = z
  .object({
    name: plainText(200, 2),
    description: plainText(2000, 0).default(''),
    memberAgencyIds: z.array(z.uuid()).max(500),
  })
  .strict();

export const updateSharingGroupBody = z
  .object({
    name: plainText(200, 2).optional(),
    description: plainText(2000, 0).optional(),
    memberAgencyIds: z.array(z.uuid()).max(500).optional(),
  })
  .strict();
