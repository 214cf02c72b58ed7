// On a recovered firearm's page: its traces (status, link) and, for roles that may, the "Request trace" action.
import { Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAbility } from '../../app/session';
import { useFormatDateTime } from '../../app/formatting';
import { RequestTraceButton } from './RequestTraceDialog';
import { TraceLink } from './TraceLink';
import { TraceStatusBadge } from './TraceStatusBadge';
import { useTracePages } from './traceQueries';

export function RecoveryTraces({ recoveryId }: { recoveryId: string }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const mayRequest = useAbility('request_traces');
  const traces = useTracePages({ recoveryId });
  const items = traces.data?.pages.flatMap((p) => p.items) ?? [];
  const open = items.some((i) => i.status !== 'completed' && i.status !== 'not_traceable');
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="recovery-traces">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="recovery-traces">
            {t('traces.tracesOfRecovery')}
          </Title>
          {mayRequest && !open && traces.isSuccess && <RequestTraceButton recoveryId={recoveryId} />}
        </Group>
        {traces.isSuccess && items.length === 0 && <Text size="sm">{t('traces.noTracesOfRecovery')}</Text>}
        {items.length > 0 && (
          <List spacing="xs" data-testid="recovery-traces">
            {items.map((item) => (
              <List.Item key={item.id}>
                <Group gap="xs">
                  <TraceLink trace={item} />
                  <TraceStatusBadge status={item.status} />
                  <Text size="xs" c="dimmed">
                    {formatDateTime(item.createdAt)}
                  </Text>
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}
