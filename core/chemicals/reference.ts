// The reference list of controlled chemicals (format of shared/data/precursors.csv): typed records, per-jurisdiction
// listings with effective dates and family wording, and the question "was X controlled in J on date D?".

import { parseCsv } from './csv';
import { parseCas } from './cas';
import { inForceOn, parseClauseDate, parseEffectiveDate } from './effectiveDate';
import type { EffectiveDate, InForce } from './effectiveDate';

export const JURISDICTIONS = ['UN', 'US', 'MX', 'CA'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

const COLUMN: Record<Jurisdiction, string> = { UN: 'un_1988', US: 'us', MX: 'mx', CA: 'ca' };

/**
 * listed: the source says the chemical is on the list; not_listed: the source says it is not;
 * unknown: the data itself flags the value as unverified, weak or not found — shown as unknown, never guessed.
 */
export type ListingStatus = 'listed' | 'not_listed' | 'unknown';

/** Kinds of variant a jurisdiction's wording may extend the listing to. */
export type FamilyKind =
  'salts' | 'amides' | 'carbamates' | 'halides' | 'acetals' | 'derivatives_and_analogues';

export interface FamilyWording {
  readonly kinds: readonly FamilyKind[];
  readonly since: EffectiveDate | null;
  /** The words of the listing this was read from. */
  readonly text: string;
}

export interface Listing {
  readonly jurisdiction: Jurisdiction;
  readonly text: string;
  readonly status: ListingStatus;
  /** precursor: a precursor list (1988 Tables, List I, Class A…); narcotic: controlled as a drug itself. */
  readonly regime: 'precursor' | 'narcotic' | null;
  /** UN 1988 Convention table, when the text names one. */
  readonly unTable: 'I' | 'II' | null;
  readonly effective: EffectiveDate | null;
  readonly family: readonly FamilyWording[];
}

export interface ReferenceChemical {
  readonly id: string;
  readonly name: string;
  readonly synonyms: readonly string[];
  readonly cas: string | null;
  readonly formula: string | null;
  readonly smiles: string | null;
  readonly inchikey: string | null;
  readonly listings: Readonly<Record<Jurisdiction, Listing>>;
  readonly sources: string;
}

export interface ReferenceList {
  readonly chemicals: readonly ReferenceChemical[];
  byId(id: string): ReferenceChemical | undefined;
  byCas(cas: string): ReferenceChemical | undefined;
  byName(name: string): ReferenceChemical | undefined;
}

// Markers the data uses for values nobody has confirmed.
const UNKNOWN_MARKERS =
  /\bNOT VERIFIED\b|\bNOT FOUND\b|\bnot re-verified\b|\bnot verified\b|\bsource weak\b/i;

export function parseListing(jurisdiction: Jurisdiction, raw: string): Listing {
  const text = raw.trim();
  const base = { jurisdiction, text, unTable: parseUnTable(text) };
  if (text === '' || UNKNOWN_MARKERS.test(text))
    return { ...base, status: 'unknown', regime: null, effective: null, family: [] };
  // "Not a precursor: 1961 Single Convention (narcotic drug)": controlled, but as a drug, not under the 1988 tables.
  if (/^not a precursor\b/i.test(text) && /narcotic/i.test(text))
    return { ...base, status: 'listed', regime: 'narcotic', effective: parseEffectiveDate(text), family: [] };
  if (/^not (?:in|listed)\b/i.test(text))
    return { ...base, status: 'not_listed', regime: null, effective: null, family: [] };
  return {
    ...base,
    status: 'listed',
    regime: 'precursor',
    effective: parseEffectiveDate(text),
    family: parseFamily(text),
  };
}

function parseUnTable(text: string): 'I' | 'II' | null {
  const m = /\bTable (II|I)\b/.exec(text);
  return m ? (m[1] as 'I' | 'II') : null;
}

const KIND_WORDS: Record<string, FamilyKind> = {
  salts: 'salts',
  amides: 'amides',
  carbamates: 'carbamates',
  halides: 'halides',
  acetals: 'acetals',
};

function kindsIn(words: string): FamilyKind[] {
  const kinds: FamilyKind[] = [];
  for (const w of words.toLowerCase().split(/[^a-z]+/)) {
    const k = KIND_WORDS[w];
    if (k && !kinds.includes(k)) kinds.push(k);
  }
  return kinds;
}

/**
 * Family wording: "(+amides, carbamates, salts)" (US), "halides added, eff. 30 Nov 2023" (US 4-AP),
 * "and its salts" (Canada 4-piperidone), "derivatives & analogues" / "derivatives/analogues" (Canada).
 * Each keeps the date of the clause it appears in: the US 4-AP halides came three years after the rest.
 */
export function parseFamily(text: string): FamilyWording[] {
  const out: FamilyWording[] = [];
  const clauses = text.split(';');
  clauses.forEach((clause, i) => {
    const dateOf = () => parseClauseDate(clause) ?? (i === 0 ? parseEffectiveDate(text) : null);
    const plus = /\(\+\s*([^)]+)\)/.exec(clause);
    if (plus) {
      const kinds = kindsIn(plus[1] ?? '');
      if (kinds.length) out.push({ kinds, since: dateOf(), text: plus[0] });
    }
    const added = /\b([a-z]+(?:\s*(?:,|and)\s*[a-z]+)*)\s+added\b/i.exec(clause);
    if (added && i > 0) {
      const kinds = kindsIn(added[1] ?? '');
      if (kinds.length) out.push({ kinds, since: dateOf(), text: clause.trim() });
    }
    const its =
      /\band its ((?:salts|amides|carbamates|halides|acetals)(?:(?:,| and| or)\s*(?:salts|amides|carbamates|halides|acetals))*)/i.exec(
        clause,
      );
    if (its) out.push({ kinds: kindsIn(its[1] ?? ''), since: dateOf(), text: its[0] });
    const deriv = /\bderivatives\s*(?:&|and|\/)\s*analogues\b/i.exec(clause);
    if (deriv) {
      const rest = clause.slice(deriv.index);
      out.push({ kinds: ['derivatives_and_analogues'], since: parseClauseDate(rest), text: rest.trim() });
    }
  });
  return out;
}

/** Lower-case, unify dashes and spaces: names are matched loosely, but never fuzzily. */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function splitList(field: string): string[] {
  return field
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** A name and the aliases it carries: "N-Phenethyl-4-piperidone (NPP)" is also "N-Phenethyl-4-piperidone" and "NPP". */
function aliasesOf(name: string): string[] {
  const out = [name];
  const m = /^(.*\S)\s+\(([^()]+)\)$/.exec(name);
  if (m && m[1] && m[2]) {
    out.push(m[1]);
    if (!/e\.g\./.test(m[2])) out.push(m[2]);
  }
  return out;
}

const REQUIRED = [
  'id',
  'name',
  'synonyms',
  'cas',
  'formula',
  'smiles',
  'inchikey',
  'un_1988',
  'us',
  'mx',
  'ca',
  'sources',
];

/** Loads the reference list from CSV text. Throws on a malformed file: screening against a broken list is unsafe. */
export function loadReferenceList(csvText: string): ReferenceList {
  const [header, ...rows] = parseCsv(csvText);
  if (!header) throw new Error('reference list: empty file');
  const col = new Map(header.map((h, i) => [h.trim(), i]));
  for (const name of REQUIRED)
    if (!col.has(name)) throw new Error(`reference list: missing column "${name}"`);
  const get = (row: string[], name: string) => (row[col.get(name) ?? -1] ?? '').trim();
  const chemicals: ReferenceChemical[] = rows.map((row, i) => {
    const id = get(row, 'id');
    if (id === '') throw new Error(`reference list: row ${i + 2} has no id`);
    const casText = get(row, 'cas');
    let cas: string | null = null;
    if (casText !== '') {
      const parsed = parseCas(casText);
      if (!parsed.ok) throw new Error(`reference list: row ${id} has an invalid CAS "${casText}"`);
      cas = parsed.cas;
    }
    const listings = Object.fromEntries(
      JURISDICTIONS.map((j) => [j, parseListing(j, get(row, COLUMN[j]))]),
    ) as Record<Jurisdiction, Listing>;
    const orNull = (s: string) => (s === '' ? null : s);
    return {
      id,
      name: get(row, 'name'),
      synonyms: splitList(get(row, 'synonyms')),
      cas,
      formula: orNull(get(row, 'formula')),
      smiles: orNull(get(row, 'smiles')),
      inchikey: orNull(get(row, 'inchikey')),
      listings,
      sources: get(row, 'sources'),
    };
  });
  return buildIndex(chemicals);
}

function buildIndex(chemicals: readonly ReferenceChemical[]): ReferenceList {
  const ids = new Map<string, ReferenceChemical>();
  const cases = new Map<string, ReferenceChemical>();
  const names = new Map<string, ReferenceChemical>();
  for (const c of chemicals) {
    if (ids.has(c.id)) throw new Error(`reference list: duplicate id "${c.id}"`);
    ids.set(c.id, c);
    if (c.cas) cases.set(c.cas, c);
  }
  // Primary names first so a synonym of one chemical can never shadow another's name.
  for (const c of chemicals) for (const a of aliasesOf(c.name)) names.set(normaliseName(a), c);
  for (const c of chemicals)
    for (const s of c.synonyms)
      for (const a of aliasesOf(s)) if (!names.has(normaliseName(a))) names.set(normaliseName(a), c);
  return {
    chemicals,
    byId: (id) => ids.get(id),
    byCas: (cas) => {
      const parsed = parseCas(cas);
      return parsed.ok ? cases.get(parsed.cas) : undefined;
    },
    byName: (name) => names.get(normaliseName(name)) ?? ids.get(name.trim().toLowerCase()),
  };
}

export type ControlStatus = 'controlled' | 'not_controlled' | 'unknown';

export interface ControlAnswer {
  readonly status: ControlStatus;
  /** English reason; `listing.text` is the source wording, shown verbatim. */
  readonly reason: string;
  readonly listing: Listing;
}

/**
 * Was `chemical` controlled in `jurisdiction` on `date` (ISO yyyy-mm-dd)? Without a date: per the current data.
 * A date inside the uncertainty of a year-only or open-ended effective date answers unknown, never a guess.
 */
export function isControlled(
  chemical: ReferenceChemical,
  jurisdiction: Jurisdiction,
  date?: string,
): ControlAnswer {
  const listing = chemical.listings[jurisdiction];
  if (listing.status === 'unknown')
    return { status: 'unknown', reason: `Not confirmed by the data: "${listing.text}"`, listing };
  if (listing.status === 'not_listed')
    return { status: 'not_controlled', reason: `Not listed: "${listing.text}"`, listing };
  const inForce: InForce = inForceOn(listing.effective, date);
  const what = listing.regime === 'narcotic' ? 'Controlled as a narcotic drug' : 'Listed';
  if (inForce === 'yes') return { status: 'controlled', reason: `${what}: "${listing.text}"`, listing };
  if (inForce === 'no')
    return {
      status: 'not_controlled',
      reason: `Not yet in force on ${date ?? ''}: "${listing.text}"`,
      listing,
    };
  const when = listing.effective
    ? `effective date known only as "${listing.effective.text}"`
    : 'no effective date in the data';
  return { status: 'unknown', reason: `${what}, but ${when}: "${listing.text}"`, listing };
}

/** A kind of structural variant found by screening; 'other' is covered only by "derivatives and analogues" wording. */
export type VariantKind = Exclude<FamilyKind, 'derivatives_and_analogues'> | 'other';

/** Whether the jurisdiction's family wording extends the listing to a kind of variant on `date`. */
export function familyCovers(listing: Listing, kind: VariantKind, date?: string): InForce | 'not_stated' {
  let best: InForce | 'not_stated' = 'not_stated';
  for (const f of listing.family) {
    if (!f.kinds.some((k) => k === kind || k === 'derivatives_and_analogues')) continue;
    const r = inForceOn(f.since, date);
    if (r === 'yes') return 'yes';
    if (r === 'unknown' || best === 'not_stated') best = r;
  }
  return best;
}
