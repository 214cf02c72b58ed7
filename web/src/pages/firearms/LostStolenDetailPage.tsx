// One lost or stolen firearm report: serial, description, when it was reported, the circumstances, who reported it
// and with whom it is shared, and the earlier records of the same firearm (readable ones, or "a match exists").
import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { LostStolenReportDetail } from '../../api/types';
import { useFormatDay } from '../../app/formatting';
import { QueryState } from '../../components/QueryState';
import { TlpLabel } from '../../components/TlpLabel';
import { DistributionText } from '../alerts/DistributionText';
import { useLostStolenReport } from './lostStolenQueries';
import { RelatedRecords } from './RelatedRecords';
import { Fact } from '../../components/Fact';

function Details({ r }: { r: LostStolenReportDetail }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const firearm = [r.make, r.model].filter(Boolean).join(' ') || t('lostStolen.detail.unknownFirearm');
  const kind = t(`lostStolen.kinds.${r.kind}`).toLowerCase();
  return (
    <Stack gap="md">
      <Group gap="sm" align="center">
        <TlpLabel tlp={r.tlp} />
        <Title order={1} size="h2">
          {t('lostStolen.detail.title', { firearm, kind, date: formatDay(r.date) })}
        </Title>
      </Group>
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
          <Fact label={t('lostStolen.detail.serial')}>
            <Text size="sm" ff="monospace">
              {r.serial}
            </Text>
          </Fact>
          <Fact label={t('lostStolen.detail.firearm')}>
            <Text size="sm">{firearm}</Text>
            <Text size="xs" c="dimmed">
              {[r.caliber, r.type ? `${r.type} · ${t(`firearmTypes.${r.type}`)}` : null]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Fact>
          <Fact label={t('lostStolen.detail.reportedOn')}>
            <Text size="sm">{formatDay(r.date)}</Text>
          </Fact>
          <Fact label={t('lostStolen.detail.reportedBy')}>
            <Text size="sm" fw={600}>
              {r.ownerAgency.code}
            </Text>
            <Text size="sm">{r.ownerAgency.name}</Text>
          </Fact>
          <Fact label={t('lostStolen.detail.distribution')}>
            <DistributionText distribution={r.distribution} groupName={r.sharingGroup?.name} />
          </Fact>
          {r.heldBy && (
            <Fact label={t('lostStolen.detail.heldBy')}>
              <Text size="sm" fw={600}>
                {r.heldBy.code}
              </Text>
              <Text size="sm">{r.heldBy.name}</Text>
              <Text size="xs" c="dimmed">
                {t('lostStolen.detail.heldByHelp')}
              </Text>
            </Fact>
          )}
        </SimpleGrid>
        <Stack gap={4} mt="md">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('lostStolen.detail.details')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {r.details ?? t('common.none')}
          </Text>
        </Stack>
      </Paper>
      <RelatedRecords related={r.related} />
    </Stack>
  );
}

export function LostStolenDetailPage() {
  const { t } = useTranslation();
  const { reportId } = useParams({ from: '/lost-stolen/$reportId' });
  const report = useLostStolenReport(reportId);
  return (
    <Stack gap="md" maw={1000}>
      <Anchor component={Link} to="/lost-stolen" size="sm">
        ← {t('lostStolen.detail.back')}
      </Anchor>
      <QueryState query={report}>{(r) => <Details r={r} />}</QueryState>
    </Stack>
  );
}
