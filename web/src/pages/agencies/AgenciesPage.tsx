// System administration of agencies: who takes part, in which country, whether a second factor is required.
import { Button, Paper, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../components/StatusBadge';
import type { Agency } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { AgencyDialog } from './AgencyDialog';
import { useAgencies } from './agencyQueries';

export function AgenciesPage() {
  const { t } = useTranslation();
  const agencies = useAgencies();
  const [editing, setEditing] = useState<Agency | 'new' | null>(null);

  return (
    <>
      <PageHeader
        title={t('agencies.title')}
        actions={<Button onClick={() => setEditing('new')}>{t('agencies.create')}</Button>}
      />
      <QueryState query={agencies}>
        {(items) => (
          <Paper withBorder radius="md">
            <Table.ScrollContainer minWidth={760}>
              <Table verticalSpacing="sm" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('agencies.code')}</Table.Th>
                    <Table.Th scope="col">{t('agencies.name')}</Table.Th>
                    <Table.Th scope="col">{t('agencies.country')}</Table.Th>
                    <Table.Th scope="col">{t('agencies.kind')}</Table.Th>
                    <Table.Th scope="col">{t('agencies.totpRequired')}</Table.Th>
                    <Table.Th scope="col">{t('common.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((agency) => (
                    <Table.Tr key={agency.id}>
                      <Table.Td ff="monospace" fw={600}>
                        {agency.code}
                      </Table.Td>
                      <Table.Td>{agency.name}</Table.Td>
                      <Table.Td>{t(`countries.${agency.country}`)}</Table.Td>
                      <Table.Td>{t(`agencyKinds.${agency.kind}`)}</Table.Td>
                      <Table.Td>
                        {agency.totpRequired ? (
                          <StatusBadge tone="info">{t('common.yes')}</StatusBadge>
                        ) : (
                          <Text size="sm">{t('common.no')}</Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Button
                          size="xs"
                          variant="default"
                          onClick={() => setEditing(agency)}
                          aria-label={`${t('common.edit')} ${agency.code}`}
                        >
                          {t('common.edit')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {items.length === 0 && (
              <Text p="md" c="dimmed">
                {t('agencies.empty')}
              </Text>
            )}
          </Paper>
        )}
      </QueryState>
      <AgencyDialog agency={editing} onClose={() => setEditing(null)} />
    </>
  );
}
