// The demo record holders of crime-gun tracing: a manufacturer, a wholesaler and retail dealers in Texas, each with
// its own Rastro agency (kind record_holder) and an English-speaking user, plus one out-of-business dealer with no
// account. A few demo A&D rows stand in for the files the connected holders would upload (DEMO_AD_CHAINS), so a new
// user can try the whole workflow: each is a record the holder itself keeps, reachable only through a trace hop.
import { fakerEN_US } from '@faker-js/faker';
import { foldedSerial } from '../../../core/firearms';
import type { Db } from '../connect';
import { makeKeyOf } from '../../modules/firearms/firearmInput';
import { adRowHash, type AdValues } from '../../modules/traces/adImport/adRow';
import { hashPassword } from '../../platform/auth/passwords';
import { inTransaction, type Tx } from '../../platform/transaction';
import { DEMO_HOLDER_LOST_STOLEN, seedLostStolenDemo } from './seedLostStolenDemo';
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

/**
 * Demo chains through the connected holders. MXD4471 and MXD9971 share every readable character of "MXD??71" (a
 * partly restored serial), but only MXD4471 is a G19: the candidate that fits make and model. Both go on to Border
 * Guns & Ammo, which is not connected, so the trace waits in its inbox. MXD2087 runs to a connected dealer and
 * completes at once.
 */
export const DEMO_AD_CHAINS = [
  { serial: 'MXD4471', model: 'G19', shippedOn: '2024-01-15', wholesaledOn: '2024-02-05', dealer: 'Border' },
  { serial: 'MXD9971', model: 'G17', shippedOn: '2024-01-15', wholesaledOn: '2024-02-05', dealer: 'Border' },
  { serial: 'MXD2087', model: 'G19', shippedOn: '2023-11-02', wholesaledOn: '2023-11-20', dealer: 'Rio' },
] as const;

async function seedDemoAdRecords(tx: Tx) {
  const holders = await tx.selectFrom('record_holders').select(['id', 'name']).execute();
  const idOf = (prefix: string) => holders.find((h) => h.name.startsWith(prefix))!.id;
  const faker = fakerEN_US;
  faker.seed(4471);
  const rows: AdValues[] = [];
  const base = (holder: string, model: string, serial: string) => ({
    holder_id: idOf(holder),
    make: 'Glock',
    make_key: makeKeyOf('Glock'),
    model,
    serial_folded: foldedSerial(serial),
    acquired_from_name: null,
    purchaser_name: null,
    purchaser_birth_date: null,
    purchaser_address: null,
    export_country: null,
  });
  for (const chain of DEMO_AD_CHAINS) {
    rows.push({
      ...base('Glock', chain.model, chain.serial),
      acquired_from_holder_id: null,
      acquired_on: null,
      disposition: 'transfer',
      disposed_to_holder_id: idOf('Gulf'),
      disposed_on: chain.shippedOn,
    });
    rows.push({
      ...base('Gulf', chain.model, chain.serial),
      acquired_from_holder_id: idOf('Glock'),
      acquired_on: chain.shippedOn,
      disposition: 'transfer',
      disposed_to_holder_id: idOf(chain.dealer),
      disposed_on: chain.wholesaledOn,
    });
    if (chain.dealer === 'Rio')
      rows.push({
        ...base('Rio', chain.model, chain.serial),
        acquired_from_holder_id: idOf('Gulf'),
        acquired_on: chain.wholesaledOn,
        disposition: 'sale',
        disposed_to_holder_id: null,
        purchaser_name: faker.person.fullName(),
        purchaser_birth_date: faker.date
          .birthdate({ mode: 'age', min: 21, max: 60 })
          .toISOString()
          .slice(0, 10),
        purchaser_address: `${faker.location.streetAddress()}, Laredo TX`,
        disposed_on: '2024-03-09',
      });
  }
  await tx
    .insertInto('ad_records')
    .values(rows.map((r) => ({ ...r, row_hash: adRowHash(r) })))
    .execute();
  return rows.length;
}

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
      const accounts = new Map<string, { id: string; agencyId: string }>();
      for (const holder of DEMO_HOLDERS) {
        let agencyId: string | null = null;
        if (holder.account) {
          const agency = await tx
            .insertInto('agencies')
            .values({ code: holder.account.code, name: holder.name, country: 'US', kind: 'record_holder' })
            .returning('id')
            .executeTakeFirstOrThrow();
          agencyId = agency.id;
          const user = await tx
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
            .returning('id')
            .executeTakeFirstOrThrow();
          accounts.set(holder.account.email, { id: user.id, agencyId });
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
      const adRecords = await seedDemoAdRecords(tx);
      const lostStolen = await seedLostStolenDemo(tx, audit, accounts, DEMO_HOLDER_LOST_STOLEN);
      await audit({
        action: 'demo.tracing_seeded',
        details: { holders: DEMO_HOLDERS.length, adRecords, lostStolen },
      });
    },
  );
  return { seeded: true, holders: DEMO_HOLDERS.length };
}
