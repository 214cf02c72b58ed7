// Every trace the user may read: filters (status, dates, place, make, caliber, indicator), sorting, CSV export
// of what sharing lets the user export (the server applies the export rule, not this page).
import { Anchor, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime, useFormatDay, useFormatTimeToCrime } from '../../app/formatting';
import { PageHeader } from '../../components/PageHeader';
import { ProblemMessage } from '../../components/ProblemMessage';
import { TlpLabel } from '../../components/TlpLabel';
import { TraceFiltersForm } from './TraceFiltersForm';
import { TraceLink } from './TraceLink';
import { OverdueBadge, TraceStatusBadge } from './TraceStatusBadge';
import { traceExportUrl, useTracePages, type TraceFilters, type TraceListItem } from './traceQueries';

function Row({ item }: { item: TraceListItem }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const formatTimeToCrime = useFormatTimeToCrime();
  const formatDateTime = useFormatDateTime();
  return (
    <Table.Tr>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <TlpLabel tlp={item.tlp} />
          <TraceLink trace={item} />
        </Group>
        <Text size="xs" c="dimmed" ff="monospace">
          {item.firearm.serial ?? t('common.none')}
          {item.caliber ? ` · ${item.caliber}` : ''}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          <TraceStatusBadge status={item.status} />
          {item.awaiting?.overdue && <OverdueBadge />}
        </Group>
        {item.awaiting && (
          <Text size="xs" c="dimmed">
            {item.awaiting.holder.name}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {formatDay(item.firearm.recoveredOn)}
        <Text size="xs" c="dimmed">
          {[item.recoveryState, item.firearm.recoveryCountry].filter(Boolean).join(', ')}
        </Text>
      </Table.Td>
      <Table.Td>
        {item.timeToCrimeDays === null || item.timeToCrimeYears === null
          ? t('common.none')
          : formatTimeToCrime({ days: item.timeToCrimeDays, years: item.timeToCrimeYears })}
      </Table.Td>
      <Table.Td>
        <Text size="xs">
          {item.indicatorCodes.map((c) => t(`traces.indicatorNames.${c}`)).join(' · ') || t('common.none')}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">{formatDateTime(item.createdAt)}</Text>
        <Text size="xs" c="dimmed">
          {item.ownerAgency.code}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

export function TracesListPage() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<TraceFilters>({});
  const pages = useTracePages(filters);
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeader title={t('traces.listTitle')} intro={t('traces.listIntro')} />
      <Stack>
        <TraceFiltersForm initial={filters} onApply={setFilters} />
        <Group>
          <Anchor href={traceExportUrl(filters)} download>
            {t('traces.exportCsv')}
          </Anchor>
        </Group>
        <ProblemMessage error={pages.error} />
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="sm" highlightOnHover aria-busy={pages.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('traces.columnFirearm')}</Table.Th>
                  <Table.Th scope="col">{t('traces.columnStatus')}</Table.Th>
                  <Table.Th scope="col">{t('traces.columnRecovery')}</Table.Th>
                  <Table.Th scope="col">{t('traces.columnTtc')}</Table.Th>
                  <Table.Th scope="col">{t('traces.columnIndicators')}</Table.Th>
                  <Table.Th scope="col">{t('traces.columnRequested')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((item) => (
                  <Row key={item.id} item={item} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {pages.isSuccess && items.length === 0 && (
            <Text p="md" c="dimmed">
              {t('traces.empty')}
            </Text>
          )}
        </Paper>
        {pages.hasNextPage && (
          <Button
            variant="default"
            onClick={() => void pages.fetchNextPage()}
            loading={pages.isFetchingNextPage}
            w="fit-content"
          >
            {t('common.loadMore')}
          </Button>
        )}
      </Stack>
    </>
  );
}
