// Active, disabled or locked (after too many failed sign-ins), as a badge.
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/StatusBadge';
import type { User } from '../../api/types';

export function UserStatus({ user }: { user: User }) {
  const { t } = useTranslation();
  if (user.disabled) {
    return <StatusBadge tone="neutral">{t('users.disabled')}</StatusBadge>;
  }
  if (user.lockedUntil && new Date(user.lockedUntil) > new Date()) {
    return <StatusBadge tone="negative">{t('users.locked')}</StatusBadge>;
  }
  return <StatusBadge tone="positive">{t('users.active')}</StatusBadge>;
}
