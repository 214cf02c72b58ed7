// One alert: its text and its sharing facts (owner, distribution, TLP, dates). Opening it marks it read.
import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/formatting';
import { QueryState } from '../../components/QueryState';
import { TlpLabel } from '../../components/TlpLabel';
import { useAlert } from './alertQueries';
import { DistributionText } from './DistributionText';
import { Fact } from '../../components/Fact';

export function AlertDetailPage() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const { alertId } = useParams({ from: '/alerts/$alertId' });
  const alert = useAlert(alertId);

  return (
    <Stack gap="md" maw={920}>
      <Anchor component={Link} to="/alerts" size="sm">
        ← {t('alerts.back')}
      </Anchor>
      <QueryState query={alert}>
        {(a) => (
          <Stack gap="md">
            <Group gap="sm" align="center">
              <TlpLabel tlp={a.tlp} />
              <Title order={1} size="h2">
                {a.title}
              </Title>
            </Group>
            <Paper withBorder p="md" radius="md">
              <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
                <Fact label={t('alerts.owner')}>
                  <Text size="sm" fw={600}>
                    {a.ownerAgency.code}
                  </Text>
                  <Text size="sm">{a.ownerAgency.name}</Text>
                </Fact>
                <Fact label={t('alerts.columnDistribution')}>
                  <DistributionText distribution={a.distribution} groupName={a.sharingGroup?.name} />
                </Fact>
                <Fact label={t('alerts.publishedAt')}>
                  <Text size="sm">{formatDateTime(a.createdAt)}</Text>
                </Fact>
                <Fact label={t('alerts.expiresAt')}>
                  <Text size="sm">{a.expiresAt ? formatDateTime(a.expiresAt) : t('alerts.noExpiry')}</Text>
                </Fact>
              </SimpleGrid>
            </Paper>
            <Paper withBorder p="lg" radius="md">
              <Text className="preserve-lines">{a.body}</Text>
            </Paper>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
