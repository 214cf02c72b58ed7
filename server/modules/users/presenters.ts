import type { Selectable } from 'kysely';
import type { z } from 'zod';
import { isLocale } from '../../../core/i18n/locale';
import type { UserTable } from '../../db/schema';
import type { userView } from './schemas';

/** Never the password hash or TOTP secret. */
export function presentUser(row: Selectable<UserTable>): z.infer<typeof userView> {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    agencyId: row.agency_id,
    locale: isLocale(row.locale) ? row.locale : 'en',
    totpEnabled: row.totp_enabled,
    disabled: row.disabled,
    lockedUntil:
      row.locked_until && row.locked_until.getTime() > Date.now() ? row.locked_until.toISOString() : null,
    createdAt: row.created_at.toISOString(),
  };
}
