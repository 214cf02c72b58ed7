// Straw purchases in the scale seed: some purchasers of handguns that end up recovered (mostly in Mexico) bought two to
// five handguns from one dealer within five business days, so the dealer sent a multiple-sales report (ATF Form
// 3310.4). The guns are ordinary seeded guns with ordinary chains (the same purchaser on each dealer sale); the
// reports are the rows fileMultipleSalesReport would store for a copy received by the tracing centre (US-NTC files
// and holds them, linked to the dealer's record holder), so trace results get the 'multiple_sales_report' indicator
// and the centre and the recovering agencies get match notices (seedScale.ts writes those after the load).
import { checkMultipleSale, type MakeRef, type ModelRef } from '../../../../core/firearms';
import { getCaliber } from '../../../../core/firearms';
import { describeFirearm } from '../../../modules/firearms/firearmInput';
import type { CopyValue } from '../../../modules/traces/adImport/bulkCopy';
import type { HolderPlan, ScaleHolder } from './holders';
import { introducedIn } from './modelYears';
import type { Person } from './people';
import { weightedPicker, type Random } from './random';

export const MULTIPLE_SALES_COLUMNS = [
  'id',
  'owner_agency_id',
  'distribution',
  'sharing_group_id',
  'tlp',
  'discoverable',
  'form',
  'centre_agency_id',
  'dealer_holder_id',
  'dealer_name',
  'dealer_licence',
  'dealer_country',
  'dealer_state',
  'purchaser_name',
  'purchaser_birth_date',
  'purchaser_address',
  'first_sale_on',
  'last_sale_on',
  'created_by_user_id',
  'created_at',
] as const;

export const MULTIPLE_SALES_FIREARM_COLUMNS = [
  'report_id',
  'line',
  'make',
  'make_key',
  'model',
  'caliber',
  'type',
  'serial_raw',
  'serial_folded',
  'sold_on',
] as const;

/** A handgun sale that may start a straw purchase, as the gun loop knows it. */
export interface SaleFacts {
  dealer: ScaleHolder;
  purchaser: Person;
  saleDay: number;
  model: ModelRef;
  inMexico: boolean;
}

/** The dealer, purchaser and sale day the next gun of a straw purchase in progress must have. */
export interface StrawMember {
  dealer: ScaleHolder;
  purchaser: Person;
  saleDay: number;
}

export interface HandgunDraw {
  importer: HolderPlan['importers'][number] | undefined;
  maker: HolderPlan['manufacturers'][number] | undefined;
  make: MakeRef;
  model: ModelRef;
}

/** Guns per report: mostly two or three, as most multiple sales are. */
const pickSize = weightedPicker([
  [2, 45],
  [3, 30],
  [4, 15],
  [5, 10],
] as const);

/**
 * Share of eligible handgun sales that start a straw purchase: a trafficking pattern, so far more often for guns that
 * turn up in Mexico. About one in six Mexican handgun recoveries with a sale in the last ten years then comes from
 * a multiple sale (the starting gun and the companions later recovered there).
 */
const START_SHARE = { mexico: 0.08, domestic: 0.03 };
/** Reports are kept for recent sales only (older ones are of no use to a trace and are purged). */
const RECENT_DAYS = 10 * 365;
/** Handguns: no US licensee sells one to anyone under 21. */
const MINIMUM_AGE = 21;

export interface StrawSales {
  /** The straw purchase the next gun belongs to, if one is in progress. */
  next(): StrawMember | undefined;
  /** After a gun's sale: starts a straw purchase on it (when it qualifies) or adds it to the one in progress. */
  sold(facts: SaleFacts, line: { make: MakeRef; serialRaw: string; serialFolded: string }): void;
  /** The companion gun could not be drawn: end the purchase with the guns it has. */
  abandon(): void;
  /** Report and report-line rows finished since the last call (and the one in progress when `final`). */
  take(final: boolean): { reports: CopyValue[][]; firearms: CopyValue[][] };
}

interface Line {
  make: string;
  makeKey: string;
  model: string;
  caliber: string | null;
  serialRaw: string;
  serialFolded: string;
  soldOn: string;
}

export function strawSales(
  random: Random,
  asOf: number,
  isoOf: (day: number) => string,
  filer: { agencyId: string; userId: string },
): StrawSales {
  let current:
    { dealer: ScaleHolder; purchaser: Person; firstDay: number; left: number; lines: Line[] } | undefined;
  let reports: CopyValue[][] = [];
  let firearms: CopyValue[][] = [];
  const makeKeys = new Map<string, string>();
  // The key fileReport derives from the make as filed (the reference id for a known make), which the walk matches.
  const makeKeyOf = (make: MakeRef) => {
    let key = makeKeys.get(make.id);
    if (key === undefined)
      makeKeys.set(make.id, (key = describeFirearm({ make: make.name }).make_key ?? make.id));
    return key;
  };
  const adultOn = (birthDate: string, day: number) =>
    `${Number(birthDate.slice(0, 4)) + MINIMUM_AGE}${birthDate.slice(4)}` <= isoOf(day);

  const finish = () => {
    const done = current;
    current = undefined;
    if (!done || done.lines.length < 2) return;
    const lines = [...done.lines].sort((a, b) => a.soldOn.localeCompare(b.soldOn));
    const problems = checkMultipleSale(
      'handguns',
      lines.map((l) => ({ type: 'P' as const, soldOn: l.soldOn })),
      done.dealer.usState,
    );
    if (problems.length) throw new Error(`straw purchase at ${done.dealer.licence} is no multiple sale`);
    const id = random.uuid();
    const last = lines[lines.length - 1]!.soldOn;
    reports.push([
      id,
      filer.agencyId,
      // Shared with partner agencies (a Mexican prosecutor whose recovery is listed reads it from the notice);
      // never discoverable, as filed by default: a hit would say that someone bought several guns.
      random.chance(0.85) ? 'partners' : 'agency',
      null,
      'AMBER',
      false,
      'handguns',
      filer.agencyId,
      done.dealer.id,
      done.dealer.name,
      done.dealer.licence,
      'US',
      done.dealer.usState,
      done.purchaser.name,
      done.purchaser.birthDate,
      done.purchaser.address,
      lines[0]!.soldOn,
      last,
      filer.userId,
      // Dealers send the form by the close of business of the day the report becomes due.
      `${last}T18:00:00Z`,
    ]);
    lines.forEach((l, i) =>
      firearms.push([
        id,
        i + 1,
        l.make,
        l.makeKey,
        l.model,
        l.caliber,
        'P',
        l.serialRaw,
        l.serialFolded,
        l.soldOn,
      ]),
    );
  };

  return {
    next: () =>
      current && current.left > 0
        ? {
            dealer: current.dealer,
            purchaser: current.purchaser,
            // Any seven consecutive days hold exactly five business days: every sale stays in the form's window.
            saleDay: Math.min(asOf, current.firstDay + random.int(7)),
          }
        : undefined,
    sold(facts, gun) {
      if (!current) {
        const eligible =
          facts.model.types[0] === 'P' &&
          !facts.dealer.outOfBusiness &&
          facts.saleDay >= asOf - RECENT_DAYS &&
          facts.saleDay <= asOf - 60 &&
          adultOn(facts.purchaser.birthDate, facts.saleDay);
        if (!eligible || !random.chance(facts.inMexico ? START_SHARE.mexico : START_SHARE.domestic)) return;
        current = {
          dealer: facts.dealer,
          purchaser: facts.purchaser,
          firstDay: facts.saleDay,
          left: pickSize(random),
          lines: [],
        };
      }
      const caliberId = facts.model.calibers[0];
      current.lines.push({
        make: gun.make.name,
        makeKey: makeKeyOf(gun.make),
        model: facts.model.name,
        caliber: caliberId ? (getCaliber(caliberId)?.name ?? null) : null,
        serialRaw: gun.serialRaw,
        serialFolded: gun.serialFolded,
        soldOn: isoOf(facts.saleDay),
      });
      if (--current.left === 0) finish();
    },
    abandon: finish,
    take(final) {
      if (final) finish();
      const out = { reports, firearms };
      reports = [];
      firearms = [];
      return out;
    },
  };
}

/** A handgun model sold by `year`, from a manufacturer or importer of the plan; undefined after a few misses. */
export function drawHandgun(random: Random, holders: HolderPlan, year: number): HandgunDraw | undefined {
  for (let attempt = 0; attempt < 30; attempt++) {
    const foreign = random.chance(0.15);
    const importer = foreign ? random.pick(holders.importers) : undefined;
    const maker = foreign ? undefined : random.pick(holders.manufacturers);
    const make = importer ? random.pick(importer.makes) : maker!.make;
    const models = make.models.filter((m) => m.types[0] === 'P' && (introducedIn(make, m) ?? 0) <= year);
    if (models.length) return { importer, maker, make, model: random.pick(models) };
  }
  return undefined;
}
