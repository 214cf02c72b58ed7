// Loads a user with their agency and sharing groups: everything the policy needs to know about a caller,
// in one query, since it runs on every request.
import { sql } from 'kysely';
import type { Actor } from '../../../core/sharing';
import { isLocale } from '../../../core/i18n/locale';
import type { Db } from '../../db/connect';
import { prepared } from '../../db/preparedStatements';
import type { AuthenticatedUser } from './context';

type Loaded = { user: AuthenticatedUser; actor: Actor; disabled: boolean };

function userWithAgency(db: Db) {
  return db
    .selectFrom('users as u')
    .innerJoin('agencies as a', 'a.id', 'u.agency_id')
    .select([
      'u.id',
      'u.email',
      'u.display_name',
      'u.role',
      'u.agency_id',
      'u.locale',
      'u.totp_enabled',
      'u.disabled',
      'a.name as agency_name',
      'a.code as agency_code',
      'a.country',
      'a.totp_required',
      'a.kind as agency_kind',
      sql<string[]>`ARRAY(SELECT m.group_id FROM sharing_group_members m WHERE m.agency_id = u.agency_id)`.as(
        'group_ids',
      ),
    ]);
}

export async function loadUserAndActor(db: Db, userId: string): Promise<Loaded | null> {
  const row = await userWithAgency(db).where('u.id', '=', userId).executeTakeFirst();
  return row ? loadedFrom(row) : null;
}

/**
 * The session with this token hash and its user, in the same one query (a request pays one round trip to know its
 * caller, not two). Read on every request, so a signed-out (deleted) session or a disabled user stops at once.
 */
export async function loadSessionUserAndActor(
  db: Db,
  tokenHash: string,
): Promise<(Loaded & { csrfToken: string; expiresAt: Date }) | null> {
  // Every signed-in request runs this: prepared, it skips ~0.3 ms of planning (five times its execution).
  const row = await userWithAgency(db)
    .modifyFront(prepared)
    .innerJoin('sessions as s', 's.user_id', 'u.id')
    .select(['s.csrf_token', 's.expires_at'])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
  return row ? { ...loadedFrom(row), csrfToken: row.csrf_token, expiresAt: row.expires_at } : null;
}

type UserRow = Awaited<ReturnType<ReturnType<typeof userWithAgency>['executeTakeFirstOrThrow']>>;

function loadedFrom(row: UserRow): Loaded {
  return {
    disabled: row.disabled,
    user: {
      id: row.id,
      email: row.email,
      displayName: row.display_name,
      role: row.role,
      agencyId: row.agency_id,
      agencyName: row.agency_name,
      agencyCode: row.agency_code,
      locale: isLocale(row.locale) ? row.locale : 'en',
      totpEnabled: row.totp_enabled,
      agencyRequiresTotp: row.totp_required,
    },
    actor: {
      userId: row.id,
      agencyId: row.agency_id,
      country: row.country,
      role: row.role,
      groupIds: row.group_ids,
      recordHolder: row.agency_kind === 'record_holder',
    },
  };
}
