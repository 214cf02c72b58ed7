// The A&D file format under the upload form: the columns, which are required when, what each holds, and an example
// file to download. Built from the declaration the import checks (core/firearms/adCsv.ts).
import { useTranslation } from 'react-i18next';
import {
  AD_CSV_COLUMN_NAMES,
  AD_CSV_EXAMPLE,
  AD_CSV_REQUIRED,
  AD_DISPOSITION_TARGET,
  AD_DISPOSITIONS,
  type AdCsvColumn,
} from '../../../../core/firearms/adCsv';
import { CsvFormatHelp } from '../../components/csvImport/CsvFormatHelp';

function RequiredText({ column }: { column: AdCsvColumn }) {
  const { t } = useTranslation();
  if (AD_CSV_REQUIRED.includes(column)) return <>{t('holderRecords.requiredAlways')}</>;
  const when = AD_DISPOSITIONS.filter((d) => AD_DISPOSITION_TARGET[d] === column);
  if (when.length === 0) return <>{t('holderRecords.requiredNo')}</>;
  return <>{t('holderRecords.requiredWhen', { dispositions: when.join(', ') })}</>;
}

export function AdFormatHelp() {
  const { t } = useTranslation();
  return (
    <CsvFormatHelp
      testId="ad-format-help"
      columns={AD_CSV_COLUMN_NAMES.map((column) => ({
        name: column,
        required: <RequiredText column={column} />,
        meaning: t(`holderRecords.columns.${column}`),
      }))}
      minWidth={560}
      example={AD_CSV_EXAMPLE}
      exampleFileName="ad-records-example.csv"
      texts={{
        title: t('holderRecords.formatTitle'),
        intro: t('holderRecords.formatIntro'),
        columnHeader: t('holderRecords.formatColumn'),
        requiredHeader: t('holderRecords.formatRequired'),
        meaningHeader: t('holderRecords.formatMeaning'),
        download: t('holderRecords.downloadTemplate'),
      }}
    />
  );
}
