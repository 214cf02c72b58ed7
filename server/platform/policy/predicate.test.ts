// The SQL predicate returns exactly the rows `can` allows: a property test over random worlds of
// agencies, sharing groups, alerts and grants, for every role and action, on each test database.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  can,
  COUNTRIES,
  mayDiscover,
  DISTRIBUTIONS,
  RECORD_ACTIONS,
  ROLES,
  TLPS,
  type Actor,
  type SharedRecord,
} from '../../../core/sharing';
import type { DatabaseHandle } from '../../db/connect';
import { DATABASE_KINDS, freshDatabase } from '../../test/databases';
import { allowedRows, discoverableRows } from './predicate';

const worldArbitrary = fc.record({
  agencyCountries: fc.array(fc.constantFrom(...COUNTRIES), { minLength: 2, maxLength: 6 }),
  groups: fc.array(fc.array(fc.nat(5), { maxLength: 4 }), { minLength: 1, maxLength: 3 }),
  alerts: fc.array(
    fc.record({
      owner: fc.nat(5),
      distribution: fc.constantFrom(...DISTRIBUTIONS),
      group: fc.nat(2),
      tlp: fc.constantFrom(...TLPS),
      discoverable: fc.boolean(),
      grantees: fc.array(fc.nat(5), { maxLength: 2 }),
    }),
    { minLength: 1, maxLength: 25 },
  ),
  actors: fc.array(
    fc.record({ agency: fc.nat(5), role: fc.constantFrom(...ROLES), recordHolder: fc.boolean() }),
    {
      minLength: 1,
      maxLength: 6,
    },
  ),
});

describe.each(DATABASE_KINDS)('policy SQL predicate on %s', (kind) => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await freshDatabase(kind);
  });
  afterAll(async () => database?.close());

  it('returns exactly the rows can() allows, for every action, and discovery is its complement', async () => {
    let world = 0;
    await fc.assert(
      fc.asyncProperty(worldArbitrary, async (spec) => {
        world += 1;
        const { db } = database;
        const agencies = await db
          .insertInto('agencies')
          .values(
            spec.agencyCountries.map((country, i) => ({
              code: `W${world}-A${i}`,
              name: `World ${world} agency ${i}`,
              country,
              kind: 'police',
            })),
          )
          .returning(['id', 'country'])
          .execute();
        const agencyAt = (i: number) => agencies[i % agencies.length]!;
        const users = await db
          .insertInto('users')
          .values(
            agencies.map((a, i) => ({
              agency_id: a.id,
              email: `w${world}-u${i}@test.example`,
              display_name: 'Test',
              role: 'analyst' as const,
              password_hash: 'x',
            })),
          )
          .returning('id')
          .execute();
        const groups = [];
        for (const [g, members] of spec.groups.entries()) {
          const group = await db
            .insertInto('sharing_groups')
            .values({ name: `W${world} group ${g}` })
            .returning('id')
            .executeTakeFirstOrThrow();
          const memberIds = [...new Set(members.map((m) => agencyAt(m).id))];
          if (memberIds.length)
            await db
              .insertInto('sharing_group_members')
              .values(memberIds.map((agency_id) => ({ group_id: group.id, agency_id })))
              .execute();
          groups.push({ id: group.id, memberIds });
        }
        const records = new Map<string, SharedRecord & { discoverable: boolean }>();
        for (const alert of spec.alerts) {
          const owner = agencyAt(alert.owner);
          const group = groups[alert.group % groups.length]!;
          const row = await db
            .insertInto('alerts')
            .values({
              owner_agency_id: owner.id,
              distribution: alert.distribution,
              sharing_group_id: alert.distribution === 'group' ? group.id : null,
              tlp: alert.tlp,
              discoverable: alert.discoverable,
              title: `world ${world}`,
              body: 'x',
              created_by_user_id: users[agencies.indexOf(owner)]!.id,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          const grantees = [...new Set(alert.grantees.map((g) => agencyAt(g).id))];
          if (grantees.length) {
            await db
              .insertInto('access_grants')
              .values(
                grantees.map((grantee) => ({
                  record_type: 'alert',
                  record_id: row.id,
                  grantee_agency_id: grantee,
                  granted_by_user_id: users[0]!.id,
                })),
              )
              .execute();
          }
          records.set(row.id, {
            ownerAgencyId: owner.id,
            ownerCountry: owner.country,
            distribution: alert.distribution,
            sharingGroupId: alert.distribution === 'group' ? group.id : null,
            tlp: alert.tlp,
            grantedAgencyIds: grantees,
            discoverable: alert.discoverable,
          });
        }
        const ids = [...records.keys()];
        for (const spec_actor of spec.actors) {
          const agency = agencyAt(spec_actor.agency);
          const actor: Actor = {
            userId: users[0]!.id,
            agencyId: agency.id,
            country: agency.country,
            role: spec_actor.role,
            groupIds: groups.filter((g) => g.memberIds.includes(agency.id)).map((g) => g.id),
            recordHolder: spec_actor.recordHolder,
          };
          for (const action of RECORD_ACTIONS) {
            const rows = await db
              .selectFrom('alerts as al')
              .select('al.id')
              .where('al.id', 'in', ids)
              .where(allowedRows(actor, action, { alias: 'al', recordType: 'alert' }))
              .execute();
            const fromSql = rows.map((r) => r.id).sort();
            const fromCan = ids.filter((id) => can(actor, action, records.get(id)!)).sort();
            expect(fromSql, `${spec_actor.role} ${action}`).toEqual(fromCan);
          }
          const discovered = await db
            .selectFrom('alerts as al')
            .select('al.id')
            .where('al.id', 'in', ids)
            .where(discoverableRows(actor, { alias: 'al', recordType: 'alert' }))
            .execute();
          const expectedDiscovered = !mayDiscover(actor)
            ? []
            : ids.filter((id) => records.get(id)!.discoverable && !can(actor, 'read', records.get(id)!));
          expect(discovered.map((r) => r.id).sort()).toEqual(expectedDiscovered.sort());
        }
      }),
      { numRuns: kind === 'pglite' ? 25 : 40 },
    );
  });
});
