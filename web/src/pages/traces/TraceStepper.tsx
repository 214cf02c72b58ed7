// Where the trace stands: submitted → in progress → awaiting record holder (which one, since when, due when) →
// completed or not traceable. An ordered list with aria-current, readable by screen readers as it looks.
import { Box, Group, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/formatting';
import { OverdueBadge } from './TraceStatusBadge';
import type { Trace } from './traceQueries';

const STEPS = ['submitted', 'in_progress', 'awaiting_record_holder', 'closed'] as const;

function currentStep(status: Trace['status']): number {
  if (status === 'completed' || status === 'not_traceable') return 3;
  return STEPS.indexOf(status);
}

export function TraceStepper({ trace }: { trace: Trace }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const current = currentStep(trace.status);
  const closedLabel =
    trace.status === 'completed' || trace.status === 'not_traceable'
      ? t(`traces.statuses.${trace.status}`)
      : t('traces.stepClosed');
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="trace-progress">
      <Text id="trace-progress" fw={700} mb="sm" component="h2" size="md">
        {t('traces.progress')}
      </Text>
      <Box
        component="ol"
        m={0}
        p={0}
        style={{ listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: 'var(--mantine-spacing-lg)' }}
      >
        {STEPS.map((step, index) => {
          const done = index < current || (index === current && index === 3);
          const active = index === current;
          return (
            <Box component="li" key={step} aria-current={active ? 'step' : undefined} maw={260}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <ThemeIcon
                  radius="xl"
                  size="md"
                  color={done ? '#1b5e20' : active ? '#3b4cb8' : '#868e96'}
                  aria-hidden
                >
                  <Text size="xs" fw={700} c="white">
                    {index + 1}
                  </Text>
                </ThemeIcon>
                <Stack gap={2}>
                  <Text size="sm" fw={active ? 700 : 400}>
                    {step === 'closed' ? closedLabel : t(`traces.statuses.${step}`)}
                  </Text>
                  {step === 'awaiting_record_holder' && active && trace.awaiting && (
                    <>
                      <Text size="xs" data-testid="awaiting-holder">
                        {t('traces.awaitingHolder', {
                          holder: trace.awaiting.holder.name,
                          kind: t(`traces.holderKinds.${trace.awaiting.holder.kind}`),
                          licence: trace.awaiting.holder.licence,
                        })}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {t('traces.since', { date: formatDateTime(trace.awaiting.since) })}
                      </Text>
                      <Group gap={4}>
                        <Text size="xs" c="dimmed">
                          {t('traces.dueBy', { date: formatDateTime(trace.awaiting.dueAt) })}
                        </Text>
                        {trace.awaiting.overdue && <OverdueBadge />}
                      </Group>
                    </>
                  )}
                </Stack>
              </Group>
            </Box>
          );
        })}
      </Box>
    </Paper>
  );
}
