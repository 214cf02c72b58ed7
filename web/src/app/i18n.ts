// i18next with the UI catalogues from core/i18n/ui. Before sign-in the language comes from the browser;
// after sign-in from the user's remembered choice. The <html lang> and the API's Accept-Language follow it.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { UI_CATALOGUES } from '../../../core/i18n/ui';
import { isLocale, localeFromAcceptLanguage, type Locale } from '../../../core/i18n/locale';
import { setRequestLanguage } from '../api/client';

export function browserLocale(): Locale {
  return localeFromAcceptLanguage(navigator.languages.join(','));
}

export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : 'en';
}

function applyLanguage(locale: string) {
  document.documentElement.lang = locale;
  setRequestLanguage(locale);
}

export async function initI18n(): Promise<void> {
  const initial = browserLocale();
  i18next.on('languageChanged', applyLanguage);
  await i18next.use(initReactI18next).init({
    resources: {
      en: { translation: UI_CATALOGUES.en },
      es: { translation: UI_CATALOGUES.es },
      fr: { translation: UI_CATALOGUES.fr },
    },
    lng: initial,
    fallbackLng: 'en',
    supportedLngs: ['en', 'es', 'fr'],
    interpolation: { escapeValue: false },
  });
  applyLanguage(initial);
}
