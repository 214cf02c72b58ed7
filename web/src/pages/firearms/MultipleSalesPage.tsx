// Multiple-sales reports I may read (my agency's, the tracing centre's, shared ones), newest first. No search by
// person: the reports feed the trace indicator, they are not a register of buyers.
import { Button, Paper, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormatDay } from '../../app/formatting';
import { PageHeader } from '../../components/PageHeader';
import { ProblemMessage } from '../../components/ProblemMessage';
import { TlpLabel, type Tlp } from '../../components/TlpLabel';
import { useMultipleSalesReports } from './firearmReportQueries';

export function MultipleSalesPage() {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const reports = useMultipleSalesReports();
  const items = reports.data ?? [];
  return (
    <>
      <PageHeader
        title={t('firearmReports.list.title')}
        intro={t('firearmReports.list.intro')}
        actions={
          <Button component={Link} to="/multiple-sales/new">
            {t('firearmReports.list.file')}
          </Button>
        }
      />
      <Stack>
        <ProblemMessage error={reports.error} />
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={900}>
            <Table verticalSpacing="sm" aria-busy={reports.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('firearmReports.list.columnFiled')}</Table.Th>
                  <Table.Th scope="col">{t('firearmReports.list.columnDealer')}</Table.Th>
                  <Table.Th scope="col">{t('firearmReports.list.columnPurchaser')}</Table.Th>
                  <Table.Th scope="col">{t('firearmReports.list.columnFirearms')}</Table.Th>
                  <Table.Th scope="col">{t('firearmReports.list.columnSales')}</Table.Th>
                  <Table.Th scope="col">{t('firearmReports.list.columnAgency')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {formatDay(r.createdAt)}
                      <Text size="xs" c="dimmed">
                        {t(`firearmReports.forms.${r.form}`)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{r.dealer.name}</Text>
                      <Text size="xs" c="dimmed">
                        {[r.dealer.licence, r.dealer.state, r.dealer.country].filter(Boolean).join(' · ')}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {r.purchaser.masked ? (
                        <Text size="sm" c="dimmed" fs="italic">
                          {t('firearmReports.list.masked')}
                        </Text>
                      ) : (
                        <Text size="sm">{r.purchaser.name}</Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {r.firearms.map((f) => (
                        <Text size="sm" key={f.line}>
                          {[f.make, f.model].filter(Boolean).join(' ')} ·{' '}
                          <span style={{ fontFamily: 'monospace' }}>{f.serial}</span>
                        </Text>
                      ))}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {t('firearmReports.list.salesRange', {
                        from: formatDay(r.firstSaleOn),
                        to: formatDay(r.lastSaleOn),
                      })}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{r.ownerAgency.name}</Text>
                      <TlpLabel tlp={r.tlp as Tlp} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {reports.isSuccess && items.length === 0 && (
            <Text c="dimmed" p="md">
              {t('firearmReports.list.empty')}
            </Text>
          )}
        </Paper>
      </Stack>
    </>
  );
}
