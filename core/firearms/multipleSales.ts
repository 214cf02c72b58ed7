// When a dealer's sales to one purchaser make a multiple-sales report (after ATF Form 3310.4: two or more handguns
// at once or within five consecutive business days; Form 3310.12: two or more semi-automatic rifles over .22
// calibre, same window, sold by a dealer in a US border state). The server refuses a report these rules do not
// support, so the 'multiple_sales_report' indicator only ever rests on a report that means something.
import { parseIsoDate, toEpochDay } from './calendar';
import { US_BORDER_STATES } from './indicators';
import type { FirearmTypeCode } from './referenceTypes';

export const MULTIPLE_SALES_FORMS = ['handguns', 'rifles'] as const;
export type MultipleSalesForm = (typeof MULTIPLE_SALES_FORMS)[number];

/** The window of the rule: the sales fall on at most this many consecutive business days. */
export const MULTIPLE_SALES_BUSINESS_DAYS = 5;

export interface MultipleSaleLine {
  readonly type: FirearmTypeCode | null;
  /** Sale date, `YYYY-MM-DD`. */
  readonly soldOn: string;
}

export type MultipleSalesProblem =
  | { readonly code: 'multiple_sales_too_few'; readonly index: null }
  | { readonly code: 'multiple_sales_wrong_type'; readonly index: number }
  | { readonly code: 'multiple_sales_window'; readonly index: null; readonly businessDays: number }
  | { readonly code: 'multiple_sales_not_border_state'; readonly index: null };

/** ISO weekday, 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
function weekday(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/**
 * Business days (Monday to Friday) from the first to the last date, both counted. Federal holidays are not
 * subtracted: that only makes the window stricter than the form's, never looser.
 */
export function businessDaysSpanned(dates: readonly string[]): number {
  const days = dates.flatMap((d) => {
    const parsed = parseIsoDate(d);
    return parsed.ok ? [toEpochDay(parsed.value)] : [];
  });
  if (days.length === 0) return 0;
  const first = Math.min(...days);
  const last = Math.max(...days);
  let count = 0;
  for (let day = first; day <= last; day++) if (weekday(day) <= 5) count++;
  // Sales on a weekend alone still count as one day of sales.
  return Math.max(count, 1);
}

const HANDGUNS: ReadonlySet<FirearmTypeCode> = new Set(['P']);
const RIFLES: ReadonlySet<FirearmTypeCode> = new Set(['R']);

/** Why the lines do not make a report of this form (empty when they do). */
export function checkMultipleSale(
  form: MultipleSalesForm,
  lines: readonly MultipleSaleLine[],
  dealerState: string | null,
): MultipleSalesProblem[] {
  const problems: MultipleSalesProblem[] = [];
  if (lines.length < 2) problems.push({ code: 'multiple_sales_too_few', index: null });
  const allowed = form === 'handguns' ? HANDGUNS : RIFLES;
  lines.forEach((line, index) => {
    if (line.type !== null && !allowed.has(line.type))
      problems.push({ code: 'multiple_sales_wrong_type', index });
  });
  const span = businessDaysSpanned(lines.map((l) => l.soldOn));
  if (span > MULTIPLE_SALES_BUSINESS_DAYS)
    problems.push({ code: 'multiple_sales_window', index: null, businessDays: span });
  if (form === 'rifles' && !(dealerState && US_BORDER_STATES[dealerState.trim().toUpperCase()]))
    problems.push({ code: 'multiple_sales_not_border_state', index: null });
  return problems;
}
