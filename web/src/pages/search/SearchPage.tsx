// Search with discovery without disclosure: readable records in full, the others only as
// "a match exists at agency X", with a button to ask that agency for access.
import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useFormatDate } from '../../app/formatting';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { TlpLabel } from '../../components/TlpLabel';
import { AlertLink } from '../alerts/AlertLink';
import { HiddenMatchList } from './HiddenMatchList';

export function SearchPage() {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const search = useQuery({
    queryKey: ['search', q],
    enabled: q.length >= 2,
    queryFn: async () => unwrap(await api.GET('/api/v1/search', { params: { query: { q } } })),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = text.trim();
    setTooShort(trimmed.length < 2);
    if (trimmed.length >= 2) setQ(trimmed);
  };

  return (
    <>
      <PageHeader title={t('search.title')} intro={t('search.intro')} />
      <form onSubmit={submit} role="search">
        <Group align="flex-end" gap="sm" mb="lg">
          <TextInput
            label={t('search.query')}
            type="search"
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={tooShort ? t('search.minLength') : undefined}
            w={420}
            maw="100%"
          />
          <Button type="submit">{t('search.submit')}</Button>
        </Group>
      </form>
      {q && (
        <QueryState query={search}>
          {(data) => (
            <Stack gap="xl">
              <section aria-labelledby="readable-results">
                <Title order={2} size="h4" id="readable-results" mb="sm">
                  {t('search.results')}
                </Title>
                {data.alerts.length === 0 && <Text c="dimmed">{t('search.noResults')}</Text>}
                <Stack gap="sm">
                  {data.alerts.map((alert) => (
                    <Paper key={alert.id} withBorder p="md" radius="md">
                      <Group gap="sm" wrap="nowrap" align="flex-start">
                        <TlpLabel tlp={alert.tlp} />
                        <div>
                          <AlertLink alertId={alert.id} fw={600}>
                            {alert.title}
                          </AlertLink>
                          <Text size="sm" c="dimmed">
                            {t('recordTypes.alert')} · {alert.ownerAgency.code} ·{' '}
                            {formatDate(alert.createdAt)}
                          </Text>
                        </div>
                      </Group>
                    </Paper>
                  ))}
                </Stack>
              </section>
              <HiddenMatchList matches={data.hidden} headingId="hidden-results" />
            </Stack>
          )}
        </QueryState>
      )}
    </>
  );
}
