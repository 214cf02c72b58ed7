// Shows a page only to roles whose abilities include it; others get a plain explanation, not a broken page.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentSession, type Ability } from '../app/session';
import { PageMessage } from './PageMessage';

export function RequireAbility({ anyOf, children }: { anyOf: readonly Ability[]; children: ReactNode }) {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const allowed = anyOf.some((ability) => session.abilities.includes(ability));
  if (!allowed)
    return <PageMessage title={t('common.notAllowedTitle')} detail={t('common.notAllowedDetail')} />;
  return children;
}
