// The body of a decide-with-a-note dialog (grant or refuse an access request, accept or reject a reference
// proposal): the problem, an optional note placed at its field, cancel and the decision's own button (red when it
// says no).
import { Button, Group, Stack, Textarea } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, ProblemMessage } from './ProblemMessage';

export function DecisionNoteForm({
  intro,
  noteLabel,
  noteMaxLength,
  note,
  onNote,
  error,
  pending,
  confirmLabel,
  negative,
  onSubmit,
  onCancel,
}: {
  intro?: ReactNode;
  noteLabel: string;
  /** The server's limit for the note. */
  noteMaxLength: number;
  note: string;
  onNote: (note: string) => void;
  error: unknown;
  pending: boolean;
  confirmLabel: string;
  /** A refusal or rejection: its button is red. */
  negative: boolean;
  onSubmit: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {intro}
        <ProblemMessage error={error} placedFields={['note']} />
        <Textarea
          label={noteLabel}
          autosize
          minRows={2}
          maxLength={noteMaxLength}
          value={note}
          onChange={(e) => onNote(e.currentTarget.value)}
          error={fieldError(error, 'note')}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color={negative ? 'red.8' : undefined} loading={pending}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
