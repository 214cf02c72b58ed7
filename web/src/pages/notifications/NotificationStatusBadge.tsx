// Localised badges for a notice's status and its overdue and voluntary markers.
import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../components/StatusBadge';
import type { NotificationStatus } from './notificationQueries';

const TONES: Record<NotificationStatus, Tone> = {
  draft: 'neutral',
  sent: 'info',
  acknowledged: 'info',
  cleared: 'positive',
  objected: 'negative',
  shipped: 'positive',
  stopped: 'negative',
  expired: 'pending',
};

export function NotificationStatusBadge({
  status,
  size = 'sm',
}: {
  status: NotificationStatus;
  size?: 'sm' | 'md';
}) {
  const { t } = useTranslation();
  return (
    <StatusBadge tone={TONES[status]} size={size} data-testid="notification-status">
      {t(`notifications.statuses.${status}`)}
    </StatusBadge>
  );
}

export function NotificationMarkers({ overdue, voluntary }: { overdue: boolean; voluntary: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {overdue && (
        <StatusBadge tone="negative" size="xs">
          {t('notifications.overdue')}
        </StatusBadge>
      )}
      {voluntary && (
        <StatusBadge tone="neutral" size="xs">
          {t('notifications.voluntary')}
        </StatusBadge>
      )}
    </>
  );
}
