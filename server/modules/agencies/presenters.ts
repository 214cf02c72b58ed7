import type { Selectable } from 'kysely';
import type { z } from 'zod';
import type { AgencyTable } from '../../db/schema';
import type { agencyView } from './schemas';
import { AGENCY_KINDS } from './schemas';

export function presentAgency(row: Selectable<AgencyTable>): z.infer<typeof agencyView> {
  const kind = (AGENCY_KINDS as readonly string[]).includes(row.kind)
    ? (row.kind as (typeof AGENCY_KINDS)[number])
    : 'secretariat';
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    country: row.country,
    kind,
    totpRequired: row.totp_required,
  };
}
