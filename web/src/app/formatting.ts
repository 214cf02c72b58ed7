// Dates, sizes and numbers in the UI language, so a Mexican analyst reads "27 nov 2026" and a Canadian "27 nov. 2026".
import { useTranslation } from 'react-i18next';
import { formatDay, timeToCrimeNumbers } from '../../../core/i18n/locale';

/** "1,257 days (3.44 years)", "1 257 jours (3,44 ans)". */
export function useFormatTimeToCrime() {
  const { t, i18n } = useTranslation();
  return (ttc: { days: number; years: number }) =>
    t('traces.ttcValue', timeToCrimeNumbers(ttc, i18n.language));
}

export function useFormatDateTime() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (iso: string | null | undefined) => (iso ? format.format(new Date(iso)) : '');
}

export function useFormatDate() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (iso: string | null | undefined) => (iso ? format.format(new Date(iso)) : '');
}

/**
 * A calendar date without a time ("2026-10-01": a recovery date, an effective date), shown as that same day
 * everywhere: read as UTC so a time zone west of Greenwich does not move it to the day before.
 */
export function useFormatDay() {
  const { i18n } = useTranslation();
  // The same formatting as the server's documents (the result PDF), so a day reads alike on the page and on paper.
  return (day: string | null | undefined) => (day ? formatDay(day, i18n.language) : '');
}

/** A file size for people: "12.5 KB", "131 MB", in the UI language's digits. */
export function formatSize(bytes: number, locale: string): string {
  const kib = bytes / 1024;
  const format = (n: number, unit: string) =>
    `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n)} ${unit}`;
  return kib < 1024 ? format(Math.max(kib, 0.1), 'KB') : format(kib / 1024, 'MB');
}
