// The trace list's filters and sort live in the URL (?status=completed&state=Sonora&sort=ttc), so Back, a reload and
// a shared link bring the same list back. The router hands the query over parsed; only known values are kept.
import {
  INDICATOR_CODES,
  TRACE_SORTS,
  TRACE_STATUSES,
  type IndicatorCode,
  type TraceFilters,
  type TraceRecoveryCountry,
  type TraceSort,
  type TraceStatus,
} from './traceQueries';

export const RECOVERY_COUNTRIES: readonly TraceRecoveryCountry[] = ['MX', 'US', 'CA'];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// The router parses query values as JSON first, so ?caliber=45 arrives as a number: take it back as text.
const text = (value: unknown): string | undefined => {
  const s = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
  return s ? s.slice(0, 120) : undefined;
};
const oneOf = <T extends string>(values: readonly T[], value: unknown): T | undefined =>
  values.find((v) => v === value);
const date = (value: unknown): string | undefined =>
  typeof value === 'string' && ISO_DATE.test(value) ? value : undefined;

/** The URL's query as trace filters: unknown keys and malformed values are dropped, never sent to the API. */
export function parseTraceListSearch(search: Record<string, unknown>): TraceFilters {
  const out: TraceFilters = {};
  const status = oneOf<TraceStatus>(TRACE_STATUSES, search.status);
  const indicator = oneOf<IndicatorCode>(INDICATOR_CODES, search.indicator);
  const sort = oneOf<TraceSort>(TRACE_SORTS, search.sort);
  const country = oneOf(RECOVERY_COUNTRIES, search.country);
  if (status) out.status = status;
  for (const key of ['requestedFrom', 'requestedTo', 'recoveredFrom', 'recoveredTo'] as const) {
    const value = date(search[key]);
    if (value) out[key] = value;
  }
  if (country) out.country = country;
  for (const key of ['state', 'make', 'caliber', 'recoveryId'] as const) {
    const value = text(search[key]);
    if (value) out[key] = value;
  }
  if (indicator) out.indicator = indicator;
  if (sort && sort !== 'created') out.sort = sort;
  return out;
}

/** The filters as they go into the URL: empty ones left out, so the address stays short and readable. */
export function traceListSearchOf(filters: TraceFilters): TraceFilters {
  return parseTraceListSearch({ ...filters });
}

/** Where the last trace list's filters are kept for this tab, so "Back to traces" returns to that same list. */
const LAST_LIST_KEY = 'rastro.traces.lastList';

export function rememberTraceList(filters: TraceFilters): void {
  try {
    sessionStorage.setItem(LAST_LIST_KEY, JSON.stringify(traceListSearchOf(filters)));
  } catch {
    // Storage refused (private mode, quota): Back to traces then opens the list unfiltered.
  }
}

/** The filters of the list this tab last showed, parsed as the URL's are; none when there was none. */
export function lastTraceList(): TraceFilters {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(LAST_LIST_KEY) ?? '{}');
    return stored && typeof stored === 'object'
      ? parseTraceListSearch(stored as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}
