// The server's answer to a recoveries upload: its counts, then the rejected rows by line and column, in the user's
// language (a row repeating an earlier line of the file is among them, naming that line).
import { Anchor, Stack } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { IgnoredColumns, ImportLineTable, ImportSummary } from '../../components/csvImport/ImportReport';
import type { RecoveryImportResult } from './recoveryImportQueries';

export function RecoveryImportReport({ result }: { result: RecoveryImportResult }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="recovery-import-report">
      <ImportSummary result={result} summary={(counts) => t('recoveryImport.summary', counts)}>
        {' '}
        {t('recoveryImport.encoding', { encoding: result.encoding })}
      </ImportSummary>
      <IgnoredColumns
        columns={result.ignoredColumns}
        text={(columns) => t('recoveryImport.ignored', { columns })}
      />
      <ImportLineTable
        lines={result.errors}
        caption={t('recoveryImport.errorsTitle')}
        headers={{
          line: t('recoveryImport.columnLine'),
          field: t('recoveryImport.columnField'),
          problem: t('recoveryImport.columnProblem'),
        }}
      />
      {result.inserted > 0 && (
        <Anchor component={Link} to="/recoveries" size="sm">
          {t('recoveryImport.seeList')}
        </Anchor>
      )}
    </Stack>
  );
}
