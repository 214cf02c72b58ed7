// Loads the demo world into an empty database (agencies, users, sharing groups, alerts, lost/stolen reports),
// audited.
import type { Db } from '../connect';
import { hashPassword } from '../../platform/auth/passwords';
import { inTransaction } from '../../platform/transaction';
import { seedLostStolenDemo } from './seedLostStolenDemo';
import { seedTracingDemo } from './seedTracingDemo';
import { DEMO_AGENCIES, DEMO_ALERTS, DEMO_GROUPS, DEMO_PASSWORD, DEMO_USERS } from './demoData';

export interface SeedReport {
  seeded: boolean;
  agencies: number;
  users: number;
}

export async function seedDemo(db: Db, options: { production: boolean }): Promise<SeedReport> {
  if (options.production)
    throw new Error('demo data is refused when NODE_ENV=production; create users with `rastro users create`');
  const existing = await db.selectFrom('agencies').select(db.fn.countAll().as('n')).executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return { seeded: false, agencies: 0, users: 0 };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await inTransaction(
    db,
    { userId: null, agencyId: null, ip: null, requestId: 'seed' },
    async (tx, audit) => {
      const agencies = await tx
        .insertInto('agencies')
        .values(DEMO_AGENCIES.map(({ code, name, country, kind }) => ({ code, name, country, kind })))
        .returning(['id', 'code'])
        .execute();
      const agencyId = new Map(agencies.map((a) => [a.code, a.id]));
      const users = await tx
        .insertInto('users')
        .values(
          DEMO_USERS.map((u) => ({
            agency_id: agencyId.get(u.agency)!,
            email: u.email,
            display_name: u.displayName,
            role: u.role,
            locale: u.locale,
            password_hash: passwordHash,
            is_demo: true,
          })),
        )
        .returning(['id', 'email', 'agency_id'])
        .execute();
      const userId = new Map(users.map((u) => [u.email, u.id]));
      const groupId = new Map<string, string>();
      for (const group of DEMO_GROUPS) {
        const row = await tx
          .insertInto('sharing_groups')
          .values({ name: group.name, description: group.description })
          .returning('id')
          .executeTakeFirstOrThrow();
        groupId.set(group.name, row.id);
        await tx
          .insertInto('sharing_group_members')
          .values(group.members.map((code) => ({ group_id: row.id, agency_id: agencyId.get(code)! })))
          .execute();
      }
      for (const alert of DEMO_ALERTS) {
        await tx
          .insertInto('alerts')
          .values({
            owner_agency_id: agencyId.get(alert.agency)!,
            distribution: alert.distribution,
            sharing_group_id: alert.group ? groupId.get(alert.group)! : null,
            tlp: alert.tlp,
            discoverable: alert.discoverable,
            title: alert.title,
            body: alert.body,
            expires_at: alert.expiresInDays ? new Date(Date.now() + alert.expiresInDays * 86_400_000) : null,
            created_by_user_id: userId.get(alert.author)!,
          })
          .execute();
      }
      const lostStolen = await seedLostStolenDemo(
        tx,
        audit,
        new Map(users.map((u) => [u.email, { id: u.id, agencyId: u.agency_id }])),
      );
      await audit({
        action: 'demo.seeded',
        details: {
          agencies: agencies.length,
          users: users.length,
          groups: DEMO_GROUPS.length,
          alerts: DEMO_ALERTS.length,
          lostStolen,
        },
      });
    },
  );
  // Record holders (manufacturer, wholesaler, dealers) and their A&D records for the tracing demo.
  await seedTracingDemo(db);
  return { seeded: true, agencies: DEMO_AGENCIES.length, users: DEMO_USERS.length };
}
