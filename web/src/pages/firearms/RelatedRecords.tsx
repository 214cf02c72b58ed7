// "Already recorded": earlier recoveries and lost/stolen reports of the same firearm, readable ones in full,
// the others as "a match exists at agency X" with a request for access.
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecoveryDetail } from '../../api/types';
import { useFormatDay } from '../../app/formatting';
import { HiddenMatchList } from '../search/HiddenMatchList';
import { SharedRecordLink } from '../../components/SharedRecordLink';

export function RelatedRecords({ related }: { related: RecoveryDetail['related'] }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const none = related.readable.length === 0 && related.hidden.length === 0;

  return (
    <Stack gap="sm" component="section" aria-labelledby="related-title" data-testid="related-records">
      <div>
        <Title order={2} size="h4" id="related-title">
          {t('recordRecovery.relatedTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {none ? t('recordRecovery.relatedNone') : t('recordRecovery.relatedIntro')}
        </Text>
      </div>
      {related.readable.map((r) => {
        const firearm = [r.make, r.model].filter(Boolean).join(' ') || t('recoveries.unknownFirearm');
        const agency = `${r.ownerAgency.name} (${r.ownerAgency.code})`;
        return (
          <Paper key={r.id} withBorder p="md" radius="md">
            <SharedRecordLink recordType={r.recordType} id={r.id}>
              {firearm} · {r.serial ?? t('recoveries.noSerial')}
            </SharedRecordLink>
            <Text size="sm" c="dimmed">
              {r.recordType === 'recovery'
                ? t('recordRecovery.relatedRecovery', { date: formatDay(r.date), agency })
                : r.recordType === 'trace'
                  ? t('recordRecovery.relatedTrace', { date: formatDay(r.date), agency })
                  : t('recordRecovery.relatedLostStolen', {
                      kind: r.kind ? t(`recordRecovery.kinds.${r.kind}`) : t('recordTypes.lost_stolen'),
                      date: formatDay(r.date),
                      agency,
                    })}
            </Text>
          </Paper>
        );
      })}
      <HiddenMatchList matches={related.hidden} headingId="related-hidden" />
    </Stack>
  );
}
