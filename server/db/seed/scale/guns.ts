// Generates the synthetic guns, batch by batch: each gun's chain (manufacturer or importer → wholesaler → dealer →
// first retail purchaser) as the A&D records its connected holders keep, and for a share of the guns a recovery
// (mostly in Mexico) and for a few a lost/stolen report. Time-to-crime is log-normal (median ≈ 6 years, about a
// third under 3 years, a long tail), as ATF's published trace data describes, redrawn rather than clamped when it
// would put the sale before the gun could be sold (1969, or its model's first year: modelYears.ts).
// Some handgun sales start a straw purchase: the next few guns go to the same purchaser at the same dealer that
// week, and the dealer's multiple-sales report comes with them (strawSales.ts).
import { getCaliber, type MakeRef, type ModelRef } from '../../../../core/firearms';
import { describeFirearm, serialColumns } from '../../../modules/firearms/firearmInput';
import { AD_VALUE_COLUMNS, adRowHash, type AdValues } from '../../../modules/traces/adImport/adRow';
import type { CopyValue } from '../../../modules/traces/adImport/bulkCopy';
import { timeOrderedIds } from '../../../modules/traces/adImport/timeOrderedIds';
import { CRIME_CODES, MX_RECOVERY_STATES, US_STATES_DOMESTIC, US_STATES_FOR_MEXICO } from './geography';
import type { HolderPlan, ScaleHolder } from './holders';
import { introducedIn, MODELS_BEFORE_1968 } from './modelYears';
import type { PeoplePools, Person } from './people';
import { weightedPicker, type Random } from './random';
import { drawHandgun, strawSales } from './strawSales';

/** What a trace of the recovery should end in, kept in its case number so benchmarks can choose (see README). */
export type Outcome = 'CON' | 'INB' | 'OOB' | 'PRE' | 'OBL' | 'RES';

export interface ScaleAgencies {
  /** Owner agency and creating user, per flow. */
  mexico: { agencyId: string; userId: string };
  sonora: { agencyId: string; userId: string };
  us: { agencyId: string; userId: string };
  tracingCentre: { agencyId: string; userId: string };
}

export interface GunBatch {
  ad: CopyValue[][];
  recoveries: CopyValue[][];
  lostStolen: CopyValue[][];
  /** Multiple-sales reports and their lines (strawSales.ts). */
  multipleSales: CopyValue[][];
  multipleSalesFirearms: CopyValue[][];
}

export const RECOVERY_COLUMNS = [
  'owner_agency_id',
  'distribution',
  'tlp',
  'discoverable',
  'serial_state',
  'serial_raw',
  'serial_plain',
  'serial_folded',
  'make',
  'make_id',
  'make_key',
  'model',
  'caliber',
  'caliber_id',
  'type',
  'free_text_description',
  'country_of_manufacture',
  'importer',
  'other_markings',
  'recovered_on',
  'recovery_country',
  'recovery_state',
  'recovery_municipality',
  'crime_code',
  'case_number',
  'possessor_name',
  'possessor_birth_date',
  'description_warnings',
  'created_by_user_id',
] as const;

export const LOST_STOLEN_COLUMNS = [
  'owner_agency_id',
  'distribution',
  'tlp',
  'discoverable',
  'kind',
  'serial_raw',
  'serial_plain',
  'serial_folded',
  'make',
  'make_id',
  'make_key',
  'model',
  'caliber',
  'type',
  'reported_on',
  'details',
  'created_by_user_id',
] as const;

export const AD_COPY_COLUMNS = ['id', ...AD_VALUE_COLUMNS, 'row_hash'] as const;

const DAY = 86_400_000;
const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
const isoDays = new Map<number, string>();
/** Day number → ISO date, remembered (a few tens of thousands of days; Date formatting is costly per row). */
const isoOf = (day: number) => {
  let iso = isoDays.get(day);
  if (iso === undefined) isoDays.set(day, (iso = new Date(day * DAY).toISOString().slice(0, 10)));
  return iso;
};
const GCA_1968 = dayOf('1969-01-01');

/** The first day a new gun of this model could be sold and traced. */
const firstSaleDay = (make: MakeRef, model: ModelRef) =>
  Math.max(GCA_1968, dayOf(`${introducedIn(make, model) ?? 1968}-01-01`));

/**
 * A sale day `recoveredOn - TTC`, TTC log-normal, redrawn when the sale would fall before `earliest` or after the
 * recovery (a clamp would pile many guns on one date). A window too narrow for the draws gets a day inside it.
 */
function saleDayBefore(random: Random, recoveredOn: number, earliest: number): number {
  const window = recoveredOn - 1 - earliest;
  if (window < 1) return earliest;
  for (let attempt = 0; attempt < 20; attempt++) {
    const days = Math.round(Math.exp(Math.log(6) + 1.6 * random.normal()) * 365.25);
    if (days >= 1 && days <= window + 1) return recoveredOn - days;
  }
  return earliest + random.int(window);
}

export interface GunOptions {
  seed: number;
  tag: string;
  /** Stop once this many A&D records are made. */
  adRecords: number;
  /** Share of guns that are recovered. */
  recoveredShare: number;
  asOf: string;
  batchGuns: number;
}

const pickMexicoSale = weightedPicker(US_STATES_FOR_MEXICO);
const pickDomesticSale = weightedPicker(US_STATES_DOMESTIC);
const pickMexicoState = weightedPicker(MX_RECOVERY_STATES);
const BASE36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** A unique serial per gun: the index scrambled by an odd multiplier (a bijection mod 2^32), in base 36. */
function serialOf(make: MakeRef, index: number, seed: number): string {
  let x = (Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(seed, 0x85ebca6b)) >>> 0;
  let out = '';
  for (let i = 0; i < 7; i++) {
    out = BASE36[x % 36] + out;
    x = Math.floor(x / 36);
  }
  return (
    make.id
      .replace(/[^a-z]/g, '')
      .slice(0, 2)
      .toUpperCase() + out
  );
}

export function* generateGuns(
  options: GunOptions,
  random: Random,
  holders: HolderPlan,
  people: PeoplePools,
  agencies: ScaleAgencies,
): Generator<GunBatch & { adTotal: number; guns: number }> {
  const asOf = dayOf(options.asOf);
  const straw = Array.from({ length: 400 }, () =>
    people.purchaser(random, random.pick(['TX', 'AZ', 'CA', 'NM'])),
  );
  const descriptions = new Map<string, ReturnType<typeof describeFirearm>>();
  // Described as the recovery row records it (type, country, importer), so its warnings are the ones a user would get.
  const describe = (make: MakeRef, model: ModelRef, caliber: string | undefined, importer: string | null) => {
    const key = `${make.id}|${model.name}|${importer ?? ''}`;
    let d = descriptions.get(key);
    if (!d) {
      d = describeFirearm({
        make: make.name,
        model: model.name,
        caliber,
        type: model.types[0] ?? null,
        countryOfManufacture: make.countries[0] ?? 'US',
        importer,
      });
      descriptions.set(key, d);
    }
    return d;
  };
  let adTotal = 0;
  let gun = 0;
  const emptyBatch = (): GunBatch => ({
    ad: [],
    recoveries: [],
    lostStolen: [],
    multipleSales: [],
    multipleSalesFirearms: [],
  });
  let batch = emptyBatch();
  const straws = strawSales(random, asOf, isoOf, agencies.tracingCentre);
  const withReports = (final: boolean) => {
    const { reports, firearms } = straws.take(final);
    return { ...batch, multipleSales: reports, multipleSalesFirearms: firearms };
  };
  // Time-ordered ids: the primary-key index grows at its right edge instead of a random page per row.
  let nextId = timeOrderedIds();
  let idsLeft = 1 << 24;
  const ad = (values: AdValues) => {
    if (--idsLeft < 0) [nextId, idsLeft] = [timeOrderedIds(), (1 << 24) - 1];
    batch.ad.push([nextId(), ...AD_VALUE_COLUMNS.map((c) => values[c]), adRowHash(values)]);
    adTotal++;
  };
  const adBase = (holder: ScaleHolder, make: MakeRef, model: ModelRef, folded: string) => ({
    holder_id: holder.id,
    make: make.name,
    make_key: make.id,
    model: model.name,
    serial_folded: folded,
  });

  while (adTotal < options.adRecords) {
    const index = gun++;
    // The next handgun of a straw purchase in progress: same dealer, purchaser and week, a handgun sold by then.
    let member = straws.next();
    const handgun = member && drawHandgun(random, holders, new Date(member.saleDay * DAY).getUTCFullYear());
    if (member && !handgun) {
      straws.abandon();
      member = undefined;
    }
    const foreign = handgun ? !!handgun.importer : random.chance(0.15);
    const importer = handgun ? handgun.importer : foreign ? random.pick(holders.importers) : undefined;
    const maker = handgun ? handgun.maker : foreign ? undefined : random.pick(holders.manufacturers);
    const origin = importer?.holder ?? maker!.holder;
    let make = handgun?.make ?? (importer ? random.pick(importer.makes) : maker!.make);
    let model = handgun?.model ?? random.pick(make.models);
    let caliberId = model.calibers[0];
    const serialRaw = serialOf(make, index, options.seed);
    const intact = serialColumns(
      'intact',
      random.chance(0.1) ? `${serialRaw.slice(0, 2)}-${serialRaw.slice(2)}` : serialRaw,
    );
    if (!intact.ok) throw new Error(`generated serial ${serialRaw} is invalid`);
    const folded = intact.value.serial_folded!;

    // Straw-purchased guns are bought to be trafficked: most are recovered, nearly all in Mexico.
    const recovered = random.chance(member ? 0.6 : options.recoveredShare);
    const inMexico = recovered && random.chance(member ? 0.9 : 0.8);
    const saleState =
      member?.dealer.usState ?? (inMexico ? pickMexicoSale(random) : pickDomesticSale(random));
    const dealers = holders.dealersByState.get(saleState)!;
    // A few dealers sell most of the guns that turn up in crimes: skewed choice within the state.
    const dealer = member?.dealer ?? dealers[Math.floor(dealers.length * random.next() ** 2)]!;
    const wholesaler = random.chance(0.8) ? random.pick(holders.wholesalers) : undefined;
    const pre1968 = recovered && !member && random.chance(0.015);

    let recoveredOn = asOf - random.int(6 * 365);
    let purchaser: Person | undefined;
    let outcome: Outcome = 'PRE';
    if (!pre1968) {
      let saleDay: number;
      if (member) {
        saleDay = member.saleDay;
        // Trafficked soon after the purchase: a short time-to-crime, within the data's time frame.
        if (recovered) recoveredOn = saleDay + 1 + random.int(Math.max(1, Math.min(730, asOf - saleDay - 1)));
      } else if (recovered) {
        // Time-to-crime first, then a model of the make sold by then: drawing the model first would cut the
        // distribution's tail short for the many recent models.
        saleDay = saleDayBefore(random, recoveredOn, GCA_1968);
        const year = new Date(saleDay * DAY).getUTCFullYear();
        const sold = make.models.filter((m) => (introducedIn(make, m) ?? 0) <= year);
        model = sold.length ? random.pick(sold) : model;
        caliberId = model.calibers[0];
        if (saleDay < firstSaleDay(make, model))
          saleDay = saleDayBefore(random, recoveredOn, firstSaleDay(make, model));
      } else {
        const earliest = firstSaleDay(make, model);
        const from = Math.max(earliest, dayOf('1995-01-01'));
        saleDay = from + random.int(Math.max(1, asOf - from));
      }
      const dealerIn = saleDay - 3 - random.int(120);
      const wholesaleIn = wholesaler ? dealerIn - 3 - random.int(60) : dealerIn;
      const made = wholesaleIn - 7 - random.int(90);
      const stolenAtDealer = !member && !recovered && random.chance(0.004);
      purchaser =
        member?.purchaser ??
        (inMexico && random.chance(0.04) ? random.pick(straw) : people.purchaser(random, saleState));
      if (!stolenAtDealer)
        straws.sold(
          { dealer, purchaser, saleDay, model, inMexico },
          { make, serialRaw: intact.value.serial_raw!, serialFolded: folded },
        );
      const chain = [origin, ...(wholesaler ? [wholesaler] : []), dealer];
      // Records exist only at connected holders; the first unconnected one is where a trace will wait.
      const firstGap = chain.find((h) => !h.connected);
      outcome = !firstGap ? 'CON' : firstGap.outOfBusiness ? 'OOB' : 'INB';
      ad({
        ...adBase(origin, make, model, folded),
        acquired_from_holder_id: null,
        acquired_from_name: importer ? `${make.name} (${make.countries[0]})` : null,
        acquired_on: isoOf(made),
        disposition: 'transfer',
        disposed_to_holder_id: (wholesaler ?? dealer).id,
        purchaser_name: null,
        purchaser_birth_date: null,
        purchaser_address: null,
        export_country: null,
        disposed_on: isoOf(wholesaleIn),
      });
      if (wholesaler?.connected)
        ad({
          ...adBase(wholesaler, make, model, folded),
          acquired_from_holder_id: origin.id,
          acquired_from_name: null,
          acquired_on: isoOf(wholesaleIn),
          disposition: 'transfer',
          disposed_to_holder_id: dealer.id,
          purchaser_name: null,
          purchaser_birth_date: null,
          purchaser_address: null,
          export_country: null,
          disposed_on: isoOf(dealerIn),
        });
      if (dealer.connected)
        ad({
          ...adBase(dealer, make, model, folded),
          acquired_from_holder_id: (wholesaler ?? origin).id,
          acquired_from_name: null,
          acquired_on: isoOf(dealerIn),
          disposition: stolenAtDealer ? 'lost_stolen' : 'sale',
          disposed_to_holder_id: null,
          purchaser_name: stolenAtDealer ? null : purchaser.name,
          purchaser_birth_date: stolenAtDealer ? null : purchaser.birthDate,
          purchaser_address: stolenAtDealer ? null : purchaser.address,
          export_country: null,
          disposed_on: isoOf(saleDay),
        });
      const theft = stolenAtDealer || (!recovered && random.chance(0.004));
      if (theft) {
        batch.lostStolen.push([
          agencies.tracingCentre.agencyId,
          'partners',
          'GREEN',
          true,
          random.chance(0.8) ? 'stolen' : 'lost',
          intact.value.serial_raw,
          intact.value.serial_plain,
          folded,
          make.name,
          make.id,
          make.id,
          model.name,
          caliberId ? (getCaliber(caliberId)?.name ?? null) : null,
          model.types[0] ?? null,
          isoOf(Math.min(asOf, saleDay + random.int(900))),
          stolenAtDealer ? `Reported missing from ${dealer.name}` : 'Reported stolen by its owner',
          agencies.tracingCentre.userId,
        ]);
      }
      if (recovered && recoveredOn <= saleDay) recoveredOn = Math.min(asOf, saleDay + 1 + random.int(30));
    }

    if (recovered) {
      const serialRoll = random.next();
      const state = serialRoll < 0.04 ? 'obliterated' : serialRoll < 0.06 ? 'partly_restored' : 'intact';
      if (state === 'obliterated') outcome = 'OBL';
      else if (state === 'partly_restored' && outcome !== 'PRE') outcome = 'RES';
      const at = 3 + random.int(serialRaw.length - 4);
      const serial =
        state === 'obliterated'
          ? serialColumns('obliterated', null)
          : state === 'partly_restored'
            ? serialColumns('partly_restored', `${serialRaw.slice(0, at)}??${serialRaw.slice(at + 2)}`)
            : intact;
      if (!serial.ok) throw new Error(`generated serial for ${serialRaw} is invalid`);
      const where = inMexico ? pickMexicoState(random) : undefined;
      const owner = !inMexico ? agencies.us : where!.code === 'SON' ? agencies.sonora : agencies.mexico;
      const madeYear = 1935 + random.int(33);
      // A pre-1968 gun is a model that was made then; a newer model drawn for it becomes an old one.
      let importerName = importer?.holder.name ?? null;
      if (pre1968 && (introducedIn(make, model) ?? 0) > madeYear) {
        const old = MODELS_BEFORE_1968.filter((m) => m.year <= madeYear);
        const sameMake = old.filter((m) => m.make.id === make.id);
        ({ make, model } = random.pick(sameMake.length ? sameMake : old));
        caliberId = model.calibers[0];
        if (importer && !importer.makes.includes(make)) importerName = null;
      }
      const description = describe(make, model, caliberId, importerName);
      const possessor = random.chance(0.1)
        ? null
        : purchaser && random.chance(inMexico ? 0.08 : 0.3)
          ? purchaser
          : people.possessor(random, inMexico ? 'MX' : 'US');
      batch.recoveries.push([
        owner.agencyId,
        random.chance(0.1) ? 'agency' : 'partners',
        'GREEN',
        true,
        state,
        serial.value.serial_raw,
        serial.value.serial_plain,
        serial.value.serial_folded,
        make.name,
        description.make_id,
        description.make_key,
        model.name,
        caliberId ? (getCaliber(caliberId)?.name ?? null) : null,
        description.caliber_id,
        model.types[0] ?? null,
        description.free_text_description,
        make.countries[0] ?? 'US',
        importerName,
        outcome === 'PRE' ? `Manufactured ${madeYear}` : null,
        isoOf(recoveredOn),
        inMexico ? 'MX' : 'US',
        inMexico ? where!.code : saleState,
        inMexico ? random.pick(where!.municipalities) : null,
        random.pick(CRIME_CODES),
        `${options.tag}-${outcome}-${String(index).padStart(9, '0')}`,
        possessor?.name ?? null,
        possessor?.birthDate ?? null,
        JSON.stringify(description.warnings),
        owner.userId,
      ]);
    }
    if (gun % options.batchGuns === 0) {
      yield { ...withReports(false), adTotal, guns: gun };
      batch = emptyBatch();
    }
  }
  yield { ...withReports(true), adTotal, guns: gun };
}
