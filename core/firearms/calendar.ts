// Calendar dates without time zones: strict ISO `YYYY-MM-DD` parsing and day arithmetic on the proleptic Gregorian
// calendar. Sale and recovery dates are civil dates, so going through `Date` (and the server's time zone) would only
// add ways to be off by one.
import { err, ok, type Result } from './result';

export interface CivilDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

export interface InvalidDate {
  readonly code: 'invalid_date';
  readonly value: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Parses exactly `YYYY-MM-DD` with a real calendar day (2023-02-29 is refused, not rolled over to March). */
export function parseIsoDate(value: string): Result<CivilDate, InvalidDate> {
  const m = ISO_DATE.exec(value);
  if (!m) return err({ code: 'invalid_date', value });
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return err({ code: 'invalid_date', value });
  }
  return ok({ year, month, day });
}

export function formatIsoDate(date: CivilDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil), exact for every Gregorian date. */
export function toEpochDay(date: CivilDate): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (date.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + date.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CivilDate, to: CivilDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/**
 * Adds calendar years, clamping to the end of the month: 29 Feb + 1 year = 28 Feb. This is what PostgreSQL's
 * `date + interval '1 year'` does, so a SQL filter on "TTC ≤ 1 year" and this module always agree.
 */
export function addYears(date: CivilDate, years: number): CivilDate {
  const year = date.year + years;
  return { year, month: date.month, day: Math.min(date.day, daysInMonth(year, date.month)) };
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** `YYYY-MM` of a date's month moved by `months` (negative: earlier). Month keys sort as their months do. */
export function monthKey(date: CivilDate, months = 0): string {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}
