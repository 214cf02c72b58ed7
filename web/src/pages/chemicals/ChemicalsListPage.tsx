// The chemical registry: search by name, synonym, CAS or formula; each row with its structure drawing.
import { Anchor, Button, Paper, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbility } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { ProblemMessage } from '../../components/ProblemMessage';
import { useChemicalSearch } from './chemicalQueries';
import { StructureImage } from './StructureImage';

export function ChemicalsListPage() {
  const { t } = useTranslation();
  const canManage = useAbility('manage_chemicals');
  const [filter, setFilter] = useState('');
  const [q] = useDebouncedValue(filter.trim(), 300);
  const chemicals = useChemicalSearch(q);
  const items = chemicals.data ?? [];

  return (
    <>
      <PageHeader
        title={t('chemicals.title')}
        intro={t('chemicals.intro')}
        actions={
          canManage && (
            <Button component={Link} to="/chemicals/new">
              {t('chemicals.add')}
            </Button>
          )
        }
      />
      <Stack>
        <TextInput
          label={t('chemicals.search')}
          placeholder={t('chemicals.searchPlaceholder')}
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          maw={420}
        />
        <ProblemMessage error={chemicals.error} />
        <Paper withBorder radius="md">
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs" highlightOnHover aria-busy={chemicals.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('chemicals.columnStructure')}</Table.Th>
                  <Table.Th scope="col">{t('chemicals.columnName')}</Table.Th>
                  <Table.Th scope="col">{t('chemicals.columnCas')}</Table.Th>
                  <Table.Th scope="col">{t('chemicals.columnFormula')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td w={96}>
                      <StructureImage url={c.structureUrl} name={c.name} size={80} />
                    </Table.Td>
                    <Table.Td>
                      <Anchor
                        fw={600}
                        renderRoot={(props) => (
                          <Link {...props} to="/chemicals/$chemicalId" params={{ chemicalId: c.id }} />
                        )}
                      >
                        {c.name}
                      </Anchor>
                      {c.synonyms.length > 0 && (
                        <Text size="xs" c="dimmed" lineClamp={2}>
                          {c.synonyms.join(' · ')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.cas ?? t('common.none')}</Table.Td>
                    <Table.Td>{c.formula ?? t('common.none')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {chemicals.isSuccess && items.length === 0 && (
            <Text p="md" c="dimmed">
              {t('chemicals.empty')}
            </Text>
          )}
        </Paper>
      </Stack>
    </>
  );
}
