import { z } from 'zod';
import { pageQuery } from '../../platform/http/pagination';

export const auditFilterQuery = z
  .object({
    ...pageQuery,
    action: z.string().trim().max(100).optional(),
    actorEmail: z.string().trim().toLowerCase().max(254).optional(),
    recordType: z.string().trim().max(50).optional(),
    recordId: z.string().trim().max(100).optional(),
    agencyId: z.uuid().optional(),
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

export const auditEventView = z
  .object({
    id: z.string(),
    at: z.string(),
    actor: z.object({ id: z.uuid(), email: z.string(), displayName: z.string() }).nullable(),
    actorAgency: z.object({ id: z.uuid(), code: z.string(), name: z.string() }).nullable(),
    action: z.string(),
    recordType: z.string().nullable(),
    recordId: z.string().nullable(),
    ownerAgencyId: z.uuid().nullable(),
    ip: z.string().nullable(),
    requestId: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEvent' });

export const auditPage = z
  .object({ items: z.array(auditEventView), nextCursor: z.string().nullable() })
  .meta({ id: 'AuditPage' });
