// Publish an alert owned by my agency: text, optional expiry, distribution (and group), TLP, discoverability.
import { Button, Group, Paper, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { PageHeader } from '../../components/PageHeader';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';
import {
  DEFAULT_SHARING,
  SHARING_FIELDS,
  SharingControls,
  sharingBody,
} from '../../components/SharingControls';
import { ALERTS_KEY } from './alertQueries';
import { UNREAD_COUNT_KEY } from './UnreadAlertsBadge';

const FIELDS = ['title', 'body', 'expiresAt', ...SHARING_FIELDS] as const;

/** A date from the date picker means "until the end of that day" in the user's time zone. */
function endOfDayIso(date: string): string | null {
  return date ? new Date(`${date}T23:59:59`).toISOString() : null;
}

export function PublishAlertPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [expiresOn, setExpiresOn] = useState('');
  const [sharing, setSharing] = useState(DEFAULT_SHARING);
  const publish = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/alerts', {
          body: {
            title,
            body,
            expiresAt: endOfDayIso(expiresOn),
            ...sharingBody(sharing),
          },
        }),
      ),
    onSuccess: (alert) => {
      void queryClient.invalidateQueries({ queryKey: ALERTS_KEY });
      void queryClient.invalidateQueries({ queryKey: UNREAD_COUNT_KEY });
      void navigate({ to: '/alerts/$alertId', params: { alertId: alert.id } });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    publish.mutate();
  };
  const error = publish.error;

  return (
    <>
      <PageHeader title={t('publish.title')} intro={t('publish.intro')} />
      <Paper withBorder p="lg" radius="md" maw={760}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <ProblemMessage error={error} placedFields={FIELDS} />
            <TextInput
              label={t('publish.fieldTitle')}
              required
              maxLength={300}
              value={title}
              onChange={(e) => setTitle(e.currentTarget.value)}
              error={fieldError(error, 'title')}
            />
            <Textarea
              label={t('publish.fieldBody')}
              required
              autosize
              minRows={5}
              maxRows={16}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              error={fieldError(error, 'body')}
            />
            <TextInput
              label={t('publish.fieldExpiresAt')}
              type="date"
              w={280}
              value={expiresOn}
              onChange={(e) => setExpiresOn(e.currentTarget.value)}
              error={fieldError(error, 'expiresAt')}
            />
            <SharingControls value={sharing} onChange={setSharing} error={error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => void navigate({ to: '/alerts' })}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={publish.isPending}>
                {t('publish.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
