// The number of unread lost/stolen match notices, for the navigation (nothing when there are none).
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUnreadMatchNotices } from './firearmReportQueries';

export function UnreadMatchNoticesBadge({ enabled = true }: { enabled?: boolean }) {
  const { t } = useTranslation();
  const unread = useUnreadMatchNotices(enabled);
  if (!unread.data) return null;
  return (
    <Badge
      color="red"
      size="sm"
      circle
      aria-label={t('firearmReports.notices.unreadCount', { count: unread.data })}
    >
      {unread.data}
    </Badge>
  );
}
