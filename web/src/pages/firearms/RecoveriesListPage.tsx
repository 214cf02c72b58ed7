// Recovered firearms I may read, newest first, with filters, CSV export and load-more by cursor.
import { Button, Paper, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDay } from '../../app/formatting';
import { EmptyList, LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { ProblemMessage } from '../../components/ProblemMessage';
import { TlpLabel } from '../../components/TlpLabel';
import { activeFilters, useRecoveryPages, type RecoveryFilters } from './firearmQueries';
import { RecoveryFiltersForm } from './RecoveryFiltersForm';
import { SharedRecordLink } from '../../components/SharedRecordLink';

export function RecoveriesListPage() {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const [filters, setFilters] = useState<RecoveryFilters>({});
  const pages = useRecoveryPages(filters);
  const items = pages.data?.pages.flatMap((page) => page.items) ?? [];
  const exportHref = `/api/v1/recoveries/export.csv?${new URLSearchParams({ ...activeFilters(filters) }).toString()}`;

  return (
    <>
      <PageHeader
        title={t('recoveries.title')}
        intro={t('recoveries.intro')}
        actions={
          <>
            <Button variant="default" component="a" href={exportHref} download>
              {t('recoveries.exportCsv')}
            </Button>
            <Button variant="default" component={Link} to="/recoveries/import">
              {t('recoveryImport.open')}
            </Button>
            <Button component={Link} to="/recoveries/new">
              {t('recoveries.record')}
            </Button>
          </>
        }
      />
      <Stack>
        <RecoveryFiltersForm onApply={setFilters} />
        <ProblemMessage error={pages.error} />
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing="sm" highlightOnHover aria-busy={pages.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('recoveries.columnSerial')}</Table.Th>
                  <Table.Th scope="col">{t('recoveries.columnFirearm')}</Table.Th>
                  <Table.Th scope="col">{t('recoveries.columnRecovered')}</Table.Th>
                  <Table.Th scope="col">{t('recoveries.columnPlace')}</Table.Th>
                  <Table.Th scope="col">{t('recoveries.columnCase')}</Table.Th>
                  <Table.Th scope="col">{t('recoveries.columnAgency')}</Table.Th>
                  <Table.Th scope="col">{t('recoveries.columnTlp')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <SharedRecordLink recordType="recovery" id={r.id}>
                        <span style={{ fontFamily: 'monospace' }}>
                          {r.serial.raw ?? t('recoveries.noSerial')}
                        </span>
                      </SharedRecordLink>
                      <Text size="xs" c="dimmed">
                        {t(`serialStates.${r.serial.state}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{[r.make, r.model].filter(Boolean).join(' ') || t('common.none')}</Text>
                      <Text size="xs" c="dimmed">
                        {[r.caliber, r.type ? t(`firearmTypes.${r.type}`) : null].filter(Boolean).join(' · ')}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(r.recoveredOn)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {[r.recovery.municipality, r.recovery.state].filter(Boolean).join(', ') ||
                          t('common.none')}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {r.recovery.country}
                      </Text>
                    </Table.Td>
                    <Table.Td>{r.caseNumber ?? t('common.none')}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600}>
                        {r.ownerAgency.code}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <TlpLabel tlp={r.tlp} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <EmptyList query={pages} count={items.length}>
            {t('recoveries.empty')}
          </EmptyList>
        </Paper>
        <LoadMore query={pages} />
      </Stack>
    </>
  );
}
