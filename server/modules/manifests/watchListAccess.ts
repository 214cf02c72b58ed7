// Who may keep a watch list: regulators (ability manage_watch_lists) and the operational staff of customs
// agencies, who meet the consignments. Everyone who screens chemicals in the agency reads its list.
import { actorHasAbility, type Actor } from '../../../core/sharing';
import type { Db } from '../../db/connect';
import { AppError } from '../../platform/errors';
import { authorizeAbility } from '../../platform/policy';

const CUSTOMS_ROLES = new Set(['analyst', 'investigator', 'agency_admin']);

export async function mayManageWatchList(db: Db, actor: Actor): Promise<boolean> {
  if (actorHasAbility(actor, 'manage_watch_lists')) return true;
  if (actor.recordHolder || !CUSTOMS_ROLES.has(actor.role)) return false;
  const agency = await db
    .selectFrom('agencies')
    .select('kind')
    .where('id', '=', actor.agencyId)
    .executeTakeFirst();
  return agency?.kind === 'customs';
}

export async function authorizeWatchListChange(db: Db, actor: Actor): Promise<void> {
  authorizeAbility(actor, 'screen_chemicals');
  if (!(await mayManageWatchList(db, actor))) throw new AppError('forbidden');
}
