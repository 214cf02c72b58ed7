// Localised texts of the firearms domain's message keys ("firearms.description.<code>"), for the API and the web.
import type { DescriptionWarningCode } from '../../firearms';
import { interpolate, type Locale } from '../locale';
import { firearmsEn, type FirearmsCatalogue } from './en';
import { firearmsEs } from './es';
import { firearmsFr } from './fr';

export type { FirearmsCatalogue };
export const FIREARMS_CATALOGUES: Record<Locale, FirearmsCatalogue> = {
  en: firearmsEn,
  es: firearmsEs,
  fr: firearmsFr,
};

/** The text of a description warning in the given language. */
export function descriptionWarningText(
  locale: Locale,
  code: DescriptionWarningCode,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return interpolate(FIREARMS_CATALOGUES[locale].description[code], { ...params });
}

// Every warning code core/firearms can produce has a text (and nothing else does): checked by the compiler.
const everyCode: Record<DescriptionWarningCode, string> = firearmsEn.description;
void everyCode;
