// One screening finding explained: which rule fired, which listed parent it points to (with its drawing),
// how sure it is, and which jurisdictions control that parent and whether their wording covers this form.
import { Anchor, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ScreeningFinding } from '../../api/types';
import { ControlBadge } from './ChemicalStatusBadges';
import { ListingReasonText } from './ListingReasonText';
import { useScreeningText } from './screeningText';
import { StructureImage } from './StructureImage';

function ConfidenceText({ confidence }: { confidence: ScreeningFinding['confidence'] }) {
  const { t } = useTranslation();
  if (confidence.kind === 'similarity') {
    return <>{t('screening.confidenceKinds.similarity', { score: (confidence.score ?? 0).toFixed(2) })}</>;
  }
  return <>{t(`screening.confidenceKinds.${confidence.kind}`)}</>;
}

export function FindingCard({ finding }: { finding: ScreeningFinding }) {
  const { t } = useTranslation();
  const text = useScreeningText();
  const { parent } = finding;

  return (
    <Paper withBorder p="md" radius="md" component="article" data-testid="screening-finding">
      <Group align="flex-start" gap="lg" wrap="wrap">
        <StructureImage
          url={`/api/v1/chemicals/${encodeURIComponent(parent.id)}/structure.svg`}
          name={parent.name}
          alt={t('screening.parentStructure', { name: parent.name })}
          size={140}
        />
        <Stack gap="xs" style={{ flex: 1, minWidth: 280 }}>
          <Text fw={700}>{text.message(finding)}</Text>
          <Group gap="xl" wrap="wrap">
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t('screening.rule')}
              </Text>
              <Text size="sm">{text.ruleLabel(finding.ruleId)}</Text>
            </div>
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t('screening.parent')}
              </Text>
              <Anchor
                size="sm"
                fw={600}
                renderRoot={(props) => (
                  <Link {...props} to="/chemicals/$chemicalId" params={{ chemicalId: parent.id }} />
                )}
              >
                {parent.name}
              </Anchor>
            </div>
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t('screening.confidence')}
              </Text>
              <Text size="sm">
                <ConfidenceText confidence={finding.confidence} />
              </Text>
            </div>
          </Group>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing={6} fz="sm">
              <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
                {t('screening.jurisdictionsTitle')}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('chemicals.columnJurisdiction')}</Table.Th>
                  <Table.Th scope="col">{t('chemicals.columnStatus')}</Table.Th>
                  <Table.Th scope="col">{t('screening.wordingCovers')}</Table.Th>
                  <Table.Th scope="col">{t('controlledOn.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {finding.jurisdictions.map((j) => (
                  <Table.Tr key={j.jurisdiction}>
                    <Table.Th scope="row">{t(`jurisdictions.${j.jurisdiction}`)}</Table.Th>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <ControlBadge control={j.status} />
                    </Table.Td>
                    <Table.Td>
                      {t(`screening.covers.${j.wordingCoversVariant}`)}
                      {j.familyWording.length > 0 && (
                        <Text size="xs" c="dimmed" lang="en">
                          {j.familyWording.join('; ')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <ListingReasonText reason={j.reason} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      </Group>
    </Paper>
  );
}
