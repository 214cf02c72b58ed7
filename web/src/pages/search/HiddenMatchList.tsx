// Discovery without disclosure: matches the user may not read, shown only as "a match exists at agency X",
// each with a button that asks that agency for access.
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HiddenMatch } from '../../api/types';
import { RequestAccessDialog } from './RequestAccessDialog';

export function HiddenMatchList({
  matches,
  headingId,
}: {
  matches: readonly HiddenMatch[];
  headingId: string;
}) {
  const { t } = useTranslation();
  const [requesting, setRequesting] = useState<HiddenMatch | null>(null);
  if (matches.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId}>
        {t('search.hidden')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('search.hiddenIntro')}
      </Text>
      <Stack gap="sm">
        {matches.map((hit) => (
          <Paper key={hit.recordId} withBorder p="md" radius="md" bg="gray.0">
            <Group justify="space-between" wrap="wrap">
              <div>
                <Text fw={600}>
                  {hit.heldBy
                    ? t('search.matchExistsAtHeld', {
                        agency: `${hit.ownerAgency.name} (${hit.ownerAgency.code})`,
                        centre: `${hit.heldBy.name} (${hit.heldBy.code})`,
                      })
                    : t('search.matchExistsAt', {
                        agency: `${hit.ownerAgency.name} (${hit.ownerAgency.code})`,
                      })}
                </Text>
                <Text size="sm" c="dimmed">
                  {t(`recordTypes.${hit.recordType}`)} · {t(`countries.${hit.ownerAgency.country}`)}
                </Text>
              </div>
              <Button variant="light" color="indigo.9" onClick={() => setRequesting(hit)}>
                {t('search.requestAccess')}
              </Button>
            </Group>
          </Paper>
        ))}
      </Stack>
      <RequestAccessDialog match={requesting} onClose={() => setRequesting(null)} />
    </section>
  );
}
