// States and provinces of the three countries where guns are recovered, with the spellings people store: the short
// codes the forms and the seed use (SON, CHIH, NL — INEGI-style abbreviations), ISO 3166-2 codes, names with and
// without accents. A recovery's state is free text, so a filter for "Sonora" must also find "SON" and "sonora".

export type RegionCountry = 'MX' | 'US' | 'CA';

export interface Region {
  country: RegionCountry;
  /** The code forms suggest and the seed stores. */
  code: string;
  /** The name as written in the country (accents kept). */
  name: string;
  /** Other codes and names found in records (ISO 3166-2 subdivision codes, long official names). */
  aliases: readonly string[];
}

type Row = readonly [code: string, name: string, ...aliases: string[]];

// Mexico: the common abbreviations (SON, CHIH, TAMPS…) first, then the ISO 3166-2 code and official long names.
const MX: readonly Row[] = [
  ['AGS', 'Aguascalientes', 'AGU'],
  ['BC', 'Baja California', 'BCN'],
  ['BCS', 'Baja California Sur'],
  ['CAMP', 'Campeche', 'CAM'],
  ['CHIS', 'Chiapas', 'CHP'],
  ['CHIH', 'Chihuahua', 'CHH'],
  ['COAH', 'Coahuila', 'COA', 'Coahuila de Zaragoza'],
  ['COL', 'Colima'],
  ['CDMX', 'Ciudad de México', 'CMX', 'DF', 'Distrito Federal'],
  ['DGO', 'Durango', 'DUR'],
  ['GTO', 'Guanajuato', 'GUA'],
  ['GRO', 'Guerrero'],
  ['HGO', 'Hidalgo', 'HID'],
  ['JAL', 'Jalisco'],
  ['MEX', 'Estado de México', 'México', 'EDOMEX'],
  ['MICH', 'Michoacán', 'MIC', 'Michoacán de Ocampo'],
  ['MOR', 'Morelos'],
  ['NAY', 'Nayarit'],
  ['NL', 'Nuevo León', 'NLE'],
  ['OAX', 'Oaxaca'],
  ['PUE', 'Puebla'],
  ['QRO', 'Querétaro', 'QUE', 'Querétaro de Arteaga'],
  ['QROO', 'Quintana Roo', 'ROO'],
  ['SLP', 'San Luis Potosí'],
  ['SIN', 'Sinaloa'],
  ['SON', 'Sonora'],
  ['TAB', 'Tabasco'],
  ['TAMPS', 'Tamaulipas', 'TAM'],
  ['TLAX', 'Tlaxcala', 'TLA'],
  ['VER', 'Veracruz', 'Veracruz de Ignacio de la Llave'],
  ['YUC', 'Yucatán'],
  ['ZAC', 'Zacatecas'],
];

const US: readonly Row[] = [
  ['AL', 'Alabama'],
  ['AK', 'Alaska'],
  ['AZ', 'Arizona'],
  ['AR', 'Arkansas'],
  ['CA', 'California'],
  ['CO', 'Colorado'],
  ['CT', 'Connecticut'],
  ['DE', 'Delaware'],
  ['DC', 'District of Columbia', 'Washington DC', 'Washington, D.C.'],
  ['FL', 'Florida'],
  ['GA', 'Georgia'],
  ['HI', 'Hawaii'],
  ['ID', 'Idaho'],
  ['IL', 'Illinois'],
  ['IN', 'Indiana'],
  ['IA', 'Iowa'],
  ['KS', 'Kansas'],
  ['KY', 'Kentucky'],
  ['LA', 'Louisiana'],
  ['ME', 'Maine'],
  ['MD', 'Maryland'],
  ['MA', 'Massachusetts'],
  ['MI', 'Michigan'],
  ['MN', 'Minnesota'],
  ['MS', 'Mississippi'],
  ['MO', 'Missouri'],
  ['MT', 'Montana'],
  ['NE', 'Nebraska'],
  ['NV', 'Nevada'],
  ['NH', 'New Hampshire'],
  ['NJ', 'New Jersey'],
  ['NM', 'New Mexico', 'Nuevo México'],
  ['NY', 'New York'],
  ['NC', 'North Carolina'],
  ['ND', 'North Dakota'],
  ['OH', 'Ohio'],
  ['OK', 'Oklahoma'],
  ['OR', 'Oregon'],
  ['PA', 'Pennsylvania'],
  ['PR', 'Puerto Rico'],
  ['RI', 'Rhode Island'],
  ['SC', 'South Carolina'],
  ['SD', 'South Dakota'],
  ['TN', 'Tennessee'],
  ['TX', 'Texas'],
  ['UT', 'Utah'],
  ['VT', 'Vermont'],
  ['VA', 'Virginia'],
  ['WA', 'Washington'],
  ['WV', 'West Virginia'],
  ['WI', 'Wisconsin'],
  ['WY', 'Wyoming'],
];

// Canada: Canada Post codes, with the French names where they differ.
const CA: readonly Row[] = [
  ['AB', 'Alberta'],
  ['BC', 'British Columbia', 'Colombie-Britannique'],
  ['MB', 'Manitoba'],
  ['NB', 'New Brunswick', 'Nouveau-Brunswick'],
  ['NL', 'Newfoundland and Labrador', 'Terre-Neuve-et-Labrador'],
  ['NS', 'Nova Scotia', 'Nouvelle-Écosse'],
  ['NT', 'Northwest Territories', 'Territoires du Nord-Ouest'],
  ['NU', 'Nunavut'],
  ['ON', 'Ontario'],
  ['PE', 'Prince Edward Island', 'Île-du-Prince-Édouard'],
  ['QC', 'Québec', 'Quebec', 'PQ'],
  ['SK', 'Saskatchewan'],
  ['YT', 'Yukon'],
];

const toRegions = (country: RegionCountry, rows: readonly Row[]): Region[] =>
  rows.map(([code, name, ...aliases]) => ({ country, code, name, aliases }));

export const REGIONS: readonly Region[] = [
  ...toRegions('MX', MX),
  ...toRegions('US', US),
  ...toRegions('CA', CA),
];

/**
 * Accented letters and their plain forms, in the order SQL's translate() takes them: the database folds stored
 * values with exactly this map, since upper() on a C-collated database leaves "é" alone.
 */
export const FOLD_FROM = 'ÁÀÂÄÃÉÈÊËÍÌÎÏÓÒÔÖÕÚÙÛÜÑÇáàâäãéèêëíìîïóòôöõúùûüñç';
export const FOLD_TO = 'AAAAAEEEEIIIIOOOOOUUUUNCaaaaaeeeeiiiiooooouuuunc';

/** Upper case, without accents, trimmed, inner spaces collapsed: the form spellings are compared in. */
export function foldRegionName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().trim().replace(/\s+/g, ' ');
}

const spellingsOf = (r: Region): string[] => [r.code, r.name, ...r.aliases].map(foldRegionName);

/** The regions a text names, by code, name or alias (several when a code is shared: BC, NL), in one country or all. */
export function findRegions(text: string, country?: RegionCountry): Region[] {
  const folded = foldRegionName(text);
  if (!folded) return [];
  return REGIONS.filter((r) => (!country || r.country === country) && spellingsOf(r).includes(folded));
}

/**
 * The folded spellings a state filter matches: every code, name and alias of the regions the text names, or the
 * text itself (folded) when it names none — a municipality-level or foreign place still matches itself.
 */
export function regionSpellings(text: string, country?: RegionCountry): string[] {
  const regions = findRegions(text, country);
  const folded = foldRegionName(text);
  if (regions.length === 0) return folded ? [folded] : [];
  return [...new Set([folded, ...regions.flatMap(spellingsOf)])];
}

/** The regions of one country (all three when none is given), for a form's suggestions. */
export function regionsOf(country?: RegionCountry): Region[] {
  return REGIONS.filter((r) => !country || r.country === country);
}
