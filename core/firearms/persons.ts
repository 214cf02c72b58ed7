// Deciding whether two person references in a trace (purchaser, possessor) are the same person, without guessing:
// the answer is `unknown` when the data cannot tell, so no indicator is raised on missing data.

export interface PersonRef {
  /** Person record id, when the person is on file. */
  readonly id?: string;
  readonly fullName?: string;
  /** ISO date, `YYYY-MM-DD`. */
  readonly birthDate?: string;
}

export type PersonComparison = 'same' | 'different' | 'unknown';

/**
 * Normalises a name for comparison: accents, case, punctuation and word order are ignored, because Mexican records
 * put surnames first ("GARCÍA LÓPEZ, Juan") and US records last ("Juan Garcia Lopez").
 */
export function normalisePersonName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .sort()
    .join(' ');
}

export function comparePersons(
  a: PersonRef | null | undefined,
  b: PersonRef | null | undefined,
): PersonComparison {
  if (!a || !b) return 'unknown';
  if (a.id !== undefined && a.id === b.id) return 'same';
  // Names before differing ids: one person is often entered twice, as two records, by two agencies.
  if (a.fullName && b.fullName) {
    const na = normalisePersonName(a.fullName);
    const nb = normalisePersonName(b.fullName);
    if (na !== '' && nb !== '') {
      if (na !== nb) return 'different';
      if (a.birthDate && b.birthDate && a.birthDate !== b.birthDate) return 'different';
      return 'same';
    }
  }
  if (a.id !== undefined && b.id !== undefined) return 'different';
  return 'unknown';
}
