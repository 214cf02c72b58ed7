// Supported languages and the choice of one from a user's setting or an Accept-Language header.
export const LOCALES = ['en', 'es', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Picks the best supported language from an Accept-Language header (RFC 9110 weights), else English. */
export function localeFromAcceptLanguage(header: string | undefined | null): Locale {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q ? Number(q.slice(2)) : 1;
      return {
        base: tag.toLowerCase().split('-')[0] ?? '',
        weight: Number.isFinite(weight) ? weight : 0,
        index,
      };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const entry of ranked) if (isLocale(entry.base)) return entry.base;
  return 'en';
}

/** Replaces {{name}} placeholders, the i18next way, so server and web catalogues share one syntax. */
export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/**
 * Numbers follow the users' countries, not the bare language: Mexico writes 1,257.5 as English does, French Canada
 * 1 257,5 (plain `es` would give Mexicans a decimal comma).
 */
const NUMBER_LOCALE: Record<Locale, string> = { en: 'en-US', es: 'es-MX', fr: 'fr-CA' };

/**
 * Time-to-crime as analysts read it, days and calendar years (two decimals at most) in the user's number format:
 * "1,257" and "3.44" for English and Spanish (Mexico), "1 257" and "3,44" for French (Canada).
 */
export function timeToCrimeNumbers(ttc: { days: number; years: number }, language: string) {
  const locale = isLocale(language) ? NUMBER_LOCALE[language] : language;
  // A narrow no-break space (some ICU versions group French with it) becomes the ordinary no-break space, which the
  // PDF's standard fonts can print.
  const format = (value: number, digits: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: digits })
      .format(value)
      .replace(/\u202f/gu, '\u00a0');
  return { days: format(ttc.days, 0), years: format(ttc.years, 2) };
}
