// English / Español / Français. Signed in, the choice is remembered for the user (PATCH /me).
import { NativeSelect } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { LOCALES, isLocale, type Locale } from '../../../core/i18n/locale';
import { adoptSession, SESSION_KEY, useSession } from '../app/session';

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { data: session } = useSession();
  const remember = useMutation({
    mutationFn: async (locale: Locale) => unwrap(await api.PATCH('/api/v1/me', { body: { locale } })),
    onSuccess: (updated) => queryClient.setQueryData(SESSION_KEY, adoptSession(updated)),
  });

  const choose = (value: string) => {
    if (!isLocale(value)) return;
    void i18n.changeLanguage(value);
    if (session) remember.mutate(value);
  };

  return (
    <NativeSelect
      aria-label={t('app.language')}
      value={i18n.language}
      onChange={(event) => choose(event.currentTarget.value)}
      size="sm"
      w={{ base: 110, sm: 130 }}
      data={LOCALES.map((locale) => ({ value: locale, label: t(`languages.${locale}`) }))}
    />
  );
}
