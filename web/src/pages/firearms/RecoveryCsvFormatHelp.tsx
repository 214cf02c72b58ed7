// The recovered-firearms file format on the import page: the columns, which are required when, what each holds (and
// the values it takes), and an example file to download. Built from the declaration the import reads
// (core/firearms/recoveryCsv.ts).
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  RECOVERY_CSV_COLUMN_NAMES,
  RECOVERY_CSV_EXAMPLE,
  RECOVERY_CSV_REQUIRED_WHEN,
  RECOVERY_CSV_VALUES,
} from '../../../../core/firearms/recoveryCsv';
import { CsvFormatHelp } from '../../components/csvImport/CsvFormatHelp';

export function RecoveryCsvFormatHelp() {
  const { t } = useTranslation();
  const columns = RECOVERY_CSV_COLUMN_NAMES.map((column) => {
    const values = RECOVERY_CSV_VALUES[column];
    return {
      name: column,
      required: t(`recoveryImport.required.${RECOVERY_CSV_REQUIRED_WHEN[column]}`),
      meaning: (
        <>
          {t(`recoveryImport.columns.${column}`)}
          {values && (
            <Text size="xs" c="dimmed" ff="monospace">
              {t('recoveryImport.values', { values: values.join(', ') })}
            </Text>
          )}
        </>
      ),
    };
  });
  return (
    <CsvFormatHelp
      testId="recovery-format-help"
      columns={columns}
      minWidth={600}
      example={RECOVERY_CSV_EXAMPLE}
      exampleFileName="recoveries-example.csv"
      texts={{
        title: t('recoveryImport.formatTitle'),
        intro: t('recoveryImport.formatIntro'),
        columnHeader: t('recoveryImport.formatColumn'),
        requiredHeader: t('recoveryImport.formatRequired'),
        meaningHeader: t('recoveryImport.formatMeaning'),
        download: t('recoveryImport.downloadTemplate'),
      }}
    />
  );
}
