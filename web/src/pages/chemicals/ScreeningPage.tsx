// Screen one chemical typed as SMILES, CAS number or name: the status, then every finding explained.
import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import type { ScreeningResult } from '../../api/types';
import { PageHeader } from '../../components/PageHeader';
import { ProblemMessage } from '../../components/ProblemMessage';
import { ScreeningStatusBadge } from './ChemicalStatusBadges';
import { FindingCard } from './FindingCard';
import { useScreeningText } from './screeningText';

const CAS_LIKE = /^\d{2,7}-\d{2}-\d$/;
// Characters SMILES may contain; a name with spaces, commas or accents cannot be SMILES.
const SMILES_LIKE = /^[A-Za-z0-9@+\-[\]()=#$%/\\.:*~]+$/;

/**
 * The API takes exactly one of cas, smiles, name. A CAS-shaped input is a CAS number; anything else that
 * could be SMILES is tried as SMILES first and, if it does not parse, as a name ("aspirin", "4-piperidone").
 */
async function screen(input: string): Promise<ScreeningResult> {
  const post = async (body: { cas: string } | { smiles: string } | { name: string }) =>
    unwrap(await api.POST('/api/v1/screening', { body }));
  if (CAS_LIKE.test(input)) return post({ cas: input });
  if (!SMILES_LIKE.test(input)) return post({ name: input });
  try {
    return await post({ smiles: input });
  } catch (error) {
    if (error instanceof ApiError && error.fieldMessage('smiles')) return post({ name: input });
    throw error;
  }
}

function Result({ result }: { result: ScreeningResult }) {
  const { t } = useTranslation();
  const text = useScreeningText();
  return (
    <Stack gap="md" component="section" aria-labelledby="screening-result" aria-live="polite">
      <Paper withBorder p="md" radius="md">
        <Group gap="md" align="center">
          <Title order={2} size="h4" id="screening-result">
            {t('screening.resultTitle')}
          </Title>
          <ScreeningStatusBadge status={result.status} />
        </Group>
        <Text size="sm" mt="xs" style={{ overflowWrap: 'anywhere' }}>
          {t('screening.screenedAs', { kind: t(`screening.kind.${result.inputKind}`), input: result.input })}
        </Text>
        {result.canonicalSmiles && (
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {t('screening.canonical')}: <code>{result.canonicalSmiles}</code>
          </Text>
        )}
        {result.removedFragments.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('screening.removed')}: {result.removedFragments.map((f) => f.name).join(', ')}
          </Text>
        )}
        {result.note && <Text mt="xs">{text.message(result.note)}</Text>}
      </Paper>
      <Title order={2} size="h4">
        {t('screening.findingsTitle')}
      </Title>
      {result.findings.length === 0 && <Text c="dimmed">{t('screening.noFindings')}</Text>}
      {result.findings.map((f, i) => (
        <FindingCard key={`${f.ruleId}-${f.parent.id}-${i}`} finding={f} />
      ))}
      {result.similar.length > 0 && (
        <div>
          <Title order={2} size="h5" mb={4}>
            {t('screening.similarTitle')}
          </Title>
          <Text size="sm">
            {result.similar
              .map((s) => `${s.parent.name} (${t('screening.similarScore', { score: s.score.toFixed(2) })})`)
              .join(' · ')}
          </Text>
        </div>
      )}
    </Stack>
  );
}

export function ScreeningPage() {
  const { t } = useTranslation();
  const [input, setInput] = useState('');
  const run = useMutation({ mutationFn: screen });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = input.trim();
    if (trimmed) run.mutate(trimmed);
  };
  const fieldMessage =
    run.error instanceof ApiError
      ? (run.error.fieldMessage('cas') ?? run.error.fieldMessage('smiles') ?? run.error.fieldMessage('name'))
      : undefined;

  return (
    <>
      <PageHeader title={t('screening.title')} intro={t('screening.intro')} />
      <form onSubmit={submit} noValidate>
        <Group align="flex-start" gap="sm" mb="lg">
          <TextInput
            label={t('screening.input')}
            required
            value={input}
            onChange={(e) => setInput(e.currentTarget.value)}
            error={fieldMessage}
            styles={{ input: { fontFamily: 'monospace' } }}
            w={560}
            maw="100%"
            autoComplete="off"
            spellCheck={false}
          />
          <Button type="submit" mt={25} loading={run.isPending}>
            {t('screening.submit')}
          </Button>
        </Group>
      </form>
      <Stack maw={1100}>
        {!fieldMessage && <ProblemMessage error={run.error} placedFields={['cas', 'smiles', 'name']} />}
        {run.data && !run.isPending && <Result result={run.data} />}
      </Stack>
    </>
  );
}
