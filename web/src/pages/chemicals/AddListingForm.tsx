// Regulators record a listing (with its source); it supersedes the current one, which stays in the history.
import { Alert, Button, Group, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { Chemical, Jurisdiction } from '../../api/types';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';
import { CHEMICALS_KEY } from './chemicalQueries';
import { JURISDICTIONS } from './ControlledOnDateForm';

const FIELDS = ['jurisdiction', 'text', 'source', 'supersedes'] as const;

export function AddListingForm({ chemical }: { chemical: Chemical }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [jurisdiction, setJurisdiction] = useState<Jurisdiction>('MX');
  const [text, setText] = useState('');
  const [source, setSource] = useState('');
  const record = useMutation({
    mutationFn: async () => {
      // Name the listing we replace, so a listing someone else recorded meanwhile is a conflict, not lost.
      const current = chemical.listings.find((l) => l.jurisdiction === jurisdiction)?.id ?? undefined;
      return unwrap(
        await api.POST('/api/v1/chemicals/{id}/listings', {
          params: { path: { id: chemical.id } },
          body: { jurisdiction, text, source, ...(current ? { supersedes: current } : {}) },
        }),
      );
    },
    onSuccess: (updated) => {
      queryClient.setQueryData([...CHEMICALS_KEY, 'detail', chemical.id], updated);
      void queryClient.invalidateQueries({ queryKey: CHEMICALS_KEY });
      setText('');
      setSource('');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate();
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="add-listing-title">
      <Title order={2} size="h4" id="add-listing-title">
        {t('addListing.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('addListing.intro')}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={640}>
          <ProblemMessage error={record.error} placedFields={FIELDS} />
          {record.isSuccess && (
            <Alert color="green" role="status">
              {t('addListing.recorded')}
            </Alert>
          )}
          <Select
            label={t('addListing.jurisdiction')}
            data={JURISDICTIONS.map((j) => ({ value: j, label: t(`jurisdictions.${j}`) }))}
            value={jurisdiction}
            onChange={(j) => j && setJurisdiction(j as Jurisdiction)}
            allowDeselect={false}
            error={fieldError(record.error, 'jurisdiction')}
            w={260}
          />
          <TextInput
            label={t('addListing.text')}
            description={t('addListing.textHelp')}
            required
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={fieldError(record.error, 'text')}
          />
          <Textarea
            label={t('addListing.source')}
            description={t('addListing.sourceHelp')}
            required
            autosize
            minRows={2}
            value={source}
            onChange={(e) => setSource(e.currentTarget.value)}
            error={fieldError(record.error, 'source')}
          />
          <Group>
            <Button type="submit" loading={record.isPending}>
              {t('addListing.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
