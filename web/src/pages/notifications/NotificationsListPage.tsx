// Inbox (notices to my authority) and outbox (notices from it): status, overdue marker, filters (status,
// other country, substance, dispatch dates, overdue), and the CSV export of the same filtered list.
import {
  Anchor,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDay } from '../../app/formatting';
import { PageHeader } from '../../components/PageHeader';
import { ProblemMessage } from '../../components/ProblemMessage';
import {
  COUNTRY_CODES,
  exportCsvUrl,
  NOTIFICATION_STATUSES,
  useNotificationList,
  type Box,
  type CountryFilter,
  type NotificationSummary,
  type StatusFilter,
} from './notificationQueries';
import { NotificationMarkers, NotificationStatusBadge } from './NotificationStatusBadge';

const isCountry = (value: string): value is CountryFilter =>
  value === '' || (COUNTRY_CODES as readonly string[]).includes(value);
const isStatus = (value: string): value is StatusFilter =>
  value === '' || (NOTIFICATION_STATUSES as readonly string[]).includes(value);

function Row({ item, box }: { item: NotificationSummary; box: Box }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const other = box === 'inbox' ? item.exportingAgency : item.importingAgency;
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor
          fw={600}
          renderRoot={(props) => (
            <Link {...props} to="/notifications/$notificationId" params={{ notificationId: item.id }} />
          )}
        >
          {item.reference || t('notifications.untitled', { date: formatDay(item.createdAt) })}
        </Anchor>
        <Text size="xs" c="dimmed">
          {item.exporter.name} → {item.importer.name}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" fw={600}>
          {other.code}
        </Text>
        <Text size="xs" c="dimmed">
          {other.name}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          <NotificationStatusBadge status={item.status} />
          <NotificationMarkers overdue={item.overdue} voluntary={item.voluntary} />
        </Group>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(item.plannedDispatchDate)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {item.responseDueDate ? formatDay(item.responseDueDate) : t('common.none')}
      </Table.Td>
      <Table.Td>{item.lineCount}</Table.Td>
    </Table.Tr>
  );
}

export function NotificationsListPage({ box }: { box: Box }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<StatusFilter>('');
  const [overdue, setOverdue] = useState(false);
  const [country, setCountry] = useState<CountryFilter>('');
  const [substanceInput, setSubstance] = useState('');
  const [substance] = useDebouncedValue(substanceInput, 300);
  const [dispatchFrom, setDispatchFrom] = useState('');
  const [dispatchTo, setDispatchTo] = useState('');
  const filters = { box, status, overdue, country, substance, dispatchFrom, dispatchTo };
  const list = useNotificationList(filters);
  const items = list.data ?? [];

  return (
    <>
      <PageHeader
        title={t(box === 'inbox' ? 'notifications.inboxTitle' : 'notifications.outboxTitle')}
        intro={t(box === 'inbox' ? 'notifications.inboxIntro' : 'notifications.outboxIntro')}
        actions={
          <Button component={Link} to="/notifications/new">
            {t('notifications.draft')}
          </Button>
        }
      />
      <Stack>
        <Group component="nav" aria-label={t('notifications.boxes')} gap="xs">
          <Button component={Link} to="/notifications" variant={box === 'inbox' ? 'filled' : 'default'}>
            {t('notifications.inbox')}
          </Button>
          <Button
            component={Link}
            to="/notifications/outbox"
            variant={box === 'outbox' ? 'filled' : 'default'}
          >
            {t('notifications.outbox')}
          </Button>
        </Group>
        <Group align="flex-end" gap="md" role="search" aria-label={t('notifications.filtersTitle')}>
          <NativeSelect
            label={t('notifications.filterStatus')}
            value={status}
            onChange={(e) => {
              const value = e.currentTarget.value;
              if (isStatus(value)) setStatus(value);
            }}
            data={[
              { value: '', label: t('notifications.anyStatus') },
              ...NOTIFICATION_STATUSES.map((s) => ({ value: s, label: t(`notifications.statuses.${s}`) })),
            ]}
            w={200}
          />
          <NativeSelect
            label={t('notifications.filterCountry')}
            value={country}
            onChange={(e) => {
              const value = e.currentTarget.value;
              if (isCountry(value)) setCountry(value);
            }}
            data={[
              { value: '', label: t('notifications.anyCountry') },
              ...COUNTRY_CODES.map((c) => ({ value: c, label: t(`countries.${c}`) })),
            ]}
            w={200}
          />
          <TextInput
            label={t('notifications.filterSubstance')}
            placeholder={t('notifications.substanceHint')}
            value={substanceInput}
            onChange={(e) => setSubstance(e.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            w={240}
          />
          <TextInput
            type="date"
            label={t('notifications.dispatchFrom')}
            value={dispatchFrom}
            onChange={(e) => setDispatchFrom(e.currentTarget.value)}
            w={170}
          />
          <TextInput
            type="date"
            label={t('notifications.dispatchTo')}
            value={dispatchTo}
            onChange={(e) => setDispatchTo(e.currentTarget.value)}
            w={170}
          />
          <Checkbox
            label={t('notifications.overdueOnly')}
            checked={overdue}
            onChange={(e) => setOverdue(e.currentTarget.checked)}
            mb={8}
          />
          <Anchor href={exportCsvUrl(filters)} download mb={8}>
            {t('notifications.exportCsv')}
          </Anchor>
        </Group>
        <ProblemMessage error={list.error} />
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="sm" highlightOnHover aria-busy={list.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('notifications.columnReference')}</Table.Th>
                  <Table.Th scope="col">{t('notifications.columnCounterpart')}</Table.Th>
                  <Table.Th scope="col">{t('notifications.columnStatus')}</Table.Th>
                  <Table.Th scope="col">{t('notifications.columnDispatch')}</Table.Th>
                  <Table.Th scope="col">{t('notifications.columnDue')}</Table.Th>
                  <Table.Th scope="col">{t('notifications.columnLines')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item) => (
                  <Row key={item.id} item={item} box={box} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {list.isSuccess && items.length === 0 && (
            <Text p="md" c="dimmed">
              {t('notifications.empty')}
            </Text>
          )}
        </Paper>
      </Stack>
    </>
  );
}
