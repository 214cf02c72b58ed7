// Alerts shared with my agency, newest first, unread ones marked; filter by words; load more by cursor.
import { Button, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/StatusBadge';
import { useFormatDate } from '../../app/formatting';
import { useAbility, useCurrentSession } from '../../app/session';
import { EmptyList, LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { ProblemMessage } from '../../components/ProblemMessage';
import { TlpLabel } from '../../components/TlpLabel';
import { AlertLink } from './AlertLink';
import { useAlertPages } from './alertQueries';
import { DistributionText } from './DistributionText';

export function AlertsListPage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const canPublish = useAbility('publish_alerts');
  const session = useCurrentSession();
  // Like the header's badge, my own agency's alerts never count as unread news.
  const isUnread = (alert: { read: boolean; ownerAgency: { id: string } }) =>
    !alert.read && alert.ownerAgency.id !== session.agency.id;
  const [filter, setFilter] = useState('');
  const [q] = useDebouncedValue(filter.trim(), 300);
  const pages = useAlertPages(q);
  const alerts = pages.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title={t('alerts.title')}
        actions={
          canPublish && (
            <Button component={Link} to="/alerts/new">
              {t('alerts.publish')}
            </Button>
          )
        }
      />
      <Stack>
        <TextInput
          label={t('alerts.filter')}
          placeholder={t('alerts.filterPlaceholder')}
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          maw={420}
        />
        <ProblemMessage error={pages.error} />
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm" highlightOnHover aria-busy={pages.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('alerts.columnTitle')}</Table.Th>
                  <Table.Th scope="col">{t('alerts.columnAgency')}</Table.Th>
                  <Table.Th scope="col">{t('alerts.columnTlp')}</Table.Th>
                  <Table.Th scope="col">{t('alerts.columnDistribution')}</Table.Th>
                  <Table.Th scope="col">{t('alerts.columnPublished')}</Table.Th>
                  <Table.Th scope="col">{t('alerts.columnExpires')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {alerts.map((alert) => (
                  <Table.Tr key={alert.id}>
                    <Table.Td>
                      <Stack gap={4} align="flex-start" miw={220}>
                        {isUnread(alert) && (
                          <StatusBadge tone="info" size="xs">
                            {t('alerts.unread')}
                          </StatusBadge>
                        )}
                        <AlertLink alertId={alert.id} fw={isUnread(alert) ? 700 : 400}>
                          {alert.title}
                        </AlertLink>
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {alert.ownerAgency.code}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {alert.ownerAgency.name}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <TlpLabel tlp={alert.tlp} />
                    </Table.Td>
                    <Table.Td>
                      <DistributionText
                        distribution={alert.distribution}
                        groupName={alert.sharingGroup?.name}
                      />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(alert.createdAt)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {alert.expiresAt ? formatDate(alert.expiresAt) : t('common.none')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <EmptyList query={pages} count={alerts.length}>
            {t('alerts.empty')}
          </EmptyList>
        </Paper>
        <LoadMore query={pages} />
      </Stack>
    </>
  );
}
