// The recovered-firearms file format on the import page, collapsed until asked for: the columns, which are required
// when, what each holds (and the values it takes), and an example file to download. Built from the declaration the
// import reads (core/firearms/recoveryCsv.ts).
import { Accordion, Anchor, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  RECOVERY_CSV_COLUMN_NAMES,
  RECOVERY_CSV_EXAMPLE,
  RECOVERY_CSV_REQUIRED_WHEN,
  RECOVERY_CSV_VALUES,
} from '../../../../core/firearms/recoveryCsv';

// A data: URL, so the example downloads without a request and cannot differ from the one the README shows.
const EXAMPLE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(`${RECOVERY_CSV_EXAMPLE}\r\n`)}`;

export function RecoveryCsvFormatHelp() {
  const { t } = useTranslation();
  return (
    <Accordion variant="contained" data-testid="recovery-format-help">
      <Accordion.Item value="format">
        <Accordion.Control>{t('recoveryImport.formatTitle')}</Accordion.Control>
        <Accordion.Panel>
          <Stack gap="xs">
            <Text size="sm">{t('recoveryImport.formatIntro')}</Text>
            <Table.ScrollContainer minWidth={600}>
              <Table verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('recoveryImport.formatColumn')}</Table.Th>
                    <Table.Th scope="col">{t('recoveryImport.formatRequired')}</Table.Th>
                    <Table.Th scope="col">{t('recoveryImport.formatMeaning')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {RECOVERY_CSV_COLUMN_NAMES.map((column) => {
                    const values = RECOVERY_CSV_VALUES[column];
                    return (
                      <Table.Tr key={column}>
                        <Table.Th scope="row" ff="monospace" fw="normal">
                          {column}
                        </Table.Th>
                        <Table.Td>
                          {t(`recoveryImport.required.${RECOVERY_CSV_REQUIRED_WHEN[column]}`)}
                        </Table.Td>
                        <Table.Td>
                          {t(`recoveryImport.columns.${column}`)}
                          {values && (
                            <Text size="xs" c="dimmed" ff="monospace">
                              {t('recoveryImport.values', { values: values.join(', ') })}
                            </Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Anchor href={EXAMPLE_HREF} download="recoveries-example.csv" size="sm">
              {t('recoveryImport.downloadTemplate')}
            </Anchor>
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
