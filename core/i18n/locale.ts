// Supported languages and the choice of one from a user's setting or an Accept-Language header.
export const LOCALES = ['en', 'es', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The best supported language of an Accept-Language header by weight (RFC 9110), or null when none is: `*` (what
 * Node's fetch sends) or a language Rastro does not speak is no choice, so each caller picks its own fallback (the
 * server the user's setting, the browser English).
 */
export function requestedLocale(header: string | undefined | null): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', weight, index };
    })
    .filter((entry) => Number.isFinite(entry.weight) && entry.weight > 0 && isLocale(entry.base))
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const best = ranked[0]?.base;
  return isLocale(best) ? best : null;
}

/** Picks the best supported language from an Accept-Language header (RFC 9110 weights), else English. */
export function localeFromAcceptLanguage(header: string | undefined | null): Locale {
  return requestedLocale(header) ?? 'en';
}

/** Replaces {{name}} placeholders, the i18next way, so server and web catalogues share one syntax. */
export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/**
 * Numbers and dates follow the users' countries, not the bare language: Mexico writes 1,257.5 as English does, French
 * Canada 1 257,5 (plain `es` would give Mexicans a decimal comma).
 */
const NUMBER_LOCALE: Record<Locale, string> = { en: 'en-US', es: 'es-MX', fr: 'fr-CA' };

function regionalLocale(language: string): string {
  return isLocale(language) ? NUMBER_LOCALE[language] : language;
}

// Some ICU versions separate with a narrow no-break space, which the PDF's standard fonts cannot print.
const printable = (text: string) => text.replace(/\u202f/gu, '\u00a0');

/**
 * A calendar day ("1981-10-10", or the day of an ISO instant) as the user's country writes it: "Oct 10, 1981",
 * "10 oct 1981", "10 oct. 1981". Read in UTC: a day has no time zone, and the local one must not move it a day back.
 */
export function formatDay(day: string, language: string): string {
  // A partial day ("2025", "2025-03") stays as written: a formatter would invent the missing month or day.
  if (!/^\d{4}-\d{2}-\d{2}/.test(day)) return day;
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return printable(
    new Intl.DateTimeFormat(regionalLocale(language), { dateStyle: 'medium', timeZone: 'UTC' }).format(date),
  );
}

/**
 * An instant with its time, for documents made on the server, which does not know the reader's time zone: shown in
 * UTC and labelled so ("29 nov 2026, 10:17 UTC").
 */
export function formatInstant(at: Date, language: string): string {
  return (
    printable(
      new Intl.DateTimeFormat(regionalLocale(language), {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'UTC',
      }).format(at),
    ) + ' UTC'
  );
}

/**
 * Time-to-crime as analysts read it, days and calendar years (two decimals at most) in the user's number format:
 * "1,257" and "3.44" for English and Spanish (Mexico), "1 257" and "3,44" for French (Canada).
 */
export function timeToCrimeNumbers(ttc: { days: number; years: number }, language: string) {
  const locale = regionalLocale(language);
  // Whole values plain ("0 años", "2 ans"); others always with two decimals, so a column of them reads alike
  // ("0,60 ans" beside "3,47 ans", not "0,6").
  const format = (value: number, digits: number) => {
    const fraction = Number.isInteger(value) ? 0 : digits;
    return printable(
      new Intl.NumberFormat(locale, {
        minimumFractionDigits: fraction,
        maximumFractionDigits: fraction,
      }).format(value),
    );
  };
  return { days: format(ttc.days, 0), years: format(ttc.years, 2) };
}
