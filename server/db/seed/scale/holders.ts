// The synthetic distribution chain's record holders: one US manufacturer per US reference make (unless a holder
// already claims it), a few importers of foreign makes, wholesalers and retail dealers spread over the states.
// Most are connected (their A&D records are in Rastro); some are not (hops wait in an inbox); a few dealers are out
// of business without records.
import { MAKES, type MakeRef } from '../../../../core/firearms';
import type { HolderKind } from '../../../../core/firearms';
import type { Random } from './random';
import { US_STATES_DOMESTIC, US_STATES_FOR_MEXICO } from './geography';

export interface ScaleHolder {
  id: string;
  kind: HolderKind;
  name: string;
  licence: string;
  usState: string;
  makes: string[];
  connected: boolean;
  outOfBusiness: boolean;
}

/** Foreign makes and the US importer whose licence brings them in (the importer's name is on the gun). */
const IMPORTERS: readonly { name: string; makes: string[]; state: string }[] = [
  { name: 'Century International Arms Inc', makes: ['romarm-cugir', 'zastava'], state: 'FL' },
  { name: 'Taurus Holdings Inc', makes: ['taurus'], state: 'GA' },
  { name: 'Beretta USA Corp', makes: ['beretta'], state: 'MD' },
  { name: 'FN America LLC', makes: ['fn-herstal'], state: 'VA' },
  { name: 'CZ-USA', makes: ['cz'], state: 'KS' },
];

const MANUFACTURER_STATES = ['MA', 'NH', 'CT', 'NY', 'OH', 'TX', 'GA', 'AL', 'FL', 'PA', 'SC', 'TN', 'AZ'];
const DEALER_WORDS = ['Guns', 'Outfitters', 'Firearms', 'Pawn', 'Sporting Goods', 'Arms', 'Shooting Supply'];
const PLACE_WORDS = [
  'Frontier',
  'Lone Star',
  'Desert',
  'Canyon',
  'Eagle',
  'Patriot',
  'Valley',
  'Mesa',
  'River',
];

export interface HolderPlan {
  all: ScaleHolder[];
  manufacturers: { holder: ScaleHolder; make: MakeRef }[];
  importers: { holder: ScaleHolder; makes: MakeRef[] }[];
  wholesalers: ScaleHolder[];
  /** Dealers by US state. */
  dealersByState: Map<string, ScaleHolder[]>;
}

export function planHolders(
  random: Random,
  guns: number,
  tag: string,
  claimedMakes: ReadonlySet<string>,
): HolderPlan {
  let serial = 0;
  const licence = (kind: HolderKind) =>
    `${tag}-${{ manufacturer: 1, importer: 8, wholesaler: 5, dealer: 2 }[kind]}-${String(++serial).padStart(7, '0')}`;
  const all: ScaleHolder[] = [];
  const add = (h: Omit<ScaleHolder, 'id' | 'licence'>) => {
    const holder = { ...h, id: random.uuid(), licence: licence(h.kind) };
    all.push(holder);
    return holder;
  };

  const manufacturers = MAKES.filter((m) => m.countries[0] === 'US' && !claimedMakes.has(m.id)).map(
    (make) => ({
      make,
      holder: add({
        kind: 'manufacturer',
        name: make.name,
        usState: random.pick(MANUFACTURER_STATES),
        makes: [make.id],
        connected: true,
        outOfBusiness: false,
      }),
    }),
  );
  const importers = IMPORTERS.map((i) => ({
    makes: i.makes.map((id) => MAKES.find((m) => m.id === id)!).filter(Boolean),
    holder: add({
      kind: 'importer',
      name: i.name,
      usState: i.state,
      makes: [],
      connected: true,
      outOfBusiness: false,
    }),
  }));
  const wholesalers = Array.from({ length: Math.max(6, Math.round(guns / 20_000)) }, (_, i) =>
    add({
      kind: 'wholesaler',
      name: `${random.pick(PLACE_WORDS)} Wholesale Distributors ${i + 1}`,
      usState: random.pick(US_STATES_DOMESTIC)[0],
      makes: [],
      connected: random.chance(0.9),
      outOfBusiness: false,
    }),
  );
  // Every state either flow uses gets dealers; the rest in proportion to both flows' weights.
  const states = new Map<string, number>();
  for (const [s, w] of [...US_STATES_DOMESTIC, ...US_STATES_FOR_MEXICO])
    states.set(s, (states.get(s) ?? 0) + w);
  const totalWeight = [...states.values()].reduce((a, b) => a + b, 0);
  const dealerCount = Math.max(states.size * 2, Math.round(guns / 400));
  const dealersByState = new Map<string, ScaleHolder[]>();
  for (const [state, weight] of states) {
    const count = Math.max(2, Math.round((dealerCount * weight) / totalWeight));
    const list: ScaleHolder[] = [];
    for (let i = 0; i < count; i++) {
      const outOfBusiness = random.chance(0.03);
      list.push(
        add({
          kind: 'dealer',
          name: `${random.pick(PLACE_WORDS)} ${random.pick(DEALER_WORDS)} of ${state} #${i + 1}`,
          usState: state,
          makes: [],
          connected: !outOfBusiness && random.chance(0.87),
          outOfBusiness,
        }),
      );
    }
    dealersByState.set(state, list);
  }
  return { all, manufacturers, importers, wholesalers, dealersByState };
}
