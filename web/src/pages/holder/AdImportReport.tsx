// The server's answer to an A&D upload: its counts, then the rows rejected and the notes on rows kept (a repeat of an
// earlier line), each by line and column, in the user's language.
import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  IgnoredColumns,
  ImportLineTable,
  ImportSummary,
  useCountFormat,
} from '../../components/csvImport/ImportReport';
import type { AdImportResult } from './holderQueries';

export function AdImportReport({ result }: { result: AdImportResult }) {
  const { t } = useTranslation();
  const count = useCountFormat();
  const headers = {
    line: t('holder.columnLine'),
    field: t('holder.columnField'),
    problem: t('holder.columnProblem'),
  };
  return (
    <Stack gap="xs" data-testid="ad-import-report">
      <ImportSummary result={result} summary={(counts) => t('holder.importSummary', counts)}>
        {' '}
        {t('holder.importEncoding', { encoding: result.encoding })}
        {result.duplicates > 0 && (
          <>
            {' '}
            {t('holderRecords.duplicates', { count: result.duplicates, formatted: count(result.duplicates) })}
          </>
        )}
      </ImportSummary>
      <IgnoredColumns
        columns={result.ignoredColumns}
        text={(columns) => t('holder.importIgnored', { columns })}
      />
      <ImportLineTable lines={result.errors} caption={t('holderRecords.errorsTitle')} headers={headers} />
      <ImportLineTable lines={result.notices} caption={t('holderRecords.noticesTitle')} headers={headers} />
    </Stack>
  );
}
