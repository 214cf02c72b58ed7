// Who may manage which user accounts: agency admins their own agency (no system admins), system admins all.
import type { Actor, Role } from '../../../core/sharing';
import { actorHasAbility } from '../../../core/sharing';

export function canManageUsersOf(actor: Actor, agencyId: string): boolean {
  if (actorHasAbility(actor, 'manage_all_users')) return true;
  return actorHasAbility(actor, 'manage_agency_users') && actor.agencyId === agencyId;
}

export function canAssignRole(actor: Actor, role: Role): boolean {
  return role !== 'system_admin' || actorHasAbility(actor, 'manage_all_users');
}
