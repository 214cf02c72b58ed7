// A notice's status timeline, its shipment facts and both sides' parties, as description lists.
import { Paper, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime, useFormatDay } from '../../app/formatting';
import type { Notification, Party } from './notificationQueries';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
        {value}
      </Text>
    </div>
  );
}

function PartyCard({ role, party }: { role: string; party: Party }) {
  const { t } = useTranslation();
  const ids = Object.entries(party.identifiers)
    .filter(([, v]) => Boolean(v))
    .map(([k, v]) => `${k.toUpperCase()} ${v}`)
    .join(' · ');
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {role}
      </Text>
      <Text fw={600}>
        {party.name} (
        {t(`countries.${party.country === 'MX' || party.country === 'US' ? party.country : 'CA'}`)})
      </Text>
      {ids && <Text size="sm">{ids}</Text>}
      <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
        {party.address}
      </Text>
    </Paper>
  );
}

export function NotificationTimeline({ notice }: { notice: Notification }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const steps = [
    { label: t('notificationDetail.created'), at: notice.createdAt },
    { label: t('notificationDetail.sent'), at: notice.sentAt },
    { label: t('notificationDetail.acknowledged'), at: notice.acknowledgedAt },
    { label: t('notificationDetail.decided'), at: notice.decidedAt },
    { label: t('notificationDetail.closed'), at: notice.closedAt },
  ];
  const done = steps.filter((s) => s.at);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="notice-timeline">
      <Title order={2} size="h4" id="notice-timeline" mb="sm">
        {t('notificationDetail.timelineTitle')}
      </Title>
      <Timeline active={done.length - 1} bulletSize={14} lineWidth={2}>
        {done.map((s) => (
          <Timeline.Item key={s.label} title={s.label}>
            <Text size="sm" c="dimmed">
              {formatDateTime(s.at)}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}

export function NotificationFacts({ notice }: { notice: Notification }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Fact
          label={t('notificationDetail.from')}
          value={`${notice.exportingAgency.code} · ${notice.exportingAgency.name}`}
        />
        <Fact
          label={t('notificationDetail.to')}
          value={`${notice.importingAgency.code} · ${notice.importingAgency.name}`}
        />
        <Fact label={t('notificationDetail.dispatch')} value={formatDay(notice.plannedDispatchDate)} />
        <Fact label={t('notificationDetail.sendBy')} value={formatDay(notice.sendBy)} />
        <Fact
          label={t('notificationDetail.responseDue')}
          value={notice.responseDueDate ? formatDay(notice.responseDueDate) : t('common.none')}
        />
        <Fact label={t('notificationDetail.pointOfEntry')} value={notice.pointOfEntry} />
        <Fact label={t('notificationDetail.route')} value={notice.route || t('common.none')} />
        <Fact
          label={t('notificationDetail.transit')}
          value={notice.transitCountries.join(', ') || t('common.none')}
        />
      </SimpleGrid>
      <Title order={2} size="h4">
        {t('notificationDetail.partiesTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <PartyCard role={t('notificationForm.exporter')} party={notice.exporter} />
        <PartyCard role={t('notificationForm.importer')} party={notice.importer} />
        {notice.consignee && <PartyCard role={t('notificationForm.consignee')} party={notice.consignee} />}
      </SimpleGrid>
    </Stack>
  );
}
