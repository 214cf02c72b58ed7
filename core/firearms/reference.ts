// The firearm reference table and its look-ups: resolve what an officer typed for make, model and caliber to one
// reference entry (aliases, punctuation, accents and case ignored), and autocomplete by prefix. Most failed traces
// are badly described guns, so the form resolves every description against this table. Agencies propose what it
// lacks; accepted additions are laid over the built-in table (setReferenceAdditions).
import { CALIBERS } from './data/calibers';
import { MAKES_FOREIGN } from './data/makesForeign';
import { MAKES_NORTH_AMERICA } from './data/makesNorthAmerica';
import type { CaliberRef, FirearmTypeCode, MakeRef, ModelRef } from './referenceTypes';

export { CALIBERS };
export const MAKES: readonly MakeRef[] = [...MAKES_NORTH_AMERICA, ...MAKES_FOREIGN];

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/&/g, ' AND ')
    .split(/[^A-Z0-9]+/)
    .filter((w) => w !== '');
}

/** Trailing company-form words that never distinguish one maker from another. */
const COMPANY_SUFFIXES = new Set([
  'INC',
  'CO',
  'CORP',
  'CORPORATION',
  'COMPANY',
  'LLC',
  'LTD',
  'MFG',
  'GMBH',
  'SA',
  'SPA',
  'AG',
  'AND',
]);

/** "Sturm, Ruger & Co., Inc." and "STURM RUGER" share one key; "S&W" and "S and W" too. */
export function makeKey(text: string): string {
  const w = words(text);
  while (w.length > 1 && COMPANY_SUFFIXES.has(w[w.length - 1] ?? '')) w.pop();
  return w.join('');
}

/** "M&P 9", "m&p9" and "M & P-9" share one key. */
export function modelKey(text: string): string {
  return words(text).join('');
}

/** "Cal. 7,62 x 39 mm" and "7.62x39mm" share one key; decimal commas (es-MX, fr-CA usage) count as points. */
export function caliberKey(text: string): string {
  return words(text.replace(/,/g, '.'))
    .filter((w) => w !== 'CAL' && w !== 'CALIBER' && w !== 'CALIBRE')
    .join('');
}

function indexBy<T>(items: readonly T[], keysOf: (item: T) => string[]): Map<string, T> {
  const index = new Map<string, T>();
  for (const item of items)
    for (const key of keysOf(item)) if (key !== '' && !index.has(key)) index.set(key, item);
  return index;
}

/** An entry agencies proposed and a reference curator accepted (server/modules/firearms/reference/proposals). */
export type ReferenceAddition =
  | { kind: 'make'; name: string; aliases: readonly string[]; countries: readonly string[] }
  | {
      kind: 'model';
      /** The make's id (a base make's, or an added make's). */
      makeId: string;
      name: string;
      aliases: readonly string[];
      types: readonly FirearmTypeCode[];
      /** Caliber ids; an added model never claims to list every caliber it was made in. */
      calibers: readonly string[];
    }
  | { kind: 'caliber'; name: string; aliases: readonly string[] };

/**
 * The id an added make or caliber gets: the key its free-text name already had, so records described before the
 * addition (make_key = makeKey of the typed name) still meet the ones described after it.
 */
export const addedMakeId = (name: string) => makeKey(name);
export const addedCaliberId = (name: string) => caliberKey(name);

interface Reference {
  makes: readonly MakeRef[];
  calibers: readonly CaliberRef[];
  makeIndex: Map<string, MakeRef>;
  caliberIndex: Map<string, CaliberRef>;
  caliberById: Map<string, CaliberRef>;
  makeById: Map<string, MakeRef>;
  modelIndexes: Map<string, Map<string, ModelRef>>;
}

function buildReference(additions: readonly ReferenceAddition[]): Reference {
  const calibers: CaliberRef[] = [...CALIBERS];
  const makes: MakeRef[] = [...MAKES];
  for (const a of additions) {
    if (a.kind === 'caliber') calibers.push({ id: addedCaliberId(a.name), name: a.name, aliases: a.aliases });
    if (a.kind === 'make')
      makes.push({
        id: addedMakeId(a.name),
        name: a.name,
        aliases: a.aliases,
        countries: a.countries,
        models: [],
      });
  }
  for (const a of additions) {
    if (a.kind !== 'model') continue;
    const at = makes.findIndex((m) => m.id === a.makeId);
    const make = makes[at];
    if (!make) continue;
    const model: ModelRef = {
      name: a.name,
      aliases: a.aliases,
      types: a.types,
      calibers: a.calibers,
      calibersComplete: false,
      importedBy: [],
    };
    makes[at] = { ...make, models: [...make.models, model] };
  }
  return {
    makes,
    calibers,
    makeIndex: indexBy(makes, (m) => [m.name, m.id, ...m.aliases].map(makeKey)),
    caliberIndex: indexBy(calibers, (c) => [c.name, c.id, ...c.aliases].map(caliberKey)),
    caliberById: new Map(calibers.map((c) => [c.id, c])),
    makeById: new Map(makes.map((m) => [m.id, m])),
    modelIndexes: new Map(
      makes.map((m) => [m.id, indexBy(m.models, (x) => [x.name, ...x.aliases].map(modelKey))]),
    ),
  };
}

// One process serves one database: the server sets the accepted additions at start and after each decision.
let reference = buildReference([]);

/** Replaces the accepted additions (all of them, not a delta) on top of the built-in table. */
export function setReferenceAdditions(additions: readonly ReferenceAddition[]): void {
  reference = buildReference(additions);
}

export function getMake(id: string): MakeRef | null {
  return reference.makeById.get(id) ?? null;
}

export function getCaliber(id: string): CaliberRef | null {
  return reference.caliberById.get(id) ?? null;
}

/** Resolves a typed make name ("S&W", "SMITH AND WESSON", "RUGER") to its reference entry. */
export function normaliseMake(text: string): MakeRef | null {
  const key = makeKey(text);
  return key === '' ? null : (reference.makeIndex.get(key) ?? null);
}

/** Resolves a typed caliber ("9mm", "9x19", ".223", "7,62x39") to its reference entry. */
export function normaliseCaliber(text: string): CaliberRef | null {
  const key = caliberKey(text);
  return key === '' ? null : (reference.caliberIndex.get(key) ?? null);
}

/**
 * Resolves a model within one make. A leading make name is ignored ("Glock 19" under Glock, "Ruger 10/22" under
 * Sturm, Ruger), because officers often repeat the make in the model field.
 */
export function findModel(make: MakeRef, text: string): ModelRef | null {
  const index = reference.modelIndexes.get(make.id);
  const key = modelKey(text);
  if (!index || key === '') return null;
  const direct = index.get(key);
  if (direct) return direct;
  for (const prefix of [make.name, make.id, ...make.aliases].map(modelKey)) {
    if (prefix !== '' && key.startsWith(prefix) && key.length > prefix.length) {
      const found = index.get(key.slice(prefix.length));
      if (found) return found;
    }
  }
  return null;
}

/** Every make that has a model answering to this text: used to say "that model is a Glock, not a Taurus". */
export function makesWithModel(text: string): MakeRef[] {
  return reference.makes.filter((m) => findModel(m, text) !== null);
}

/**
 * Ranks entries whose name or an alias starts with the prefix: exact key first, then name prefix, then alias
 * prefix, then alphabetically, so the list is stable as the user types.
 */
function autocomplete<T>(
  items: readonly T[],
  prefix: string,
  keyOf: (text: string) => string,
  nameOf: (item: T) => string,
  aliasesOf: (item: T) => readonly string[],
  limit: number,
  prefixKeyOf: (text: string) => string = keyOf,
): T[] {
  const p = prefixKeyOf(prefix);
  const scored: { item: T; rank: number }[] = [];
  for (const item of items) {
    const nameKey = keyOf(nameOf(item));
    const aliasKeys = aliasesOf(item).map(keyOf);
    let rank: number | null = null;
    if (p === '') rank = 3;
    else if (nameKey === p || aliasKeys.includes(p)) rank = 0;
    else if (nameKey.startsWith(p)) rank = 1;
    else if (aliasKeys.some((k) => k.startsWith(p))) rank = 2;
    if (rank !== null) scored.push({ item, rank });
  }
  return scored
    .sort((a, b) => a.rank - b.rank || nameOf(a.item).localeCompare(nameOf(b.item), 'en'))
    .slice(0, limit)
    .map((s) => s.item);
}

export function autocompleteMakes(prefix: string, limit = 10): MakeRef[] {
  // The typed prefix keeps its trailing words: "S&" must stay "SAND" (towards S&W), not lose "AND" as a suffix.
  return autocomplete(
    reference.makes,
    prefix,
    makeKey,
    (m) => m.name,
    (m) => m.aliases,
    limit,
    modelKey,
  );
}

export function autocompleteModels(make: MakeRef, prefix: string, limit = 10): ModelRef[] {
  return autocomplete(
    make.models,
    prefix,
    modelKey,
    (m) => m.name,
    (m) => m.aliases,
    limit,
  );
}

export function autocompleteCalibers(prefix: string, limit = 10): CaliberRef[] {
  return autocomplete(
    reference.calibers,
    prefix,
    caliberKey,
    (c) => c.name,
    (c) => c.aliases,
    limit,
  );
}
