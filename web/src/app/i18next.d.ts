// Types t('…') keys against the English catalogue, so a misspelt key fails the type-check.
import 'i18next';
import type { uiEn } from '../../../core/i18n/ui/en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof uiEn };
  }
}
