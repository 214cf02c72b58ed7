// Every trace the user may read: filters (status, dates, place, make, caliber, indicator), sorting, CSV export
// of what sharing lets the user export (the server applies the export rule, not this page). The filters live in
// the URL (traceListSearch.ts), so Back from a trace, a reload or a shared link shows the same list.
import { Anchor, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime, useFormatDay, useFormatTimeToCrime } from '../../app/formatting';
import { EmptyList, LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { ProblemMessage } from '../../components/ProblemMessage';
import { StatusBadge } from '../../components/StatusBadge';
import { TlpLabel } from '../../components/TlpLabel';
import { filterField, TraceFiltersForm } from './TraceFiltersForm';
import { rememberTraceList, traceListSearchOf } from './traceListSearch';
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
        {item.priority === 'urgent' ? (
          <StatusBadge tone="negative">{t('traces.priorities.urgent')}</StatusBadge>
        ) : (
          <Text size="sm">{t('traces.priorities.routine')}</Text>
        )}
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

// The filters whose errors the form shows at the field; any other error shows above the list.
const PLACED_FIELDS = (
  [
    'requestedFrom',
    'requestedTo',
    'recoveredFrom',
    'recoveredTo',
    'country',
    'state',
    'make',
    'caliber',
  ] as const
).map(filterField);

export function TracesListPage() {
  const { t } = useTranslation();
  const filters = useSearch({ from: '/traces' });
  const navigate = useNavigate({ from: '/traces' });
  // A new entry in the history for each applied filter set: Back steps through them like any other page.
  const apply = (next: TraceFilters) => void navigate({ search: traceListSearchOf(next) });
  const pages = useTracePages(filters);
  useEffect(() => rememberTraceList(filters), [filters]);
  const items = pages.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeader title={t('traces.listTitle')} intro={t('traces.listIntro')} />
      <Stack>
        {/* Keyed by the URL's filters, so Back or a link resets the form's draft to what the list shows. */}
        <TraceFiltersForm
          key={JSON.stringify(filters)}
          initial={filters}
          onApply={apply}
          error={pages.error}
        />
        <Group>
          <Anchor href={traceExportUrl(filters)} download>
            {t('traces.exportCsv')}
          </Anchor>
        </Group>
        <ProblemMessage error={pages.error} placedFields={PLACED_FIELDS} />
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={960}>
            <Table verticalSpacing="sm" highlightOnHover aria-busy={pages.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('traces.columnFirearm')}</Table.Th>
                  <Table.Th scope="col">{t('traces.columnPriority')}</Table.Th>
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
          <EmptyList query={pages} count={items.length}>
            {t('traces.empty')}
          </EmptyList>
        </Paper>
        <LoadMore query={pages} />
      </Stack>
    </>
  );
}
