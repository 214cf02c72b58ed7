// A completed trace's result: the chain of custody as a timeline (maker to first retail purchaser), the dealer,
// the purchaser (masked when the server says so), purchase date, time-to-crime and each indicator with its reason.
import { Anchor, Group, List, Paper, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatDay, useFormatTimeToCrime } from '../../app/formatting';
import { StatusBadge } from '../../components/StatusBadge';
import type { Trace, TraceResult } from './traceQueries';
import { Fact } from '../../components/Fact';

function Custody({ result }: { result: TraceResult }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const purchaser = result.purchaser.masked ? t('traces.purchaserMasked') : (result.purchaser.name ?? '');
  return (
    <section aria-labelledby="trace-custody" data-testid="trace-custody">
      <Title order={3} size="h5" id="trace-custody" mb="sm">
        {t('traces.custody')}
      </Title>
      <Timeline active={result.custody.length} bulletSize={18} lineWidth={2} color="#1b5e20">
        {result.custody.map((step, index) => (
          <Timeline.Item
            key={`${step.holderId}-${index}`}
            title={`${t(`traces.holderKinds.${step.kind}`)}: ${step.name}`}
          >
            <Text size="xs" c="dimmed">
              {t('traces.disposedOn', { date: formatDay(step.disposedOn) })}
            </Text>
          </Timeline.Item>
        ))}
        <Timeline.Item title={`${t('traces.firstPurchaser')}: ${purchaser}`}>
          <Text size="xs" c="dimmed">
            {t('traces.soldOn', { date: formatDay(result.purchaseDate) })}
          </Text>
        </Timeline.Item>
      </Timeline>
    </section>
  );
}

function Indicators({ result }: { result: TraceResult }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="trace-indicators">
      <Title order={3} size="h5" id="trace-indicators" mb="sm">
        {t('traces.indicators')}
      </Title>
      {result.indicators.length === 0 ? (
        <Text size="sm">{t('traces.noIndicators')}</Text>
      ) : (
        <List spacing="xs" data-testid="trace-indicators">
          {result.indicators.map((i) => (
            <List.Item key={i.code}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <StatusBadge tone={i.strength === 'strong' ? 'negative' : 'pending'} size="xs">
                  {t(`traces.strengths.${i.strength}`)}
                </StatusBadge>
                <div>
                  <Text size="sm" fw={600}>
                    {t(`traces.indicatorNames.${i.code}`)}
                  </Text>
                  <Text size="sm">{i.message}</Text>
                </div>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}

export function TraceResultView({ trace, result }: { trace: Trace; result: TraceResult }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const formatTimeToCrime = useFormatTimeToCrime();
  const ttc = result.timeToCrime;
  return (
    // Names, addresses and licences can be long unbroken strings: they wrap anywhere instead of overflowing the grid.
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="trace-result"
      style={{ overflowWrap: 'anywhere' }}
    >
      <Stack gap="lg">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h4" id="trace-result">
            {t('traces.result')}
          </Title>
          {trace.abilities.export && (
            <Group gap="md">
              <Anchor href={`/api/v1/traces/${trace.id}/result.csv`} download>
                {t('traces.downloadCsv')}
              </Anchor>
              <Anchor href={`/api/v1/traces/${trace.id}/result.pdf`} download>
                {t('traces.downloadPdf')}
              </Anchor>
            </Group>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
          <Fact label={t('traces.dealer')}>
            <Text size="sm" fw={600}>
              {result.dealer.name}
            </Text>
            <Text size="xs" c="dimmed">
              {[t('traces.licence', { licence: result.dealer.licence }), result.dealer.usState]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </Fact>
          <Fact label={t('traces.purchaser')}>
            {result.purchaser.masked ? (
              <Text size="sm" fs="italic" data-testid="purchaser-masked">
                {t('traces.purchaserMasked')}
              </Text>
            ) : (
              <>
                <Text size="sm">{result.purchaser.name}</Text>
                {result.purchaser.birthDate && (
                  <Text size="xs" c="dimmed">
                    {t('traces.bornOn', { date: formatDay(result.purchaser.birthDate) })}
                  </Text>
                )}
                {result.purchaser.address && (
                  <Text size="xs" c="dimmed">
                    {result.purchaser.address}
                  </Text>
                )}
              </>
            )}
          </Fact>
          <Fact label={t('traces.purchaseDate')}>
            <Text size="sm">{formatDay(result.purchaseDate)}</Text>
          </Fact>
          <Fact label={t('traces.timeToCrime')}>
            <Text size="sm" fw={700} data-testid="time-to-crime">
              {formatTimeToCrime(ttc)}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`traces.ttcBands.${ttc.band}`)}
            </Text>
          </Fact>
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Custody result={result} />
          <Indicators result={result} />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
