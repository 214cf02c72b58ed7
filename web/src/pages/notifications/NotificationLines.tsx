// Every substance line of a notice with the screening stored when it was sent, explained with the same
// finding cards as the screening page, so both authorities read the same reasons.
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ScreeningStatusBadge } from '../chemicals/ChemicalStatusBadges';
import { FindingCard } from '../chemicals/FindingCard';
import { useScreeningText } from '../chemicals/screeningText';
import type { Notification } from './notificationQueries';

type Line = Notification['lines'][number];

function LineCard({ line }: { line: Line }) {
  const { t } = useTranslation();
  const text = useScreeningText();
  const substance = line.chemical?.name ?? line.name ?? line.cas ?? line.smiles ?? '';
  const screening = line.screening;
  return (
    <Paper withBorder p="md" radius="md" component="section" data-testid="notification-line">
      <Stack gap="sm">
        <Title order={3} size="h5" style={{ overflowWrap: 'anywhere' }}>
          {t('notificationDetail.lineTitle', {
            n: line.position,
            substance,
            quantity: line.quantity,
            unit: line.unit,
          })}
        </Title>
        {line.description && <Text size="sm">{line.description}</Text>}
        {!screening && <Text c="dimmed">{t('notificationDetail.notScreened')}</Text>}
        {screening && (
          <>
            <div>
              <ScreeningStatusBadge status={screening.status} />
            </div>
            {screening.note && <Text size="sm">{text.message(screening.note)}</Text>}
            {screening.findings.length === 0 && <Text c="dimmed">{t('screening.noFindings')}</Text>}
            {screening.findings.map((f, i) => (
              <FindingCard key={`${f.ruleId}-${f.parent.id}-${i}`} finding={f} />
            ))}
          </>
        )}
      </Stack>
    </Paper>
  );
}

export function NotificationLines({ notice }: { notice: Notification }) {
  const { t } = useTranslation();
  const s = notice.screeningSummary;
  return (
    <Stack gap="sm" component="section" aria-labelledby="notice-lines">
      <Title order={2} size="h4" id="notice-lines">
        {t('notificationDetail.linesTitle')}
      </Title>
      {notice.status !== 'draft' && (
        <Text size="sm">
          {t('notificationDetail.screeningSummary', {
            controlled: s.controlled,
            suspected: s.suspectedDesignerPrecursor,
            unresolved: s.unresolved,
            clear: s.clear,
          })}
        </Text>
      )}
      {notice.lines.map((line) => (
        <LineCard key={line.id} line={line} />
      ))}
    </Stack>
  );
}
