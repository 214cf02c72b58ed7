// The server's answer to a recoveries upload: its counts, then the rejected rows by line and column, in the user's
// language (a row repeating an earlier line of the file is among them, naming that line).
import { Alert, Anchor, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { RecoveryImportResult } from './recoveryImportQueries';

export function RecoveryImportReport({ result }: { result: RecoveryImportResult }) {
  const { t, i18n } = useTranslation();
  const count = new Intl.NumberFormat(i18n.language).format;
  return (
    <Stack gap="xs" data-testid="recovery-import-report">
      <Alert color={result.rejected > 0 ? 'yellow' : 'green'} role="status">
        {t('recoveryImport.summary', {
          received: count(result.received),
          inserted: count(result.inserted),
          unchanged: count(result.unchanged),
          rejected: count(result.rejected),
        })}{' '}
        {t('recoveryImport.encoding', { encoding: result.encoding })}
      </Alert>
      {result.ignoredColumns.length > 0 && (
        <Text size="sm">{t('recoveryImport.ignored', { columns: result.ignoredColumns.join(', ') })}</Text>
      )}
      {result.errors.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing="xs" captionSide="top">
            <Table.Caption>{t('recoveryImport.errorsTitle')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('recoveryImport.columnLine')}</Table.Th>
                <Table.Th scope="col">{t('recoveryImport.columnField')}</Table.Th>
                <Table.Th scope="col">{t('recoveryImport.columnProblem')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.errors.map((e) => (
                <Table.Tr key={`${e.line}-${e.field}-${e.code}`}>
                  <Table.Td>{e.line}</Table.Td>
                  <Table.Td ff="monospace">{e.field}</Table.Td>
                  <Table.Td>{e.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {result.inserted > 0 && (
        <Anchor component={Link} to="/recoveries" size="sm">
          {t('recoveryImport.seeList')}
        </Anchor>
      )}
    </Stack>
  );
}
