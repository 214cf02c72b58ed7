// Lost and stolen firearm reports I may read (my agency's and those shared with it), newest first, with filters and
// load-more by cursor.
import { Badge, Button, Paper, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDay } from '../../app/formatting';
import { useCurrentSession } from '../../app/session';
import { EmptyList, LoadMore } from '../../components/LoadMore';
import { PageHeader } from '../../components/PageHeader';
import { ProblemMessage } from '../../components/ProblemMessage';
import { TlpLabel } from '../../components/TlpLabel';
import { LostStolenFiltersForm } from './LostStolenFiltersForm';
import { useLostStolenPages, type LostStolenFilters } from './lostStolenQueries';
import { SharedRecordLink } from '../../components/SharedRecordLink';

export function LostStolenListPage() {
  const { t } = useTranslation();
  // A record holder's users report for their own stock; only agencies that record firearms see others' reports.
  const holder = !useCurrentSession().abilities.includes('record_recoveries');
  const formatDay = useFormatDay();
  const [filters, setFilters] = useState<LostStolenFilters>({});
  const pages = useLostStolenPages(filters);
  const items = pages.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title={t('lostStolen.list.title')}
        intro={t(holder ? 'lostStolen.list.introHolder' : 'lostStolen.list.intro')}
        actions={
          <Button component={Link} to="/lost-stolen/new">
            {t('lostStolen.list.report')}
          </Button>
        }
      />
      <Stack>
        <LostStolenFiltersForm onApply={setFilters} />
        <ProblemMessage error={pages.error} />
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={800}>
            <Table verticalSpacing="sm" highlightOnHover aria-busy={pages.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('lostStolen.list.columnSerial')}</Table.Th>
                  <Table.Th scope="col">{t('lostStolen.list.columnFirearm')}</Table.Th>
                  <Table.Th scope="col">{t('lostStolen.list.columnKind')}</Table.Th>
                  <Table.Th scope="col">{t('lostStolen.list.columnReported')}</Table.Th>
                  <Table.Th scope="col">{t('lostStolen.list.columnAgency')}</Table.Th>
                  <Table.Th scope="col">{t('lostStolen.list.columnTlp')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      <SharedRecordLink recordType="lost_stolen" id={r.id}>
                        <span style={{ fontFamily: 'monospace' }}>{r.serial}</span>
                      </SharedRecordLink>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">
                        {[r.make, r.model].filter(Boolean).join(' ') || t('lostStolen.detail.unknownFirearm')}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {[r.caliber, r.type ? t(`firearmTypes.${r.type}`) : null].filter(Boolean).join(' · ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge
                        variant="light"
                        color={r.kind === 'stolen' ? 'red' : 'gray'}
                        c={r.kind === 'stolen' ? '#8a1c1c' : '#333'}
                      >
                        {t(`lostStolen.kinds.${r.kind}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(r.date)}</Table.Td>
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
            {t('lostStolen.list.empty')}
          </EmptyList>
        </Paper>
        <LoadMore query={pages} />
      </Stack>
    </>
  );
}
