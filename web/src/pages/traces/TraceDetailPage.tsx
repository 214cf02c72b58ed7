// One trace for its requester (and the tracing centre): what was asked, where it stands at every step, why it
// closed if it is not traceable, the candidates to confirm for a partly restored serial, and the result.
import { Alert, Anchor, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime, useFormatDay } from '../../app/formatting';
import { QueryState } from '../../components/QueryState';
import { TlpLabel } from '../../components/TlpLabel';
import { DistributionText } from '../alerts/DistributionText';
import { CandidateConfirmation } from './CandidateConfirmation';
import { CloseTraceForm } from './CloseTraceForm';
import { NOT_TRACEABLE_REASON_ID } from './notTraceableReason';
import { lastTraceList } from './traceListSearch';
import { TraceResultView } from './TraceResultView';
import { TraceStatusBadge } from './TraceStatusBadge';
import { TraceStepper } from './TraceStepper';
import { useTrace, type Trace } from './traceQueries';
import { Fact } from '../../components/Fact';

export function firearmName(firearm: Trace['firearm'], fallback: string): string {
  return [firearm.make, firearm.model].filter(Boolean).join(' ') || fallback;
}

function Hops({ trace }: { trace: Trace }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  if (trace.hops.length === 0) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="trace-hops">
      <Title order={2} size="h5" id="trace-hops" mb="sm">
        {t('traces.hops')}
      </Title>
      <List size="sm" spacing={4}>
        {trace.hops.map((hop) => (
          <List.Item key={hop.id}>
            {t(`traces.holderKinds.${hop.holder.kind}`)}: {hop.holder.name} ·{' '}
            {hop.answeredBy
              ? t(hop.answeredBy === 'records' ? 'traces.answeredByRecords' : 'traces.answeredByHolder')
              : t(`traces.hopStates.${hop.state}`)}
            {hop.answeredAt && ` · ${formatDateTime(hop.answeredAt)}`}
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}

function Details({ trace }: { trace: Trace }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const formatDateTime = useFormatDateTime();
  const firearm = firearmName(trace.firearm, t('traces.unknownFirearm'));
  // A trace closed while the page is open (the officer's own close, whose form then leaves the page) moves focus to
  // the reason that replaced it, so a keyboard user is not dropped on the page body.
  const wasOpen = useRef(!trace.reason);
  useEffect(() => {
    if (trace.reason && wasOpen.current) document.getElementById(NOT_TRACEABLE_REASON_ID)?.focus();
    wasOpen.current = !trace.reason;
  }, [trace.reason]);
  return (
    <Stack gap="md">
      <Group gap="sm" align="center">
        <TlpLabel tlp={trace.tlp} />
        <Title order={1} size="h2">
          {t('traces.detailTitle', { firearm })}
        </Title>
        <TraceStatusBadge status={trace.status} size="md" />
        {trace.priority === 'urgent' && <Text fw={700}>{t('traces.priorities.urgent')}</Text>}
      </Group>
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
          <Fact label={t('traces.serial')}>
            <Text size="sm" ff="monospace">
              {trace.firearm.serial ?? t('common.none')}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`serialStates.${trace.firearm.serialState}`)}
            </Text>
          </Fact>
          <Fact label={t('traces.recovered')}>
            <Text size="sm">
              {formatDay(trace.firearm.recoveredOn)} · {trace.firearm.recoveryCountry}
            </Text>
            <Anchor
              size="xs"
              renderRoot={(props) => (
                <Link {...props} to="/recoveries/$recoveryId" params={{ recoveryId: trace.recoveryId }} />
              )}
            >
              {t('traces.openRecovery')}
            </Anchor>
          </Fact>
          <Fact label={t('traces.requestedBy')}>
            <Text size="sm" fw={600}>
              {trace.ownerAgency.code}
            </Text>
            <Text size="xs" c="dimmed">
              {formatDateTime(trace.createdAt)}
            </Text>
          </Fact>
          <Fact label={t('recoveries.distribution')}>
            <DistributionText distribution={trace.distribution} />
            {trace.tracingCentre && (
              <Text size="xs" c="dimmed">
                {t('traces.routedTo', { centre: trace.tracingCentre.name })}
              </Text>
            )}
          </Fact>
        </SimpleGrid>
        {trace.justification && (
          <Text size="sm" mt="sm">
            {t('traces.justification')}: {trace.justification}
          </Text>
        )}
      </Paper>
      <TraceStepper trace={trace} />
      {trace.reason && (
        <Alert
          id={NOT_TRACEABLE_REASON_ID}
          tabIndex={-1}
          color="red"
          title={t('traces.notTraceableTitle')}
          data-testid="not-traceable-reason"
        >
          {trace.reason.message}
          {typeof trace.reason.params.note === 'string' && (
            <Text size="sm" mt="xs">
              {t('traces.closedNote')}: {trace.reason.params.note}
            </Text>
          )}
        </Alert>
      )}
      {trace.candidates.state === 'pending' &&
        !trace.reason &&
        (trace.abilities.confirmCandidate ? (
          <CandidateConfirmation trace={trace} />
        ) : (
          <Alert color="blue">{t('traces.candidatesPending')}</Alert>
        ))}
      {trace.warnings.length > 0 && (
        <Alert color="yellow" title={t('traces.warnings')}>
          <List size="sm">
            {trace.warnings.map((w) => (
              <List.Item key={w}>{t(`traces.warningCodes.${w}`, { defaultValue: w })}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {trace.abilities.close && <CloseTraceForm trace={trace} />}
      {trace.result && <TraceResultView trace={trace} result={trace.result} />}
      <Hops trace={trace} />
    </Stack>
  );
}

export function TraceDetailPage() {
  const { t } = useTranslation();
  const { traceId } = useParams({ from: '/traces/$traceId' });
  const trace = useTrace(traceId);
  return (
    <Stack gap="md" maw={1100}>
      <Anchor size="sm" renderRoot={(props) => <Link to="/traces" search={lastTraceList()} {...props} />}>
        ← {t('traces.back')}
      </Anchor>
      <QueryState query={trace}>{(tr) => <Details trace={tr} />}</QueryState>
    </Stack>
  );
}
