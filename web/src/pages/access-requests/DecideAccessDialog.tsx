// Grant or refuse one incoming access request, or revoke the access it granted, with an optional note to the
// requester.
import { Modal, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { AccessRequest } from '../../api/types';
import { DecisionNoteForm } from '../../components/DecisionNoteForm';

export type Decision = 'grant' | 'refuse' | 'revoke';

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
          : decision === 'refuse'
            ? await api.POST('/api/v1/access-requests/{id}/refuse', options)
            : await api.POST('/api/v1/access-requests/{id}/revoke', options),
      );
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['access-requests'] });
      onClose();
    },
  });

  const decision = target?.decision ?? 'grant';
  return (
    <DecisionNoteForm
      intro={
        decision === 'revoke' && target ? (
          <Text size="sm">
            {t('accessRequests.revokeIntro', { agency: target.request.requesterAgency.name })}
          </Text>
        ) : undefined
      }
      noteLabel={decision === 'revoke' ? t('accessRequests.revokeNoteLabel') : t('accessRequests.noteLabel')}
      noteMaxLength={2000}
      note={note}
      onNote={setNote}
      error={decide.error}
      pending={decide.isPending}
      confirmLabel={t(`accessRequests.${decision}`)}
      negative={decision !== 'grant'}
      onSubmit={() => target && decide.mutate(target)}
      onCancel={onClose}
    />
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
      title={
        target
          ? t(target.decision === 'revoke' ? 'accessRequests.revokeTitle' : 'accessRequests.decideTitle', {
              agency: target.request.requesterAgency.name,
            })
          : ''
      }
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <DecideAccessDialogContent {...props} />
    </Modal>
  );
}
