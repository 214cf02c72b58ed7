// A lost/stolen report as the API shows it: the serial as stamped (plain), never the folded search form.
import type { z } from 'zod';
import type { lostStolenView } from './schemas';
import type { LostStolenRow } from './queries';

export function presentLostStolen(row: LostStolenRow): z.infer<typeof lostStolenView> {
  return {
    recordType: 'lost_stolen',
    id: row.id,
    serial: row.serial_plain,
    make: row.make,
    model: row.model,
    date: row.reported_on_text,
    kind: row.kind,
    ownerAgency: {
      id: row.owner_agency_id,
      code: row.owner_code,
      name: row.owner_name,
      country: row.owner_country,
    },
    caliber: row.caliber,
    type: row.type,
    details: row.details,
    tlp: row.tlp,
    distribution: row.distribution,
    sharingGroup:
      row.sharing_group_id && row.group_name ? { id: row.sharing_group_id, name: row.group_name } : null,
    discoverable: row.discoverable,
    heldBy: row.held_by,
    createdAt: row.created_at.toISOString(),
  };
}
