// "Was this chemical controlled in <jurisdiction> on <date>?": the answer with the reason the data gives.
import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { Jurisdiction } from '../../api/types';
import { useFormatDay } from '../../app/formatting';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';
import { ControlBadge } from './ChemicalStatusBadges';

export const JURISDICTIONS: readonly Jurisdiction[] = ['UN', 'US', 'MX', 'CA'];

export function ControlledOnDateForm({ chemicalId }: { chemicalId: string }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const [jurisdiction, setJurisdiction] = useState<Jurisdiction>('MX');
  const [date, setDate] = useState('');
  const ask = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.GET('/api/v1/chemicals/{id}/controlled', {
          params: { path: { id: chemicalId }, query: { jurisdiction, ...(date ? { date } : {}) } },
        }),
      ),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    ask.mutate();
  };
  const answer = ask.data;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="controlled-title">
      <Title order={2} size="h4" id="controlled-title" mb="sm">
        {t('controlledOn.title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Group align="flex-start" gap="sm">
          <Select
            label={t('controlledOn.jurisdiction')}
            data={JURISDICTIONS.map((j) => ({ value: j, label: t(`jurisdictions.${j}`) }))}
            value={jurisdiction}
            onChange={(j) => j && setJurisdiction(j as Jurisdiction)}
            allowDeselect={false}
            w={260}
          />
          <TextInput
            label={t('controlledOn.date')}
            description={t('controlledOn.dateHelp')}
            type="date"
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={fieldError(ask.error, 'date')}
            w={200}
          />
          <Button type="submit" mt={24} loading={ask.isPending}>
            {t('controlledOn.ask')}
          </Button>
        </Group>
      </form>
      <Stack mt="md" gap="xs">
        <ProblemMessage error={ask.error} placedFields={['date']} />
        {answer && (
          <Alert color="gray" role="status" data-testid="controlled-answer">
            <Group gap="sm" mb={4}>
              <Text fw={600}>
                {answer.date
                  ? t('controlledOn.answer', {
                      jurisdiction: t(`jurisdictions.${answer.jurisdiction}`),
                      date: formatDay(answer.date),
                      status: t(`chemicals.control.${answer.status}`),
                    })
                  : t('controlledOn.answerToday', {
                      jurisdiction: t(`jurisdictions.${answer.jurisdiction}`),
                      status: t(`chemicals.control.${answer.status}`),
                    })}
              </Text>
              <ControlBadge control={answer.status} />
            </Group>
            <Text size="sm">
              {t('controlledOn.reason')}: <span lang="en">{answer.reason}</span>
            </Text>
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
