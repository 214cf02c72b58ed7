// Grant or refuse one incoming access request, with an optional note to the requester.
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { AccessRequest } from '../../api/types';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';

export type Decision = 'grant' | 'refuse';

function DecideAccessDialogContent({
  target,
  onClose,
}: {
  target: { request: AccessRequest; decision: Decision } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const decide = useMutation({
    mutationFn: async ({ request, decision }: { request: AccessRequest; decision: Decision }) => {
      const options = {
        params: { path: { id: request.id } },
        body: note.trim() ? { note: note.trim() } : {},
      };
      return unwrap(
        decision === 'grant'
          ? await api.POST('/api/v1/access-requests/{id}/grant', options)
          : await api.POST('/api/v1/access-requests/{id}/refuse', options),
      );
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['access-requests'] });
      onClose();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (target) decide.mutate(target);
  };

  return (
    <>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ProblemMessage error={decide.error} placedFields={['note']} />
          <Textarea
            label={t('accessRequests.noteLabel')}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            error={fieldError(decide.error, 'note')}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              color={target?.decision === 'refuse' ? 'red.8' : undefined}
              loading={decide.isPending}
            >
              {target?.decision === 'refuse' ? t('accessRequests.refuse') : t('accessRequests.grant')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}

/** The form lives in its own component, mounted each time the modal opens, so it starts fresh. */
export function DecideAccessDialog(props: {
  target: { request: AccessRequest; decision: Decision } | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { target, onClose } = props;
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target ? t('accessRequests.decideTitle', { agency: target.request.requesterAgency.name }) : ''}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <DecideAccessDialogContent {...props} />
    </Modal>
  );
}
