// A chemical's current listing in each jurisdiction (UN, US, MX, CA) and the listings later ones superseded.
import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Chemical, ChemicalListing } from '../../api/types';
import { useFormatDateTime } from '../../app/formatting';
import { ControlBadge } from './ChemicalStatusBadges';
import { EffectiveDate } from './EffectiveDate';

/** The bundled reference list is in English; listings regulators record are in their own language. */
const bundled = (listing: ChemicalListing) => listing.recordedBy === null;

export function ListingsTable({ chemical }: { chemical: Chemical }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <section aria-labelledby="listings-title">
      <Title order={2} size="h4" id="listings-title" mb="sm">
        {t('chemicals.listingsTitle')}
      </Title>
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('chemicals.columnJurisdiction')}</Table.Th>
                <Table.Th scope="col">{t('chemicals.columnStatus')}</Table.Th>
                <Table.Th scope="col">{t('chemicals.columnListing')}</Table.Th>
                <Table.Th scope="col">{t('chemicals.columnEffective')}</Table.Th>
                <Table.Th scope="col">{t('chemicals.columnFamily')}</Table.Th>
                <Table.Th scope="col">{t('chemicals.columnRecorded')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {chemical.listings.map((l) => (
                <Table.Tr key={l.jurisdiction}>
                  <Table.Th scope="row" fw={600}>
                    {t(`jurisdictions.${l.jurisdiction}`)}
                  </Table.Th>
                  <Table.Td>
                    <Stack gap={4} align="flex-start" miw={130}>
                      <ControlBadge control={l.control} />
                      <Text size="xs" c="dimmed">
                        {t(`chemicals.listingStatus.${l.status}`)}
                        {l.regime ? ` · ${t(`chemicals.regimes.${l.regime}`)}` : ''}
                        {l.unTable ? ` · ${t('chemicals.unTable', { table: l.unTable })}` : ''}
                      </Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td maw={320}>
                    <Text size="sm" lang={bundled(l) ? 'en' : undefined}>
                      {l.text}
                    </Text>
                    {l.source && (
                      <Text size="xs" c="dimmed" lang={bundled(l) ? 'en' : undefined}>
                        {t('chemicals.source')}: {l.source}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <EffectiveDate effective={l.effective} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lang={bundled(l) ? 'en' : undefined}>
                      {l.familyWording.length > 0 ? l.familyWording.join('; ') : t('common.none')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{l.recordedBy ?? t('chemicals.bundledList')}</Text>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(l.recordedAt)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
    </section>
  );
}

export function ListingHistory({ chemical }: { chemical: Chemical }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <section aria-labelledby="history-title">
      <Title order={2} size="h4" id="history-title" mb="sm">
        {t('chemicals.historyTitle')}
      </Title>
      {chemical.history.length === 0 ? (
        <Text c="dimmed">{t('chemicals.historyEmpty')}</Text>
      ) : (
        <Stack gap="xs">
          {chemical.history.map((h) => (
            <Paper key={h.id} withBorder p="sm" radius="md">
              <Text size="sm" fw={600}>
                {t(`jurisdictions.${h.jurisdiction}`)} · {formatDateTime(h.recordedAt)}
              </Text>
              <Text size="sm" td="line-through">
                {h.text}
              </Text>
              <Text size="xs" c="dimmed">
                {t('chemicals.source')}: {h.source}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
    </section>
  );
}
