// The web interface's message catalogues, one per supported language, in i18next's resource shape.
import type { Locale } from '../locale';
import { uiEn, type UiCatalogue } from './en';
import { uiEs } from './es';
import { uiFr } from './fr';

export type { UiCatalogue };
export { uiEn };

export const UI_CATALOGUES: Record<Locale, UiCatalogue> = { en: uiEn, es: uiEs, fr: uiFr };
