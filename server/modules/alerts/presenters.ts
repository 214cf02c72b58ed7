// Exactly the alert fields that leave the server, with what this user may do to it.
import type { z } from 'zod';
import { can, type Actor } from '../../../core/sharing';
import type { AlertRow } from './queries';
import { sharedRecordOfAlert } from './queries';
import type { alertView } from './schemas';

export function presentAlert(row: AlertRow, actor: Actor, grants: string[]): z.infer<typeof alertView> {
  const record = sharedRecordOfAlert(row, grants);
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    tlp: row.tlp,
    distribution: row.distribution,
    sharingGroup:
      row.sharing_group_id && row.group_name ? { id: row.sharing_group_id, name: row.group_name } : null,
    discoverable: row.discoverable,
    ownerAgency: {
      id: row.owner_agency_id,
      code: row.owner_code,
      name: row.owner_name,
      country: row.owner_country,
    },
    expiresAt: row.expires_at?.toISOString() ?? null,
    expired: row.expires_at !== null && row.expires_at.getTime() <= Date.now(),
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
    read: row.is_read,
    abilities: {
      update: can(actor, 'update', record),
      share: can(actor, 'share', record),
      export: can(actor, 'export', record),
    },
  };
}
