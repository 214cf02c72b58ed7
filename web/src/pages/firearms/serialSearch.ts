// The serial search's query and mode live in the URL (?q=MXD4471&mode=fuzzy), so Back from a match, a reload or a
// shared link repeats the search. The router hands the query over parsed; only a known mode is kept.
import type { SerialSearchMode } from '../../api/types';

export const SERIAL_SEARCH_MODES: readonly SerialSearchMode[] = ['exact', 'normalized', 'wildcard', 'fuzzy'];

export interface SerialSearch {
  q?: string;
  mode?: SerialSearchMode;
}

export function parseSerialSearch(search: Record<string, unknown>): SerialSearch {
  const out: SerialSearch = {};
  // The router parses values as JSON first, so ?q=4471 arrives as a number: take it back as text.
  const q = typeof search.q === 'string' || typeof search.q === 'number' ? String(search.q).trim() : '';
  const mode = SERIAL_SEARCH_MODES.find((m) => m === search.mode);
  if (q) out.q = q.slice(0, 200);
  if (mode) out.mode = mode;
  return out;
}
