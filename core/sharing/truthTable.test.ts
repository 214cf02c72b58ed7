// The sharing truth table, written out by hand: every role × distribution × relation × TLP × action.
import { describe, expect, it } from 'vitest';
import { can, mayDiscover, OPERATIONAL_ROLES } from './truthTable';
import {
  DISTRIBUTIONS,
  RECORD_ACTIONS,
  ROLES,
  TLPS,
  type Actor,
  type Distribution,
  type RecordAction,
  type Role,
  type SharedRecord,
  type Tlp,
} from './types';

const RELATIONS = [
  'same_agency',
  'same_country',
  'group_member',
  'other',
  'granted',
  'record_holder',
] as const;
type Relation = (typeof RELATIONS)[number];

const OWNER = 'agency-owner';
const GROUP = 'group-1';

function actorFor(role: Role, relation: Relation): Actor {
  switch (relation) {
    case 'same_agency':
      return { userId: 'u', agencyId: OWNER, country: 'MX', role, groupIds: [GROUP], recordHolder: false };
    case 'same_country':
      return { userId: 'u', agencyId: 'agency-mx-2', country: 'MX', role, groupIds: [], recordHolder: false };
    case 'group_member':
      return {
        userId: 'u',
        agencyId: 'agency-us',
        country: 'US',
        role,
        groupIds: [GROUP],
        recordHolder: false,
      };
    case 'other':
      return { userId: 'u', agencyId: 'agency-ca', country: 'CA', role, groupIds: [], recordHolder: false };
    case 'granted':
      return {
        userId: 'u',
        agencyId: 'agency-granted',
        country: 'CA',
        role,
        groupIds: [],
        recordHolder: false,
      };
    case 'record_holder':
      // A Mexican dealer in the owner's country and sharing group: still reached by nothing but a grant.
      return {
        userId: 'u',
        agencyId: 'agency-dealer',
        country: 'MX',
        role,
        groupIds: [GROUP],
        recordHolder: true,
      };
  }
}

function recordFor(distribution: Distribution, tlp: Tlp): SharedRecord {
  return {
    ownerAgencyId: OWNER,
    ownerCountry: 'MX',
    distribution,
    sharingGroupId: distribution === 'group' ? GROUP : null,
    tlp,
    grantedAgencyIds: ['agency-granted'],
  };
}

// Who a record reaches, by distribution
// (columns: same_agency, same_country, group_member, other, granted, record_holder).
const READ_REACH: Record<Distribution, string> = {
  agency: 'Y N N N Y N',
  country: 'Y Y N N Y N',
  group: 'Y N Y N Y N',
  partners: 'Y Y Y Y Y N',
};
// TLP:RED reaches only the owner and agencies granted by name, whatever the distribution.
const RED_REACH = 'Y N N N Y N';

const OPERATIONAL: Role[] = ['analyst', 'investigator', 'tracing_officer', 'regulator', 'agency_admin'];
const SHARERS: Role[] = ['investigator', 'tracing_officer', 'regulator', 'agency_admin'];

function expected(
  role: Role,
  relation: Relation,
  distribution: Distribution,
  tlp: Tlp,
  action: RecordAction,
): boolean {
  if (!OPERATIONAL.includes(role)) return false; // auditors and system admins never see operational records
  const column = RELATIONS.indexOf(relation);
  const reach = (tlp === 'RED' ? RED_REACH : READ_REACH[distribution]).split(' ')[column] === 'Y';
  const own = relation === 'same_agency';
  switch (action) {
    case 'read':
      return reach;
    case 'update':
      return own;
    case 'share':
      return own && SHARERS.includes(role) && (tlp !== 'RED' || role === 'agency_admin');
    case 'export':
      return reach && (own || tlp === 'CLEAR' || tlp === 'GREEN' || tlp === 'AMBER');
  }
}

describe('sharing truth table', () => {
  const cases = ROLES.flatMap((role) =>
    RELATIONS.flatMap((relation) =>
      DISTRIBUTIONS.flatMap((distribution) =>
        TLPS.flatMap((tlp) =>
          RECORD_ACTIONS.map((action) => [role, relation, distribution, tlp, action] as const),
        ),
      ),
    ),
  );

  it(`covers all ${cases.length} combinations`, () => {
    expect(cases.length).toBe(7 * 6 * 4 * 5 * 4);
    const mismatches = cases.filter(
      ([role, relation, distribution, tlp, action]) =>
        can(actorFor(role, relation), action, recordFor(distribution, tlp)) !==
        expected(role, relation, distribution, tlp, action),
    );
    expect(mismatches).toEqual([]);
  });

  it('spot checks read as a person would say them', () => {
    const mxAnalystOtherAgency = actorFor('analyst', 'same_country');
    expect(can(mxAnalystOtherAgency, 'read', recordFor('country', 'AMBER'))).toBe(true);
    expect(can(mxAnalystOtherAgency, 'read', recordFor('agency', 'CLEAR'))).toBe(false);
    expect(can(actorFor('auditor', 'same_agency'), 'read', recordFor('agency', 'CLEAR'))).toBe(false);
    expect(can(actorFor('investigator', 'group_member'), 'export', recordFor('group', 'AMBER+STRICT'))).toBe(
      false,
    );
    expect(can(actorFor('analyst', 'same_agency'), 'share', recordFor('agency', 'GREEN'))).toBe(false);
    expect(can(actorFor('investigator', 'same_agency'), 'share', recordFor('agency', 'RED'))).toBe(false);
    expect(can(actorFor('agency_admin', 'same_agency'), 'share', recordFor('agency', 'RED'))).toBe(true);
  });

  it('a group record does not reach a member agency of another group', () => {
    const otherGroup: Actor = {
      userId: 'u',
      agencyId: 'x',
      country: 'US',
      role: 'analyst',
      groupIds: ['group-2'],
      recordHolder: false,
    };
    expect(can(otherGroup, 'read', recordFor('group', 'GREEN'))).toBe(false);
  });

  it('only operational users of partner agencies discover: never record holders, auditors or system admins', () => {
    for (const role of ROLES) {
      expect(mayDiscover(actorFor(role, 'other')), role).toBe(OPERATIONAL_ROLES.has(role));
      expect(mayDiscover(actorFor(role, 'record_holder')), role).toBe(false);
    }
  });
});
