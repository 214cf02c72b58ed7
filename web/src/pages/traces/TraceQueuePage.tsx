// The tracing centre's work queue: open traces routed here, urgent first, then by the earliest answer deadline;
// traces whose partly restored serial needs a candidate confirmed are marked.
import { Group, Paper, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/formatting';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { StatusBadge } from '../../components/StatusBadge';
import { TraceLink } from './TraceLink';
import { OverdueBadge, TraceStatusBadge } from './TraceStatusBadge';
import { useTraceQueue, type TraceSummary } from './traceQueries';

function Row({ item }: { item: TraceSummary }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  // A submitted trace with a partly restored serial waits for the officer: the walk starts once one is confirmed.
  const needsConfirmation = item.status === 'submitted' && item.firearm.serialState === 'partly_restored';
  return (
    <Table.Tr>
      <Table.Td>
        {item.priority === 'urgent' ? (
          <StatusBadge tone="negative">{t('traces.priorities.urgent')}</StatusBadge>
        ) : (
          <Text size="sm">{t('traces.priorities.routine')}</Text>
        )}
      </Table.Td>
      <Table.Td>
        <TraceLink trace={item} />
        <Text size="xs" c="dimmed" ff="monospace">
          {item.firearm.serial ?? t('common.none')}
        </Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4}>
          <TraceStatusBadge status={item.status} />
          {needsConfirmation && <StatusBadge tone="info">{t('traces.needsConfirmation')}</StatusBadge>}
        </Group>
      </Table.Td>
      <Table.Td>{item.awaiting ? item.awaiting.holder.name : t('common.none')}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {item.awaiting ? (
          <Group gap={4}>
            <Text size="sm">{formatDateTime(item.awaiting.dueAt)}</Text>
            {item.awaiting.overdue && <OverdueBadge />}
          </Group>
        ) : (
          t('common.none')
        )}
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

export function TraceQueuePage() {
  const { t } = useTranslation();
  const queue = useTraceQueue();
  return (
    <>
      <PageHeader title={t('traces.queueTitle')} intro={t('traces.queueIntro')} />
      <QueryState query={queue}>
        {(items) => (
          <Paper withBorder radius="md">
            <Table.ScrollContainer minWidth={820}>
              <Table verticalSpacing="sm" highlightOnHover data-testid="trace-queue">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('traces.columnPriority')}</Table.Th>
                    <Table.Th scope="col">{t('traces.columnFirearm')}</Table.Th>
                    <Table.Th scope="col">{t('traces.columnStatus')}</Table.Th>
                    <Table.Th scope="col">{t('traces.columnWaiting')}</Table.Th>
                    <Table.Th scope="col">{t('traces.columnDue')}</Table.Th>
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
            {items.length === 0 && (
              <Text p="md" c="dimmed">
                {t('traces.queueEmpty')}
              </Text>
            )}
          </Paper>
        )}
      </QueryState>
    </>
  );
}
