// The tracing officer closes an open trace as not traceable when the records cannot take it further: the reason
// (from the reasons an officer may give) and a note the requester reads with it. Collapsed behind one button, so a
// trace is not closed by a stray click.
import { Button, Collapse, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { OFFICER_CLOSING_REASONS, type OfficerClosingReason } from '../../../../core/firearms/chainTypes';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';
import { useFocusOnError } from '../../components/useFocusOnError';
import { useCloseTrace, type Trace } from './traceQueries';

const isClosingReason = (value: string | null): value is OfficerClosingReason =>
  (OFFICER_CLOSING_REASONS as readonly (string | null)[]).includes(value);

export function CloseTraceForm({ trace }: { trace: Trace }) {
  const { t } = useTranslation();
  const close = useCloseTrace(trace.id);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<OfficerClosingReason | null>(
    trace.candidates.state === 'pending' ? 'serial_not_found' : null,
  );
  const [note, setNote] = useState('');
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, close.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Once closed, the form leaves the page and the trace page focuses the reason that replaced it.
    if (reason) close.mutate({ reason, note: note.trim() || null });
  };
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="trace-close">
      <Group justify="space-between">
        <Title order={2} size="h5" id="trace-close">
          {t('traces.closeTitle')}
        </Title>
        <Button
          variant="default"
          size="xs"
          aria-expanded={open}
          aria-controls="trace-close-form"
          onClick={() => setOpen((v) => !v)}
        >
          {open ? t('common.cancel') : t('traces.closeTitle')}
        </Button>
      </Group>
      <Collapse expanded={open}>
        <form ref={form} id="trace-close-form" onSubmit={submit} noValidate>
          <Stack gap="sm" mt="sm">
            <Text size="sm">{t('traces.closeIntro')}</Text>
            <ProblemMessage error={close.error} placedFields={['reason', 'note']} />
            <Select
              label={t('traces.closeReason')}
              required
              data={OFFICER_CLOSING_REASONS.map((code) => ({
                value: code,
                label: t(`traces.closeReasons.${code}`),
              }))}
              value={reason}
              onChange={(value) => setReason(isClosingReason(value) ? value : null)}
              error={fieldError(close.error, 'reason')}
              maw={480}
            />
            <Textarea
              label={t('traces.closeNote')}
              autosize
              minRows={2}
              maxLength={1000}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              error={fieldError(close.error, 'note')}
            />
            <Group justify="flex-end">
              <Button type="submit" color="red" loading={close.isPending} disabled={!reason}>
                {t('traces.closeSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Collapse>
    </Paper>
  );
}
