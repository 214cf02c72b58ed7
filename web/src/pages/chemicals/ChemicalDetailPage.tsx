// One chemical: identity and structure, its listing per jurisdiction, "controlled on a date?", and for
// regulators the form to record a new listing.
import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbility } from '../../app/session';
import { QueryState } from '../../components/QueryState';
import { AddListingForm } from './AddListingForm';
import { useChemical } from './chemicalQueries';
import { ControlledOnDateForm } from './ControlledOnDateForm';
import { ListingHistory, ListingsTable } from './ListingsTable';
import { StructureImage } from './StructureImage';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

export function ChemicalDetailPage() {
  const { t } = useTranslation();
  const canManage = useAbility('manage_chemicals');
  const { chemicalId } = useParams({ from: '/chemicals/$chemicalId' });
  const chemical = useChemical(chemicalId);

  return (
    <Stack gap="md" maw={1100}>
      <Anchor component={Link} to="/chemicals" size="sm">
        ← {t('chemicals.back')}
      </Anchor>
      <QueryState query={chemical}>
        {(c) => (
          <Stack gap="lg">
            <Title order={1} size="h2">
              {c.name}
            </Title>
            <Paper withBorder p="md" radius="md">
              <Group align="flex-start" gap="lg" wrap="wrap">
                <StructureImage url={c.structureUrl} name={c.name} size={200} />
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" style={{ flex: 1, minWidth: 260 }}>
                  <Fact label={t('chemicals.columnCas')}>{c.cas ?? t('common.none')}</Fact>
                  <Fact label={t('chemicals.columnFormula')}>{c.formula ?? t('common.none')}</Fact>
                  <Fact label={t('chemicals.synonyms')}>
                    {c.synonyms.length > 0 ? c.synonyms.join(' · ') : t('common.none')}
                  </Fact>
                  <Fact label={t('chemicals.smiles')}>{c.smiles ?? t('common.none')}</Fact>
                  <Fact label={t('chemicals.inchikey')}>{c.inchikey ?? t('common.none')}</Fact>
                  <Fact label={t('chemicals.source')}>{c.source}</Fact>
                </SimpleGrid>
              </Group>
            </Paper>
            <ListingsTable chemical={c} />
            <ControlledOnDateForm chemicalId={c.id} />
            {canManage && <AddListingForm chemical={c} />}
            <ListingHistory chemical={c} />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
