// Accept or reject one pending proposal, with an optional note to the agency that proposed it.
import { Modal, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceProposal } from '../../api/types';
import { DecisionNoteForm } from '../../components/DecisionNoteForm';
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
  return (
    <DecisionNoteForm
      intro={
        <Text size="sm">
          {accept ? t('referenceProposals.decide.acceptHelp') : t('referenceProposals.decide.rejectHelp')}
        </Text>
      }
      noteLabel={t('referenceProposals.decide.note')}
      noteMaxLength={1000}
      note={note}
      onNote={setNote}
      error={decide.error}
      pending={decide.isPending}
      confirmLabel={accept ? t('referenceProposals.list.accept') : t('referenceProposals.list.reject')}
      negative={!accept}
      onSubmit={() =>
        decide.mutate({ id: target.proposal.id, decision: target.decision, note }, { onSuccess: onClose })
      }
      onCancel={onClose}
    />
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
