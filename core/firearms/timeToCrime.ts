// Time-to-crime (TTC): how long a firearm took from its first retail sale to its recovery in a crime. A short TTC is
// the classic sign of trafficking (ATF: ≤ 3 years is an indicator, ≤ 1 year a strong one).
import { addYears, compareDates, daysBetween, parseIsoDate, type CivilDate } from './calendar';
import { err, ok, type Result } from './result';

/**
 * `strong`: recovered within 1 calendar year of the sale; `indicator`: within 3; `none`: later.
 * "Within N years" means recovery ≤ sale + N calendar years (end-of-month clamped, see addYears), inclusive: a gun
 * recovered on the first anniversary of its sale is still a strong indicator. A sale on 29 Feb therefore reaches its
 * first anniversary on 28 Feb of the next year; recovered on 1 Mar it is past one year.
 */
export type TtcBand = 'strong' | 'indicator' | 'none';

export const TTC_STRONG_YEARS = 1;
export const TTC_INDICATOR_YEARS = 3;

export interface TimeToCrime {
  readonly days: number;
  /**
   * Calendar years as a decimal: whole anniversaries passed, plus the elapsed fraction of the current year measured
   * in that year's own length (365 or 366 days). Exactly 1 on the first anniversary, which keeps it consistent with
   * the bands; round only for display.
   */
  readonly years: number;
  readonly band: TtcBand;
}

export type TimeToCrimeError =
  | { readonly code: 'invalid_date'; readonly field: 'saleDate' | 'recoveryDate'; readonly value: string }
  | { readonly code: 'recovery_before_sale'; readonly days: number };

/** TTC from ISO dates (`YYYY-MM-DD`). Same-day recovery is 0 days; recovery before the sale is an error in the data. */
export function timeToCrime(saleDate: string, recoveryDate: string): Result<TimeToCrime, TimeToCrimeError> {
  const sale = parseIsoDate(saleDate);
  if (!sale.ok) return err({ code: 'invalid_date', field: 'saleDate', value: saleDate });
  const recovery = parseIsoDate(recoveryDate);
  if (!recovery.ok) return err({ code: 'invalid_date', field: 'recoveryDate', value: recoveryDate });
  return timeToCrimeFromDates(sale.value, recovery.value);
}

export function timeToCrimeFromDates(
  sale: CivilDate,
  recovery: CivilDate,
): Result<TimeToCrime, TimeToCrimeError> {
  const days = daysBetween(sale, recovery);
  if (days < 0) return err({ code: 'recovery_before_sale', days });
  return ok({ days, years: decimalYears(sale, recovery), band: ttcBand(sale, recovery) });
}

export function ttcBand(sale: CivilDate, recovery: CivilDate): TtcBand {
  if (compareDates(recovery, addYears(sale, TTC_STRONG_YEARS)) <= 0) return 'strong';
  if (compareDates(recovery, addYears(sale, TTC_INDICATOR_YEARS)) <= 0) return 'indicator';
  return 'none';
}

function decimalYears(sale: CivilDate, recovery: CivilDate): number {
  let whole = recovery.year - sale.year;
  if (compareDates(addYears(sale, whole), recovery) > 0) whole--;
  const from = addYears(sale, whole);
  const to = addYears(sale, whole + 1);
  return whole + daysBetween(from, recovery) / daysBetween(from, to);
}
