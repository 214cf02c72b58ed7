import { z } from 'zod';
import { COUNTRIES } from '../../../core/sharing';
import { plainText } from '../../platform/http/schemas';
import { SHARED_RECORD_TYPES } from '../../platform/policy';

export const createAccessRequestBody = z
  .object({ recordType: z.enum(SHARED_RECORD_TYPES), recordId: z.uuid(), reason: plainText(2000) })
  .strict();

// A decision may come with no body at all (nothing to add): that counts as an empty object.
export const decideAccessRequestBody = z.preprocess(
  (value) => value ?? {},
  z.object({ note: plainText(2000, 0).optional() }).strict(),
);

export const listAccessRequestsQuery = z
  .object({ direction: z.enum(['incoming', 'outgoing']).default('incoming') })
  .strict();

const agencyRef = z.object({ id: z.uuid(), code: z.string(), name: z.string(), country: z.enum(COUNTRIES) });

export const accessRequestView = z
  .object({
    id: z.uuid(),
    recordType: z.enum(SHARED_RECORD_TYPES),
    recordId: z.uuid(),
    ownerAgency: agencyRef.describe(
      'The agency that decides: the record’s owner, or the tracing centre that holds a record holder’s report',
    ),
    requesterAgency: agencyRef,
    requester: z.object({ id: z.uuid(), displayName: z.string(), email: z.string() }),
    reason: z.string(),
    status: z.enum(['pending', 'granted', 'refused', 'revoked']),
    decisionNote: z.string().nullable(),
    decidedAt: z.string().nullable(),
    revocationNote: z.string().nullable(),
    revokedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'AccessRequest' });
