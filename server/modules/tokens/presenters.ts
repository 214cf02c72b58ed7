import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { ApiTokenTable } from '../../db/schema';
import type { tokenView } from './schemas';

export function presentToken(row: Selectable<ApiTokenTable>): z.infer<typeof tokenView> {
  return {
    id: row.id,
    name: row.name,
    prefix: row.token_prefix,
    scopes: row.scopes.filter((s): s is 'read' | 'write' => s === 'read' || s === 'write'),
    expiresAt: row.expires_at.toISOString(),
    revokedAt: row.revoked_at?.toISOString() ?? null,
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    createdAt: row.created_at.toISOString(),
  };
}
