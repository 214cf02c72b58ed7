// The demo record holders of crime-gun tracing: a manufacturer, a wholesaler and retail dealers in Texas, each with
// its own Rastro agency (kind record_holder) and an English-speaking user, plus one out-of-business dealer with no
// account. Their A&D records are not seeded here: holders bring their own (CSV import), as NO REGISTRY requires.
import type { Db } from '../connect';
import { hashPassword } from '../../platform/auth/passwords';
import { inTransaction } from '../../platform/transaction';
import '../../modules/traces/tables';
import { DEMO_PASSWORD } from './demoData';

export interface DemoHolder {
  licence: string;
  name: string;
  kind: 'manufacturer' | 'importer' | 'wholesaler' | 'dealer';
  usState: string;
  makes?: string[];
  connected: boolean;
  outOfBusiness?: boolean;
  /** Agency code and the user acting for it; absent for a holder with no Rastro account. */
  account?: { code: string; email: string; displayName: string };
}

export const DEMO_HOLDERS: DemoHolder[] = [
  {
    licence: '1-58-067-07-5A-01234',
    name: 'Glock, Inc.',
    kind: 'manufacturer',
    usState: 'GA',
    makes: ['glock'],
    connected: true,
    account: { code: 'US-RH-GLOCK', email: 'records@glock.demo', displayName: 'Amanda Pruitt' },
  },
  {
    licence: '5-74-201-01-6B-04411',
    name: 'Gulf Coast Firearms Distributors',
    kind: 'wholesaler',
    usState: 'TX',
    connected: true,
    account: { code: 'US-RH-GULFCOAST', email: 'records@gulfcoast.demo', displayName: 'Derek Holloway' },
  },
  {
    licence: '5-74-479-01-7C-02288',
    name: 'Border Guns & Ammo',
    kind: 'dealer',
    usState: 'TX',
    connected: false,
    account: { code: 'US-RH-BORDERGUNS', email: 'dealer@borderguns.demo', displayName: 'Wade Carrington' },
  },
  {
    licence: '5-74-141-01-8D-03377',
    name: 'Rio Grande Outfitters',
    kind: 'dealer',
    usState: 'TX',
    connected: true,
    account: { code: 'US-RH-RIOGRANDE', email: 'records@riogrande.demo', displayName: 'Lisa Moreno' },
  },
  {
    licence: '9-86-013-01-2E-00912',
    name: 'Desert Sun Pawn (closed)',
    kind: 'dealer',
    usState: 'AZ',
    connected: false,
    outOfBusiness: true,
  },
];

/** Adds the demo record holders once (after seedDemo); a database that already has holders is left alone. */
export async function seedTracingDemo(db: Db): Promise<{ seeded: boolean; holders: number }> {
  const existing = await db
    .selectFrom('record_holders')
    .select(db.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  if (Number(existing.n) > 0) return { seeded: false, holders: 0 };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await inTransaction(
    db,
    { userId: null, agencyId: null, ip: null, requestId: 'seed' },
    async (tx, audit) => {
      for (const holder of DEMO_HOLDERS) {
        let agencyId: string | null = null;
        if (holder.account) {
          const agency = await tx
            .insertInto('agencies')
            .values({ code: holder.account.code, name: holder.name, country: 'US', kind: 'record_holder' })
            .returning('id')
            .executeTakeFirstOrThrow();
          agencyId = agency.id;
          await tx
            .insertInto('users')
            .values({
              agency_id: agencyId,
              email: holder.account.email,
              display_name: holder.account.displayName,
              role: 'analyst',
              locale: 'en',
              password_hash: passwordHash,
              is_demo: true,
            })
            .execute();
        }
        await tx
          .insertInto('record_holders')
          .values({
            kind: holder.kind,
            name: holder.name,
            licence_number: holder.licence,
            country: 'US',
            us_state: holder.usState,
            makes: holder.makes ?? [],
            connected: holder.connected,
            out_of_business: holder.outOfBusiness ?? false,
            agency_id: agencyId,
          })
          .execute();
      }
      await audit({ action: 'demo.tracing_seeded', details: { holders: DEMO_HOLDERS.length } });
    },
  );
  return { seeded: true, holders: DEMO_HOLDERS.length };
}
