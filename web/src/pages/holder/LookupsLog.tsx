// Who looked into the holder's A&D records, when, and about which firearm (NO REGISTRY: every look-up is shown, so
// the holder can check each question against its records). The trace is named by a short reference to quote, not
// its id: the holder has no page to open for it.
import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/formatting';
import { QueryState } from '../../components/QueryState';
import { useHolderLookups, type LookupEntry } from './holderQueries';

const KNOWN_ACTIONS = ['ad_record.lookup', 'ad_record.candidate_lookup'] as const;
type KnownAction = (typeof KNOWN_ACTIONS)[number];
const isKnown = (a: string): a is KnownAction => (KNOWN_ACTIONS as readonly string[]).includes(a);

function ActionText({ entry }: { entry: LookupEntry }) {
  const { t } = useTranslation();
  return <>{isKnown(entry.action) ? t(`holder.lookupActions.${entry.action}`) : entry.action}</>;
}

/** Make, then the serial asked (a candidate look-up's pattern, `?` for each unreadable character). */
function FirearmAsked({ entry }: { entry: LookupEntry }) {
  const { t } = useTranslation();
  if (!entry.make && !entry.serial) return <>{t('common.none')}</>;
  return (
    <>
      {entry.make}{' '}
      <Text span ff="monospace" size="sm">
        {entry.serial}
      </Text>
    </>
  );
}

export function LookupsLog() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const lookups = useHolderLookups();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="holder-lookups">
      <Stack gap="sm">
        <Title order={2} size="h4" id="holder-lookups">
          {t('holder.lookupsTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('holder.lookupsIntro')}
        </Text>
        <QueryState query={lookups}>
          {(items) =>
            items.length === 0 ? (
              <Text size="sm">{t('holder.lookupsEmpty')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={720}>
                <Table verticalSpacing="xs" data-testid="holder-lookups">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('holder.columnWhen')}</Table.Th>
                      <Table.Th scope="col">{t('holder.columnWho')}</Table.Th>
                      <Table.Th scope="col">{t('holder.columnAction')}</Table.Th>
                      <Table.Th scope="col">{t('holderRecords.columnFirearm')}</Table.Th>
                      <Table.Th scope="col">{t('holderRecords.columnLicence')}</Table.Th>
                      <Table.Th scope="col" title={t('holderRecords.referenceHint')}>
                        {t('holderRecords.columnReference')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((entry, index) => (
                      <Table.Tr key={`${entry.at}-${index}`}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</Table.Td>
                        <Table.Td>{entry.askedBy ?? t('common.none')}</Table.Td>
                        <Table.Td>
                          <ActionText entry={entry} />
                        </Table.Td>
                        <Table.Td>
                          <FirearmAsked entry={entry} />
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          {entry.licence ?? t('common.none')}
                        </Table.Td>
                        <Table.Td>{entry.traceRef ?? t('common.none')}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )
          }
        </QueryState>
      </Stack>
    </Paper>
  );
}
