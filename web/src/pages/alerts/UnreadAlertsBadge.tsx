// The bell in the header: how many alerts shared with me I have not opened yet. Polls every 30 s.
import { Group, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/StatusBadge';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';

export const UNREAD_COUNT_KEY = ['alerts', 'unread-count'] as const;

export function UnreadAlertsBadge() {
  const { t } = useTranslation();
  const unread = useQuery({
    queryKey: UNREAD_COUNT_KEY,
    queryFn: async () => unwrap(await api.GET('/api/v1/alerts/unread-count')),
    refetchInterval: 30_000,
  });
  const count = unread.data?.count ?? 0;
  return (
    <UnstyledButton
      component={Link}
      to="/alerts"
      aria-label={t('app.unreadAlerts', { count })}
      data-testid="unread-alerts"
      px={6}
      py={4}
    >
      <Group gap={4} wrap="nowrap">
        <svg
          width="22"
          height="22"
          viewBox="0 0 24 24"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        <StatusBadge tone={count > 0 ? 'negative' : 'neutral'} aria-hidden="true">
          {count}
        </StatusBadge>
      </Group>
    </UnstyledButton>
  );
}
