// The tracing centre's work queue: open traces routed here, urgent first, then by the earliest answer deadline;
// traces whose partly restored serial needs a candidate confirmed are marked.
import { Center, Group, Loader, Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/formatting';
import { EmptyList, LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { ProblemMessage } from '../../components/ProblemMessage';
import { StatusBadge } from '../../components/StatusBadge';
import { TraceLink } from './TraceLink';
import { OverdueBadge, TraceStatusBadge } from './TraceStatusBadge';
import { useTraceQueue, type QueuedTrace } from './queueQueries';

function Row({ item }: { item: QueuedTrace }) {
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
        {/* The open hop's deadline, or a day from the request while the centre itself must act. */}
        <Group gap={4}>
          <Text size="sm">{formatDateTime(item.dueAt)}</Text>
          {item.overdue && <OverdueBadge />}
        </Group>
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
  const items = queue.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <PageHeader title={t('traces.queueTitle')} intro={t('traces.queueIntro')} />
      <Stack>
        <ProblemMessage error={queue.error} />
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={820}>
            <Table
              verticalSpacing="sm"
              highlightOnHover
              data-testid="trace-queue"
              aria-busy={queue.isFetching}
            >
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
          {queue.isPending && (
            <Center py="xl">
              <Loader aria-label={t('common.loading')} />
            </Center>
          )}
          <EmptyList query={queue} count={items.length}>
            {t('traces.queueEmpty')}
          </EmptyList>
        </Paper>
        <LoadMore query={queue} />
      </Stack>
    </>
  );
}
