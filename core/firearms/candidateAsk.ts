// When a partly restored serial is restored enough for the tracing centre to ask record holders which of their
// serials fit it. Each ask lists the matching serials of a holder's A&D records, so a loose pattern ("S????????")
// would list a maker's production: the registry federal law forbids (DOMAIN.md, "No registry"). An officer asks a
// maker about one damaged gun, not about a range.
import type { SerialPattern } from './serialPattern';

export const CANDIDATE_ASK_LIMITS = {
  /** Unreadable characters (`?`) at most: 36³ serials is already a wide net for one firearm. */
  maxUnreadable: 3,
  /** Readable characters at least. */
  minReadable: 4,
} as const;

export type CandidateAskRefusal = 'unknown_length' | 'too_many_unreadable' | 'too_few_readable';

/** Null when the pattern may be asked about; else why not. A `*` (a run of unknown length) never may. */
export function candidateAskRefusal(pattern: SerialPattern): CandidateAskRefusal | null {
  const chars = [...pattern.folded];
  if (chars.includes('*')) return 'unknown_length';
  const unreadable = chars.filter((c) => c === '?').length;
  if (unreadable > CANDIDATE_ASK_LIMITS.maxUnreadable) return 'too_many_unreadable';
  if (chars.length - unreadable < CANDIDATE_ASK_LIMITS.minReadable) return 'too_few_readable';
  return null;
}
