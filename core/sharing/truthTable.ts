// The sharing truth table: the one statement of who may read, update, share and export a shared record.
// server/platform/policy turns the same rules into a SQL predicate, so lists and `can` never disagree.
import type { Actor, RecordAction, Role, SharedRecord, Tlp } from './types';

/** Roles that work with operational records (alerts, traces, notifications...). */
export const OPERATIONAL_ROLES: ReadonlySet<Role> = new Set([
  'analyst',
  'investigator',
  'tracing_officer',
  'regulator',
  'agency_admin',
]);

/** Roles allowed to change the distribution of their agency's records. Analysts read and write, but don't publish. */
export const SHARING_ROLES: ReadonlySet<Role> = new Set([
  'investigator',
  'tracing_officer',
  'regulator',
  'agency_admin',
]);

/** TLP labels whose holders may take a copy out of Rastro (an export) outside the owner agency. */
export const EXPORTABLE_OUTSIDE_OWNER: ReadonlySet<Tlp> = new Set(['CLEAR', 'GREEN', 'AMBER']);

/**
 * Does the record's distribution reach this actor?
 * TLP:RED narrows reach to the owner agency and agencies granted access by name: the owner decides
 * each recipient, whatever the distribution says. Record holders are reached the same narrow way.
 */
export function reaches(actor: Actor, record: SharedRecord): boolean {
  if (actor.agencyId === record.ownerAgencyId) return true;
  if (record.grantedAgencyIds.includes(actor.agencyId)) return true;
  if (record.tlp === 'RED' || actor.recordHolder) return false;
  switch (record.distribution) {
    case 'agency':
      return false;
    case 'country':
      return actor.country === record.ownerCountry;
    case 'group':
      return record.sharingGroupId !== null && actor.groupIds.includes(record.sharingGroupId);
    case 'partners':
      return true;
  }
}

/** can(actor, action, record): the answer every route and command asks for. */
export function can(actor: Actor, action: RecordAction, record: SharedRecord): boolean {
  if (!OPERATIONAL_ROLES.has(actor.role)) return false;
  const ownAgency = actor.agencyId === record.ownerAgencyId;
  switch (action) {
    case 'read':
      return reaches(actor, record);
    case 'update':
      return ownAgency;
    case 'share':
      // TLP:RED widens only by an agency admin's decision.
      return (
        ownAgency && SHARING_ROLES.has(actor.role) && (record.tlp !== 'RED' || actor.role === 'agency_admin')
      );
    case 'export':
      return reaches(actor, record) && (ownAgency || EXPORTABLE_OUTSIDE_OWNER.has(record.tlp));
  }
}

/**
 * May this actor learn that records it cannot read exist ("a match exists at agency X")? Only operational users of
 * partner agencies: a record holder (a gun dealer, a manufacturer) is not a partner, and telling it which agency
 * holds a record about a serial would disclose an investigation.
 */
export function mayDiscover(actor: Actor): boolean {
  return OPERATIONAL_ROLES.has(actor.role) && !actor.recordHolder;
}
