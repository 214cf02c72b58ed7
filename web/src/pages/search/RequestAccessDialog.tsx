// Asks for access to a hidden match, with a reason the deciding agency reads first: the record's owner, or the
// tracing centre that holds a dealer's report (the answer names which).
import { Alert, Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { HiddenMatch } from '../../api/types';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';

function RequestAccessDialogContent({ match, onClose }: { match: HiddenMatch | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const request = useMutation({
    mutationFn: async (target: HiddenMatch) =>
      unwrap(
        await api.POST('/api/v1/access-requests', {
          body: { recordType: target.recordType, recordId: target.recordId, reason },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['access-requests'] }),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (match) request.mutate(match);
  };

  return (
    <>
      {request.isSuccess ? (
        <Stack>
          <Alert color="green" role="status">
            {t('search.requested', {
              agency: `${request.data.ownerAgency.name} (${request.data.ownerAgency.code})`,
            })}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('common.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <ProblemMessage error={request.error} placedFields={['reason']} />
            <Textarea
              label={t('search.reason')}
              description={t('search.reasonHelp')}
              required
              autosize
              minRows={3}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={fieldError(request.error, 'reason')}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={request.isPending}>
                {t('search.send')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </>
  );
}

/** The form lives in its own component, mounted each time the modal opens, so it starts fresh. */
export function RequestAccessDialog(props: { match: HiddenMatch | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { match, onClose } = props;
  return (
    <Modal
      opened={match !== null}
      onClose={onClose}
      title={
        !match
          ? ''
          : match.heldBy
            ? t('search.requestTitleHeld', { agency: match.ownerAgency.name, centre: match.heldBy.name })
            : t('search.requestTitle', { agency: match.ownerAgency.name })
      }
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <RequestAccessDialogContent {...props} />
    </Modal>
  );
}
