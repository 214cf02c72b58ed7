// Reads of the registry. The registry is reference data shared by every operational role, not a sovereign
// record, so there is no row predicate here; who may read is decided by ability in the routes.
import { sql, type Kysely } from 'kysely';
import { formatHill, parseCas, parseFormula } from '../../../core/chemicals';
import type { RegistryDatabase } from './tables';

const SEARCH_TEXT = sql<string>`chemical_search_text(c.name, c.synonyms)`;

export interface ChemicalSearchRow {
  id: string;
  name: string;
  synonyms: string[];
  cas: string | null;
  formula: string | null;
  smiles: string | null;
  rank: number;
}

/**
 * Name/synonym (substring and trigram word similarity), CAS (check digit validated, any dash) and formula
 * (as element counts). Exact identifiers rank first, then trigram similarity.
 */
export async function searchChemicals(
  db: Kysely<RegistryDatabase>,
  q: string | undefined,
  limit: number,
): Promise<ChemicalSearchRow[]> {
  const base = db
    .selectFrom('chemicals as c')
    .select(['c.id', 'c.name', 'c.synonyms', 'c.cas', 'c.formula', 'c.smiles']);
  const text = (q ?? '').trim().toLowerCase();
  if (text === '')
    return base
      .select(sql<number>`0`.as('rank'))
      .orderBy('c.name')
      .limit(limit)
      .execute();
  const cas = parseCas(text);
  const formula = parseFormula(q!.trim());
  const hill = formula.ok && formula.counts.size > 0 ? formatHill(formula.counts) : null;
  const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  // "N-Phenethyl-4-piperidone (NPP)" is also called "NPP" and "N-Phenethyl-4-piperidone" (as core/chemicals reads it).
  const exactName = sql<boolean>`(lower(c.name) = ${text}
    OR lower(substring(c.name from '\(([^()]+)\)$')) = ${text}
    OR lower(substring(c.name from '^(.*\S)\s+\([^()]+\)$')) = ${text}
    OR ${text} = ANY (SELECT lower(s) FROM unnest(c.synonyms) s))`;
  const exactId = sql<boolean>`(${cas.ok ? cas.cas : null}::text IS NOT NULL AND c.cas = ${cas.ok ? cas.cas : null}::text)
    OR (${hill}::text IS NOT NULL AND c.formula_hill = ${hill}::text)`;
  const rank = sql<number>`(CASE WHEN ${exactId} OR ${exactName} THEN 2 ELSE 0 END
    + greatest(word_similarity(${text}, ${SEARCH_TEXT}), similarity(${text}, ${SEARCH_TEXT})))::float8`;
  return base
    .select(rank.as('rank'))
    .where(
      sql<boolean>`(${exactId} OR ${SEARCH_TEXT} LIKE ${like} OR ${text} <% ${SEARCH_TEXT} OR lower(c.cas) = ${text})`,
    )
    .orderBy(sql`rank`, 'desc')
    .orderBy(sql`similarity(${text}, lower(c.name))`, 'desc')
    .orderBy('c.name')
    .limit(limit)
    .execute();
}

export async function findChemical(db: Kysely<RegistryDatabase>, id: string) {
  return db.selectFrom('chemicals').selectAll().where('id', '=', id).executeTakeFirst();
}

export type ChemicalRow = NonNullable<Awaited<ReturnType<typeof findChemical>>>;

/** Every listing row of a chemical, current and superseded, with the recorder's display name. */
export async function listingsOf(db: Kysely<RegistryDatabase>, chemicalId: string) {
  return db
    .selectFrom('chemical_listings as l')
    .leftJoin('users as u', 'u.id', 'l.recorded_by')
    .selectAll('l')
    .select('u.display_name as recorded_by_name')
    .where('l.chemical_id', '=', chemicalId)
    .orderBy('l.recorded_at')
    .orderBy('l.id')
    .execute();
}

export type ListingRow = Awaited<ReturnType<typeof listingsOf>>[number];
