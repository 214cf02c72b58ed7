// A small reference list of transit points where public reporting places precursor-chemical trafficking.
// It is a review aid, not an official designation: a hit is a red flag to look at, never a finding.
// Matched by name (accents and case ignored) or UN/LOCODE, as route cells write them.

export interface TransitPoint {
  readonly id: string;
  readonly name: string;
  readonly country: string;
  /** Names and UN/LOCODEs a route may use. */
  readonly aliases: readonly string[];
  /** Why it is on the list, per locale. */
  readonly reason: { readonly en: string; readonly es: string; readonly fr: string };
}

export const HIGH_RISK_TRANSIT_POINTS: readonly TransitPoint[] = [
  {
    id: 'mx-manzanillo',
    name: 'Manzanillo',
    country: 'MX',
    aliases: ['manzanillo', 'puerto de manzanillo', 'port of manzanillo', 'mxzlo'],
    reason: {
      en: 'Pacific port where Mexican authorities have repeatedly seized fentanyl precursors shipped from Asia',
      es: 'Puerto del Pacífico donde las autoridades mexicanas han asegurado reiteradamente precursores de fentanilo enviados desde Asia',
      fr: 'Port du Pacifique où les autorités mexicaines ont saisi à répétition des précurseurs du fentanyl expédiés d’Asie',
    },
  },
  {
    id: 'mx-lazaro-cardenas',
    name: 'Lázaro Cárdenas',
    country: 'MX',
    aliases: ['lazaro cardenas', 'puerto lazaro cardenas', 'port of lazaro cardenas', 'mxlzc'],
    reason: {
      en: 'Pacific port reported as an entry point for precursor chemicals bound for clandestine laboratories',
      es: 'Puerto del Pacífico señalado como punto de entrada de precursores químicos destinados a laboratorios clandestinos',
      fr: 'Port du Pacifique signalé comme point d’entrée de précurseurs chimiques destinés à des laboratoires clandestins',
    },
  },
  {
    id: 'mx-ensenada',
    name: 'Ensenada',
    country: 'MX',
    aliases: ['ensenada', 'puerto de ensenada', 'mxese'],
    reason: {
      en: 'Pacific port near the US border where precursor shipments have been intercepted',
      es: 'Puerto del Pacífico cercano a la frontera con EE. UU. donde se han interceptado envíos de precursores',
      fr: 'Port du Pacifique proche de la frontière américaine où des envois de précurseurs ont été interceptés',
    },
  },
  {
    id: 'gt-puerto-quetzal',
    name: 'Puerto Quetzal',
    country: 'GT',
    aliases: ['puerto quetzal', 'quetzal', 'gtprq'],
    reason: {
      en: 'Central American port reported as a diversion route for precursors moved overland into Mexico',
      es: 'Puerto centroamericano señalado como ruta de desvío de precursores que entran a México por tierra',
      fr: 'Port d’Amérique centrale signalé comme voie de détournement de précurseurs acheminés par la route vers le Mexique',
    },
  },
];

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Route cell → its points: "Shanghai > Manzanillo > Guadalajara", "CNSHA; MXZLO", "via Lázaro Cárdenas". */
export function splitRoute(cell: string): string[] {
  return cell
    .split(/[;>|→\u2192,\n]|\s-\s|\s–\s|\bvia\b|\bvía\b/i)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

const BY_ALIAS = new Map<string, TransitPoint>();
for (const point of HIGH_RISK_TRANSIT_POINTS) for (const alias of point.aliases) BY_ALIAS.set(alias, point);

/** The listed transit point a route point names, if any ("Manzanillo, Col." and "Port of Manzanillo" both match). */
export function transitPointOf(point: string): TransitPoint | undefined {
  const folded = fold(point);
  const exact = BY_ALIAS.get(folded);
  if (exact) return exact;
  for (const [alias, p] of BY_ALIAS) if (alias.length >= 5 && ` ${folded} `.includes(` ${alias} `)) return p;
  return undefined;
}
