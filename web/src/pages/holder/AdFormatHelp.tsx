// The A&D file format under the upload form, collapsed until asked for: the columns, which are required when, what
// each holds, and an example file to download. Built from the declaration the import checks (core/firearms/adCsv.ts).
import { Accordion, Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  AD_CSV_COLUMN_NAMES,
  AD_CSV_EXAMPLE,
  AD_CSV_REQUIRED,
  AD_DISPOSITION_TARGET,
  AD_DISPOSITIONS,
  type AdCsvColumn,
} from '../../../../core/firearms/adCsv';

// A data: URL, so the example downloads without a request and cannot differ from the one the README shows.
const EXAMPLE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(`${AD_CSV_EXAMPLE}\r\n`)}`;

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
    <Accordion variant="contained" data-testid="ad-format-help">
      <Accordion.Item value="format">
        <Accordion.Control>{t('holderRecords.formatTitle')}</Accordion.Control>
        <Accordion.Panel>
          <Stack gap="xs">
            <Text size="sm">{t('holderRecords.formatIntro')}</Text>
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('holderRecords.formatColumn')}</Table.Th>
                    <Table.Th scope="col">{t('holderRecords.formatRequired')}</Table.Th>
                    <Table.Th scope="col">{t('holderRecords.formatMeaning')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {AD_CSV_COLUMN_NAMES.map((column) => (
                    <Table.Tr key={column}>
                      <Table.Th scope="row" ff="monospace" fw="normal">
                        {column}
                      </Table.Th>
                      <Table.Td>
                        <RequiredText column={column} />
                      </Table.Td>
                      <Table.Td>{t(`holderRecords.columns.${column}`)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Anchor href={EXAMPLE_HREF} download="ad-records-example.csv" size="sm">
              {t('holderRecords.downloadTemplate')}
            </Anchor>
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
