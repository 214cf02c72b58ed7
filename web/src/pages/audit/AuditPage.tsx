// The audit trail for auditors: filter, read page by page (cursor), export the same selection as CSV.
import { Button, Code, Paper, Table, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useFormatDateTime } from '../../app/formatting';
import { EmptyList, LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { ProblemMessage } from '../../components/ProblemMessage';
import { AuditFilters } from './AuditFilters';
import { auditCsvHref, EMPTY_AUDIT_FILTERS, toAuditQuery, type AuditQuery } from './auditFilters';

export function AuditPage() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [query, setQuery] = useState<AuditQuery>(toAuditQuery(EMPTY_AUDIT_FILTERS));
  const pages = useInfiniteQuery({
    queryKey: ['audit', query],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/api/v1/audit', {
          params: { query: { ...query, limit: 50, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const events = pages.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        intro={t('audit.intro')}
        actions={
          <Button component="a" href={auditCsvHref(query)} download variant="default">
            {t('audit.exportCsv')}
          </Button>
        }
      />
      <AuditFilters onApply={(form) => setQuery(toAuditQuery(form))} />
      <ProblemMessage error={pages.error} />
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={980}>
          <Table verticalSpacing="xs" fz="sm" striped aria-busy={pages.isFetching} data-testid="audit-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('audit.at')}</Table.Th>
                <Table.Th scope="col">{t('audit.actor')}</Table.Th>
                <Table.Th scope="col">{t('audit.action')}</Table.Th>
                <Table.Th scope="col">{t('audit.record')}</Table.Th>
                <Table.Th scope="col">{t('audit.ip')}</Table.Th>
                <Table.Th scope="col">{t('audit.details')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.at)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{event.actor?.email ?? t('audit.system')}</Text>
                    {event.actorAgency && (
                      <Text size="xs" c="dimmed">
                        {event.actorAgency.code}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Code>{event.action}</Code>
                  </Table.Td>
                  <Table.Td>
                    {event.recordType && <Text size="sm">{event.recordType}</Text>}
                    {event.recordId && (
                      <Text size="xs" c="dimmed" ff="monospace" title={event.recordId}>
                        {event.recordId.slice(0, 8)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ff="monospace">{event.ip ?? t('common.none')}</Table.Td>
                  <Table.Td maw={280}>
                    {Object.keys(event.details).length > 0 && (
                      <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                        {JSON.stringify(event.details)}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <EmptyList query={pages} count={events.length}>
          {t('audit.empty')}
        </EmptyList>
      </Paper>
      <LoadMore query={pages} mt="md" />
    </>
  );
}
