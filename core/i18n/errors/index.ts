// Localised problem and field messages for the API, by dotted key ("problem.forbidden.title").
import type { Locale } from '../locale';
import { interpolate } from '../locale';
import { errorsEn, type ErrorCatalogue } from './en';
import { errorsEs } from './es';
import { errorsFr } from './fr';
import { resourceName } from './resourceNames';

export const ERROR_CATALOGUES: Record<Locale, ErrorCatalogue> = { en: errorsEn, es: errorsEs, fr: errorsFr };

export type ProblemType = keyof ErrorCatalogue['problem'];
export type FieldMessage = keyof ErrorCatalogue['field'];
export type ConflictReason = keyof ErrorCatalogue['conflictReason'];

const isConflictReason = (key: string): key is ConflictReason => key in errorsEn.conflictReason;

export function problemText(
  locale: Locale,
  type: ProblemType,
  params: Record<string, string | number> = {},
): { title: string; detail: string } {
  const catalogue = ERROR_CATALOGUES[locale];
  const entry = catalogue.problem[type];
  // A conflict may name a catalogued reason: its text in this language replaces the English `reason`.
  const key = params.reasonKey;
  if (type === 'conflict' && typeof key === 'string' && isConflictReason(key))
    params = { ...params, reason: interpolate(catalogue.conflictReason[key], params) };
  // A missing record is named by its type in the reader's language ("reporte de ventas múltiples", not multiple_sales).
  if (type === 'not_found' && typeof params.resource === 'string')
    params = { ...params, resource: resourceName(locale, params.resource) };
  return { title: entry.title, detail: interpolate(entry.detail, params) };
}

export function conflictReasonText(
  locale: Locale,
  reason: ConflictReason,
  params: Record<string, string | number> = {},
): string {
  return interpolate(ERROR_CATALOGUES[locale].conflictReason[reason], params);
}

export function fieldText(
  locale: Locale,
  message: FieldMessage,
  params: Record<string, string | number> = {},
): string {
  return interpolate(ERROR_CATALOGUES[locale].field[message], params);
}
