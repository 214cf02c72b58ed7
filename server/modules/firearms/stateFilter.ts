// The recovery-state filter shared by the recoveries and traces lists: a state is free text, stored as a code (SON)
// or a name (Sonora, Nuevo León), so the filter matches every spelling of the state the user named.
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { FOLD_FROM, FOLD_TO, regionSpellings, type RegionCountry } from '../../../core/firearms/regions';

/**
 * `column` (a reference such as `rc.recovery_state`) names the same state as `text`, in `country` when given.
 * Stored values are folded in SQL with the same accent map as the spellings, then compared upper-cased.
 */
export function stateMatches(column: string, text: string, country?: RegionCountry): RawBuilder<SqlBool> {
  const spellings = regionSpellings(text, country);
  if (spellings.length === 0) return sql<SqlBool>`true`;
  return sql<SqlBool>`upper(btrim(translate(${sql.ref(column)}, ${FOLD_FROM}, ${FOLD_TO}))) IN (${sql.join(spellings)})`;
}

/** A recovery country the region table covers; other countries' states match as typed. */
export function regionCountry(country: string | undefined): RegionCountry | undefined {
  return country === 'MX' || country === 'US' || country === 'CA' ? country : undefined;
}
