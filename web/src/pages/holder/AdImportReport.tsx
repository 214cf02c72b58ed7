// The server's answer to an A&D upload: its counts, then the rows rejected and the notes on rows kept (a repeat of an
// earlier line), each by line and column, in the user's language.
import { Alert, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AdImportResult } from './holderQueries';

type ReportLine = AdImportResult['errors'][number];

function LineTable({ lines, caption }: { lines: ReportLine[]; caption: string }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing="xs" captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('holder.columnLine')}</Table.Th>
            <Table.Th scope="col">{t('holder.columnField')}</Table.Th>
            <Table.Th scope="col">{t('holder.columnProblem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((e) => (
            <Table.Tr key={`${e.line}-${e.field}-${e.code}`}>
              <Table.Td>{e.line}</Table.Td>
              <Table.Td ff="monospace">{e.field}</Table.Td>
              <Table.Td>{e.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function AdImportReport({ result }: { result: AdImportResult }) {
  const { t, i18n } = useTranslation();
  const count = new Intl.NumberFormat(i18n.language).format;
  return (
    <Stack gap="xs" data-testid="ad-import-report">
      <Alert color={result.rejected > 0 ? 'yellow' : 'green'} role="status">
        {t('holder.importSummary', {
          received: count(result.received),
          inserted: count(result.inserted),
          unchanged: count(result.unchanged),
          rejected: count(result.rejected),
        })}{' '}
        {t('holder.importEncoding', { encoding: result.encoding })}
        {result.duplicates > 0 && (
          <>
            {' '}
            {t('holderRecords.duplicates', { count: result.duplicates, formatted: count(result.duplicates) })}
          </>
        )}
      </Alert>
      {result.ignoredColumns.length > 0 && (
        <Text size="sm">{t('holder.importIgnored', { columns: result.ignoredColumns.join(', ') })}</Text>
      )}
      {result.errors.length > 0 && (
        <LineTable lines={result.errors} caption={t('holderRecords.errorsTitle')} />
      )}
      {result.notices.length > 0 && (
        <LineTable lines={result.notices} caption={t('holderRecords.noticesTitle')} />
      )}
    </Stack>
  );
}
