// Serial number search in four modes (exact, normalized, wildcard, fuzzy) across recoveries and lost/stolen
// reports: readable matches in a table, the others as "a match exists at agency X" with a request for access.
import { Button, Group, Paper, Radio, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { SerialMatch, SerialSearchMode } from '../../api/types';
import { useFormatDay } from '../../app/formatting';
import { PageHeader } from '../../components/PageHeader';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';
import { HiddenMatchList } from '../search/HiddenMatchList';
import { SharedRecordLink } from '../../components/SharedRecordLink';
import { SERIAL_SEARCH_MODES } from './serialSearch';

function MatchRow({ m }: { m: SerialMatch }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const serial = <span style={{ fontFamily: 'monospace' }}>{m.serial ?? t('recoveries.noSerial')}</span>;
  const record =
    m.recordType === 'lost_stolen'
      ? `${t('recordTypes.lost_stolen')}${m.kind ? ` (${t(`recordRecovery.kinds.${m.kind}`)})` : ''}`
      : t(`recordTypes.${m.recordType}`);
  return (
    <Table.Tr>
      <Table.Td>
        <SharedRecordLink recordType={m.recordType} id={m.id}>
          {serial}
        </SharedRecordLink>
        <Text size="xs" c="dimmed">
          {t(`serialStates.${m.serialState}`)}
        </Text>
      </Table.Td>
      <Table.Td>{record}</Table.Td>
      <Table.Td>{[m.make, m.model, m.caliber].filter(Boolean).join(' · ') || t('common.none')}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(m.date)}</Table.Td>
      <Table.Td>{m.ownerAgency.code}</Table.Td>
      <Table.Td>
        {t(`serials.matchKinds.${m.match.kind}`)}
        <Text size="xs" c="dimmed">
          {t('serials.score', { score: m.match.score.toFixed(2) })}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}

export function SerialSearchPage() {
  const { t } = useTranslation();
  // The search that runs is the URL's; the form holds what is being typed until it is submitted.
  const urlSearch = useSearch({ from: '/serials' });
  const navigate = useNavigate({ from: '/serials' });
  const urlMode = urlSearch.mode ?? 'normalized';
  const submitted = urlSearch.q ? { q: urlSearch.q, mode: urlMode } : null;
  const [text, setText] = useState(urlSearch.q ?? '');
  const [mode, setMode] = useState<SerialSearchMode>(urlMode);
  // Back or a link changes the URL under the form: show what is searched, not a stale draft.
  const [shown, setShown] = useState({ q: urlSearch.q, mode: urlMode });
  if (shown.q !== urlSearch.q || shown.mode !== urlMode) {
    setShown({ q: urlSearch.q, mode: urlMode });
    setText(urlSearch.q ?? '');
    setMode(urlMode);
  }
  const search = useQuery({
    queryKey: ['serial-search', submitted],
    enabled: submitted !== null,
    retry: false,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/serials/search', {
          params: { query: { q: submitted?.q ?? '', mode: submitted?.mode ?? 'normalized' } },
        }),
      ),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) void navigate({ search: { q: text.trim(), mode } });
  };
  const data = search.data;

  return (
    <>
      <PageHeader title={t('serials.title')} intro={t('serials.intro')} />
      <Paper withBorder p="md" radius="md" mb="lg" maw={900}>
        <form onSubmit={submit} role="search" noValidate>
          <Stack gap="md">
            <Group align="flex-start" gap="sm">
              <TextInput
                label={t('serials.query')}
                description={t('serials.queryHelp')}
                required
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                error={fieldError(search.error, 'q')}
                styles={{ input: { fontFamily: 'monospace' } }}
                w={360}
                maw="100%"
                autoComplete="off"
              />
              <Button type="submit" mt={46} loading={search.isFetching}>
                {t('serials.submit')}
              </Button>
            </Group>
            <Radio.Group
              label={t('serials.mode')}
              value={mode}
              onChange={(m) => setMode(m as SerialSearchMode)}
            >
              <Group gap="lg" mt="xs" align="flex-start">
                {SERIAL_SEARCH_MODES.map((m) => (
                  <Radio
                    key={m}
                    value={m}
                    label={t(`serials.modes.${m}`)}
                    description={t(`serials.modeHelp.${m}`)}
                    maw={200}
                  />
                ))}
              </Group>
            </Radio.Group>
          </Stack>
        </form>
      </Paper>
      <Stack gap="xl" maw={1100}>
        <ProblemMessage error={search.error} placedFields={['q']} />
        {data && (
          <section aria-labelledby="serial-results">
            <Title order={2} size="h4" id="serial-results" mb="sm">
              {t('serials.results')}
            </Title>
            {data.truncated && (
              // The server keeps the best-ranked matches only: say so, or the first page reads as all of them.
              <Text role="status" fw={600} mb="sm" data-testid="serial-truncated">
                {t('serials.truncated', { count: data.matches.length })}
              </Text>
            )}
            {data.matches.length === 0 ? (
              <Text c="dimmed">{t('serials.noResults')}</Text>
            ) : (
              <Paper withBorder radius="md">
                <Table.ScrollContainer minWidth={760}>
                  <Table verticalSpacing="sm" data-testid="serial-matches">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('serials.columnSerial')}</Table.Th>
                        <Table.Th scope="col">{t('serials.columnRecord')}</Table.Th>
                        <Table.Th scope="col">{t('serials.columnFirearm')}</Table.Th>
                        <Table.Th scope="col">{t('serials.columnDate')}</Table.Th>
                        <Table.Th scope="col">{t('serials.columnAgency')}</Table.Th>
                        <Table.Th scope="col">{t('serials.columnMatch')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {data.matches.map((m) => (
                        <MatchRow key={`${m.recordType}-${m.id}`} m={m} />
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </Paper>
            )}
          </section>
        )}
        {data && <HiddenMatchList matches={data.hidden} headingId="serial-hidden" />}
      </Stack>
    </>
  );
}
