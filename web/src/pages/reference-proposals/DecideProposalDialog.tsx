// Accept or reject one pending proposal, with an optional note to the agency that proposed it.
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceProposal } from '../../api/types';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';
import { proposalEntry } from './proposalForm';
import { useDecideProposal, type ProposalDecision } from './proposalQueries';

export interface DecisionTarget {
  proposal: ReferenceProposal;
  decision: ProposalDecision;
}

function DecideProposalForm({ target, onClose }: { target: DecisionTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const decide = useDecideProposal();
  const accept = target.decision === 'accept';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    decide.mutate({ id: target.proposal.id, decision: target.decision, note }, { onSuccess: onClose });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">
          {accept ? t('referenceProposals.decide.acceptHelp') : t('referenceProposals.decide.rejectHelp')}
        </Text>
        <ProblemMessage error={decide.error} placedFields={['note']} />
        <Textarea
          label={t('referenceProposals.decide.note')}
          autosize
          minRows={2}
          maxLength={1000}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldError(decide.error, 'note')}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color={accept ? undefined : 'red.8'} loading={decide.isPending}>
            {accept ? t('referenceProposals.list.accept') : t('referenceProposals.list.reject')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The form mounts each time the modal opens, so its note and error start fresh. */
export function DecideProposalDialog({
  target,
  onClose,
}: {
  target: DecisionTarget | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const entry = target ? proposalEntry(target.proposal) : '';
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={
        target?.decision === 'reject'
          ? t('referenceProposals.decide.rejectTitle', { entry })
          : t('referenceProposals.decide.acceptTitle', { entry })
      }
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {target && <DecideProposalForm target={target} onClose={onClose} />}
    </Modal>
  );
}
