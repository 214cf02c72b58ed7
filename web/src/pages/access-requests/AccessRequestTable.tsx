// One direction of access requests as a table; pending incoming ones can be decided from here, and the access a
// granted one gave can be revoked.
import { Button, Group, Paper, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../components/StatusBadge';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { AccessRequest } from '../../api/types';
import { useFormatDateTime } from '../../app/formatting';
import { QueryState } from '../../components/QueryState';
import { SharedRecordLink } from '../../components/SharedRecordLink';
import { DecideAccessDialog, type Decision } from './DecideAccessDialog';

const STATUS_TONES: Record<AccessRequest['status'], Tone> = {
  pending: 'pending',
  granted: 'positive',
  refused: 'negative',
  revoked: 'neutral',
};

export function AccessRequestTable({ direction }: { direction: 'incoming' | 'outgoing' }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [deciding, setDeciding] = useState<{ request: AccessRequest; decision: Decision } | null>(null);
  const requests = useQuery({
    queryKey: ['access-requests', direction],
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/access-requests', { params: { query: { direction } } })).items,
  });
  const incoming = direction === 'incoming';

  return (
    <QueryState query={requests}>
      {(items) => (
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={820}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('accessRequests.record')}</Table.Th>
                  <Table.Th scope="col">
                    {incoming ? t('accessRequests.requester') : t('accessRequests.owner')}
                  </Table.Th>
                  <Table.Th scope="col">{t('accessRequests.reason')}</Table.Th>
                  <Table.Th scope="col">{t('accessRequests.requestedAt')}</Table.Th>
                  <Table.Th scope="col">{t('accessRequests.status')}</Table.Th>
                  {incoming && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((request) => (
                  <Table.Tr key={request.id}>
                    <Table.Td>
                      {/* The deciding agency reads the record; the requester once access is granted. */}
                      {incoming || request.status === 'granted' ? (
                        <SharedRecordLink recordType={request.recordType} id={request.recordId}>
                          <Text size="sm" span inherit>
                            {t(`recordTypes.${request.recordType}`)}
                          </Text>
                        </SharedRecordLink>
                      ) : (
                        <Text size="sm">{t(`recordTypes.${request.recordType}`)}</Text>
                      )}
                      <Text size="xs" c="dimmed" ff="monospace">
                        {request.recordId.slice(0, 8)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {incoming ? (
                        <>
                          <Text size="sm">{request.requester.displayName}</Text>
                          <Text size="xs" c="dimmed">
                            {request.requesterAgency.code} · {request.requester.email}
                          </Text>
                        </>
                      ) : (
                        <Text size="sm">
                          {request.ownerAgency.name} ({request.ownerAgency.code})
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td maw={320}>
                      <Text size="sm" className="preserve-lines">
                        {request.reason}
                      </Text>
                      {request.decisionNote && (
                        <Text size="xs" c="dimmed" mt={4}>
                          {t('accessRequests.decisionNote')}: {request.decisionNote}
                        </Text>
                      )}
                      {request.revocationNote && (
                        <Text size="xs" c="dimmed" mt={4}>
                          {t('accessRequests.revocationNote')}: {request.revocationNote}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(request.createdAt)}</Table.Td>
                    <Table.Td>
                      <StatusBadge tone={STATUS_TONES[request.status]}>
                        {t(`accessRequests.statuses.${request.status}`)}
                      </StatusBadge>
                      {request.revokedAt && (
                        <Text size="xs" c="dimmed" mt={4} style={{ whiteSpace: 'nowrap' }}>
                          {t('accessRequests.revokedOn', { date: formatDateTime(request.revokedAt) })}
                        </Text>
                      )}
                    </Table.Td>
                    {incoming && (
                      <Table.Td>
                        {request.status === 'pending' && (
                          <Group gap="xs" wrap="nowrap">
                            <Button size="xs" onClick={() => setDeciding({ request, decision: 'grant' })}>
                              {t('accessRequests.grant')}
                            </Button>
                            <Button
                              size="xs"
                              variant="default"
                              onClick={() => setDeciding({ request, decision: 'refuse' })}
                            >
                              {t('accessRequests.refuse')}
                            </Button>
                          </Group>
                        )}
                        {request.status === 'granted' && (
                          <Button
                            size="xs"
                            variant="default"
                            color="red"
                            onClick={() => setDeciding({ request, decision: 'revoke' })}
                          >
                            {t('accessRequests.revoke')}
                          </Button>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {items.length === 0 && (
            <Text p="md" c="dimmed">
              {t('accessRequests.empty')}
            </Text>
          )}
          <DecideAccessDialog target={deciding} onClose={() => setDeciding(null)} />
        </Paper>
      )}
    </QueryState>
  );
}
