// What a role may do outside any one record: the admin and workflow abilities that shape navigation.
// Sent to the web client with the session, so it shows exactly the buttons the server would allow.
import type { Role } from './types';
import { OPERATIONAL_ROLES } from './truthTable';

export const ABILITIES = [
  'manage_agencies',
  'manage_sharing_groups',
  'manage_agency_users',
  'manage_all_users',
  'read_audit',
  'publish_alerts',
  'read_alerts',
  'search_records',
  'decide_access_requests',
  'record_recoveries',
  'read_personal_data',
  'read_chemicals',
  'screen_chemicals',
  'manage_chemicals',
  'request_traces',
  'work_traces',
  'manage_notifications',
  'answer_trace_hops',
  'manage_watch_lists',
  /** Accept or reject agencies' proposed additions to the firearm reference table. */
  'manage_reference',
] as const;
export type Ability = (typeof ABILITIES)[number];

const ABILITIES_BY_ROLE: Record<Role, readonly Ability[]> = {
  analyst: [
    'read_alerts',
    'publish_alerts',
    'search_records',
    'record_recoveries',
    'read_chemicals',
    'screen_chemicals',
  ],
  investigator: [
    'read_alerts',
    'publish_alerts',
    'search_records',
    'record_recoveries',
    'read_personal_data',
    'read_chemicals',
    'screen_chemicals',
    'request_traces',
  ],
  tracing_officer: [
    'read_alerts',
    'publish_alerts',
    'search_records',
    'record_recoveries',
    'read_personal_data',
    'read_chemicals',
    'screen_chemicals',
    'request_traces',
    'work_traces',
    'manage_reference',
  ],
  regulator: [
    'read_alerts',
    'publish_alerts',
    'search_records',
    'read_chemicals',
    'screen_chemicals',
    'manage_chemicals',
    'manage_notifications',
    'manage_watch_lists',
  ],
  agency_admin: [
    'read_alerts',
    'publish_alerts',
    'search_records',
    'manage_agency_users',
    'decide_access_requests',
    'record_recoveries',
    'read_personal_data',
    'read_chemicals',
    'screen_chemicals',
    'request_traces',
  ],
  auditor: ['read_audit'],
  system_admin: [
    'manage_agencies',
    'manage_sharing_groups',
    'manage_all_users',
    'manage_agency_users',
    'read_audit',
    'manage_reference',
  ],
};

export function abilitiesOf(role: Role): readonly Ability[] {
  return ABILITIES_BY_ROLE[role];
}

export function hasAbility(role: Role, ability: Ability): boolean {
  return ABILITIES_BY_ROLE[role].includes(ability);
}

export function isOperational(role: Role): boolean {
  return OPERATIONAL_ROLES.has(role);
}

/**
 * The abilities a signed-in user gets. A record holder's users (dealers, manufacturers) are not partners:
 * distribution never reaches them, so the operational pages would only ever be empty. They get the holder inbox
 * (granted by the agency's kind, not by role; it is also where they file multiple-sales reports) and, for the
 * holder's own admin, its users.
 */
export function sessionAbilitiesOf(role: Role, recordHolder: boolean): readonly Ability[] {
  if (!recordHolder) return ABILITIES_BY_ROLE[role];
  const kept = ABILITIES_BY_ROLE[role].filter((a) => a === 'manage_agency_users');
  return [...kept, 'answer_trace_hops'];
}

/** What the server checks: the same abilities the session shows, so a record holder's analyst is not an analyst. */
export function actorHasAbility(actor: { role: Role; recordHolder: boolean }, ability: Ability): boolean {
  return sessionAbilitiesOf(actor.role, actor.recordHolder).includes(ability);
}
