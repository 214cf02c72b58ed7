// Who may manage which user accounts: agency admins their own agency (no system admins), system admins all.
import type { Actor, Role } from '../../../core/sharing';
import { hasAbility } from '../../../core/sharing';

export function canManageUsersOf(actor: Actor, agencyId: string): boolean {
  if (hasAbility(actor.role, 'manage_all_users')) return true;
  return hasAbility(actor.role, 'manage_agency_users') && actor.agencyId === agencyId;
}

export function canAssignRole(actor: Actor, role: Role): boolean {
  return role !== 'system_admin' || hasAbility(actor.role, 'manage_all_users');
}
