// Localised problem and field messages for the API, by dotted key ("problem.forbidden.title").
import type { Locale } from '../locale';
import { interpolate } from '../locale';
import { errorsEn, type ErrorCatalogue } from './en';
import { errorsEs } from './es';
import { errorsFr } from './fr';

export const ERROR_CATALOGUES: Record<Locale, ErrorCatalogue> = { en: errorsEn, es: errorsEs, fr: errorsFr };

export type ProblemType = keyof ErrorCatalogue['problem'];
export type FieldMessage = keyof ErrorCatalogue['field'];

export function problemText(
  locale: Locale,
  type: ProblemType,
  params: Record<string, string | number> = {},
): { title: string; detail: string } {
  const entry = ERROR_CATALOGUES[locale].problem[type];
  return { title: entry.title, detail: interpolate(entry.detail, params) };
}

export function fieldText(
  locale: Locale,
  message: FieldMessage,
  params: Record<string, string | number> = {},
): string {
  return interpolate(ERROR_CATALOGUES[locale].field[message], params);
}
