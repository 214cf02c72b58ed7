// The registry as core/chemicals sees it: database rows turned back into the reference-list format, so the
// same parser decides status, dates and family wording for the bundled file, the database and a regulator's entry.
import {
  JURISDICTIONS,
  loadReferenceList,
  parseListing,
  type Jurisdiction,
  type ReferenceChemical,
  type ReferenceList,
} from '../../../core/chemicals';
import type { Kysely } from 'kysely';
import type { RegistryDatabase } from './tables';

const HEADER = [
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

/** RFC 4180 quoting; every field is quoted so commas, quotes and newlines in wording survive. */
const field = (value: string) => `"${value.replaceAll('"', '""')}"`;

export interface RegistryChemicalRow {
  id: string;
  name: string;
  synonyms: string[];
  cas: string | null;
  formula: string | null;
  smiles: string | null;
  inchikey: string | null;
  source: string;
}

export interface CurrentListingRow {
  chemical_id: string;
  jurisdiction: Jurisdiction;
  listing: string;
}

/** Builds a ReferenceList from rows; a jurisdiction without a current listing reads as unknown (empty text). */
export function referenceFromRows(
  chemicals: readonly RegistryChemicalRow[],
  listings: readonly CurrentListingRow[],
): ReferenceList {
  const text = new Map<string, string>();
  for (const l of listings) text.set(`${l.chemical_id}\u0000${l.jurisdiction}`, l.listing);
  const lines = [HEADER.join(',')];
  for (const c of chemicals) {
    const wording = JURISDICTIONS.map((j) => text.get(`${c.id}\u0000${j}`) ?? '');
    lines.push(
      [
        c.id,
        c.name,
        c.synonyms.join('; '),
        c.cas ?? '',
        c.formula ?? '',
        c.smiles ?? '',
        c.inchikey ?? '',
        ...wording,
        c.source,
      ]
        .map(field)
        .join(','),
    );
  }
  return loadReferenceList(lines.join('\n'));
}

const CHEMICAL_COLUMNS = [
  'id',
  'name',
  'synonyms',
  'cas',
  'formula',
  'smiles',
  'inchikey',
  'source',
] as const;

/** Reads the whole registry (current listings only) from the database. */
export async function loadRegistryReference(db: Kysely<RegistryDatabase>): Promise<ReferenceList> {
  const [chemicals, listings] = await Promise.all([
    db.selectFrom('chemicals').select(CHEMICAL_COLUMNS).orderBy('id').execute(),
    db
      .selectFrom('chemical_listings')
      .select(['chemical_id', 'jurisdiction', 'listing'])
      .where('superseded_by', 'is', null)
      .execute(),
  ]);
  return referenceFromRows(chemicals, listings);
}

/** One chemical as core/chemicals sees it, or undefined. */
export async function loadReferenceChemical(
  db: Kysely<RegistryDatabase>,
  id: string,
): Promise<ReferenceChemical | undefined> {
  const chemical = await db
    .selectFrom('chemicals')
    .select(CHEMICAL_COLUMNS)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!chemical) return undefined;
  const listings = await db
    .selectFrom('chemical_listings')
    .select(['chemical_id', 'jurisdiction', 'listing'])
    .where('chemical_id', '=', id)
    .where('superseded_by', 'is', null)
    .execute();
  return referenceFromRows([chemical], listings).byId(id);
}

/** The columns stored for a listing text: what core/chemicals reads from it, kept for queries and display. */
export function listingColumns(jurisdiction: Jurisdiction, text: string) {
  const listing = parseListing(jurisdiction, text);
  return {
    jurisdiction,
    listing: listing.text,
    status: listing.status,
    regime: listing.regime,
    effective_from: listing.effective?.earliest ?? null,
    effective_by: listing.effective?.latest ?? null,
    precision: listing.effective?.precision ?? null,
    family: listing.family.map((f) => f.text),
  };
}
