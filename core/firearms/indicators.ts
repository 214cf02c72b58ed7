// Trafficking indicators for a trace result. Each indicator is a pure function of the result's facts and says why
// it applies (a message key and its parameters), because an analyst must be able to defend every flag it shows.
import { monthKey, parseIsoDate } from './calendar';
import { comparePersons, type PersonRef } from './persons';
import { timeToCrime } from './timeToCrime';

export const INDICATOR_CODES = [
  'short_ttc',
  'purchaser_not_possessor',
  'purchaser_multiple_traces',
  'dealer_short_ttc_traces',
  'multiple_sales_report',
  'border_state_to_mexico',
  'obliterated_serial',
] as const;
export type IndicatorCode = (typeof INDICATOR_CODES)[number];

export type IndicatorStrength = 'strong' | 'moderate';

export interface Indicator {
  readonly code: IndicatorCode;
  readonly strength: IndicatorStrength;
  /** i18n key, `firearms.indicator.<code>`; params fill its `{{placeholders}}`. */
  readonly messageKey: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The facts of one trace result the indicators look at. Counts come from the server's queries over other traces. */
export interface TraceFacts {
  /** First retail sale (purchase) date, `YYYY-MM-DD`; null while the trace has not reached a purchaser. */
  readonly firstRetailSaleDate: string | null;
  readonly recoveryDate: string;
  /** ISO 3166-1 alpha-2 country where the gun was recovered. */
  readonly recoveryCountry: string;
  /** Where the first retail sale happened (the dealer's premises). */
  readonly saleCountry: string | null;
  /** US state (postal code or name) of the sale, when the sale was in the US. */
  readonly saleState: string | null;
  readonly purchaser: PersonRef | null;
  readonly possessor: PersonRef | null;
  /** Other traced firearms whose first retail purchaser is this trace's purchaser (this one excluded). */
  readonly purchaserOtherTracedGuns: number;
  /**
   * Other traces with TTC ≤ 3 years that name this trace's dealer, of guns recovered in the look-back window
   * (`dealerLookback` of this recovery; this one excluded).
   */
  readonly dealerOtherShortTtcTraces: number;
  /** Multiple-sales reports (ATF 3310.4-like) that list this firearm. */
  readonly multipleSalesReportIds: readonly string[];
  readonly serialObliterated: boolean;
}

export interface IndicatorThresholds {
  /** Traced guns (this one included) from one purchaser that make a pattern. Two is already unusual for a buyer. */
  readonly purchaserMinTracedGuns: number;
  /**
   * Short-TTC traces (this one included) that flag a dealer. 25 is ATF's Demand Letter 2 threshold (25 or more
   * crime-gun traces with TTC ≤ 3 years in a year).
   */
  readonly dealerMinShortTtcTraces: number;
}

/**
 * Calendar months the dealer indicator looks back over: the recovery's month and the eleven before, so a dealer is
 * judged on a year of crime guns, as Demand Letter 2 judges it, and not on all its history. Months and not days
 * because the running counts behind it are kept per dealer and recovery month (migration 0027).
 */
export const DEALER_LOOKBACK_MONTHS = 12;

/** First and last `YYYY-MM` of the dealer look-back for a recovery date (`YYYY-MM-DD`); null if it is no date. */
export function dealerLookback(recoveryDate: string): { from: string; to: string } | null {
  const date = parseIsoDate(recoveryDate);
  if (!date.ok) return null;
  return { from: monthKey(date.value, 1 - DEALER_LOOKBACK_MONTHS), to: monthKey(date.value) };
}

export const DEFAULT_THRESHOLDS: IndicatorThresholds = {
  purchaserMinTracedGuns: 2,
  dealerMinShortTtcTraces: 25,
};

/** The four US states on the Mexican border; about three quarters of US-sourced guns recovered in Mexico come from them. */
export const US_BORDER_STATES: Readonly<Record<string, string>> = {
  TX: 'TX',
  TEXAS: 'TX',
  AZ: 'AZ',
  ARIZONA: 'AZ',
  CA: 'CA',
  CALIFORNIA: 'CA',
  NM: 'NM',
  'NEW MEXICO': 'NM',
};

function indicator(
  code: IndicatorCode,
  strength: IndicatorStrength,
  params: Record<string, string | number> = {},
): Indicator {
  return { code, strength, messageKey: `firearms.indicator.${code}`, params };
}

/** TTC ≤ 3 years (moderate), ≤ 1 year (strong). No indicator without a sale date or with dates that contradict. */
export function shortTtcIndicator(facts: TraceFacts): Indicator | null {
  if (!facts.firstRetailSaleDate) return null;
  const ttc = timeToCrime(facts.firstRetailSaleDate, facts.recoveryDate);
  if (!ttc.ok || ttc.value.band === 'none') return null;
  const strength = ttc.value.band === 'strong' ? 'strong' : 'moderate';
  return indicator('short_ttc', strength, {
    days: ttc.value.days,
    years: Math.round(ttc.value.years * 100) / 100,
  });
}

/** Possessor is not the purchaser: the gun changed hands after its retail sale (straw purchase, resale, theft). */
export function purchaserNotPossessorIndicator(facts: TraceFacts): Indicator | null {
  return comparePersons(facts.purchaser, facts.possessor) === 'different'
    ? indicator('purchaser_not_possessor', 'moderate')
    : null;
}

/** One buyer behind several crime guns is the classic straw-purchaser pattern, hence strong. */
export function purchaserMultipleTracesIndicator(
  facts: TraceFacts,
  thresholds: IndicatorThresholds = DEFAULT_THRESHOLDS,
): Indicator | null {
  if (!facts.purchaser) return null;
  const total = facts.purchaserOtherTracedGuns + 1;
  return total >= thresholds.purchaserMinTracedGuns
    ? indicator('purchaser_multiple_traces', 'strong', {
        count: total,
        threshold: thresholds.purchaserMinTracedGuns,
      })
    : null;
}

/**
 * A dealer behind many short-TTC traces of guns recovered in the look-back. Moderate only: a high-volume dealer gathers traces innocently, so this
 * points at where to look rather than at wrongdoing.
 */
export function dealerShortTtcIndicator(
  facts: TraceFacts,
  thresholds: IndicatorThresholds = DEFAULT_THRESHOLDS,
): Indicator | null {
  if (!facts.firstRetailSaleDate) return null;
  const thisOne = shortTtcIndicator(facts) ? 1 : 0;
  const total = facts.dealerOtherShortTtcTraces + thisOne;
  return total >= thresholds.dealerMinShortTtcTraces
    ? indicator('dealer_short_ttc_traces', 'moderate', {
        count: total,
        threshold: thresholds.dealerMinShortTtcTraces,
        months: DEALER_LOOKBACK_MONTHS,
      })
    : null;
}

export function multipleSalesIndicator(facts: TraceFacts): Indicator | null {
  const reports = facts.multipleSalesReportIds.length;
  return reports > 0 ? indicator('multiple_sales_report', 'moderate', { reports }) : null;
}

/** Sold in TX, AZ, CA or NM and recovered in Mexico: the main southbound trafficking corridor. */
export function borderStateIndicator(facts: TraceFacts): Indicator | null {
  if (facts.recoveryCountry.toUpperCase() !== 'MX') return null;
  if (facts.saleCountry !== null && facts.saleCountry.toUpperCase() !== 'US') return null;
  const state = facts.saleState ? US_BORDER_STATES[facts.saleState.trim().toUpperCase()] : undefined;
  return state ? indicator('border_state_to_mexico', 'moderate', { state }) : null;
}

/** Obliterating a serial is done to defeat a trace, and is itself a federal crime in the US: strong. */
export function obliteratedSerialIndicator(facts: TraceFacts): Indicator | null {
  return facts.serialObliterated ? indicator('obliterated_serial', 'strong') : null;
}

/** Every indicator that applies, in the fixed order of INDICATOR_CODES. */
export function evaluateIndicators(
  facts: TraceFacts,
  thresholds: IndicatorThresholds = DEFAULT_THRESHOLDS,
): Indicator[] {
  return [
    shortTtcIndicator(facts),
    purchaserNotPossessorIndicator(facts),
    purchaserMultipleTracesIndicator(facts, thresholds),
    dealerShortTtcIndicator(facts, thresholds),
    multipleSalesIndicator(facts),
    borderStateIndicator(facts),
    obliteratedSerialIndicator(facts),
  ].filter((i): i is Indicator => i !== null);
}
