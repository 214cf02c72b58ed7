// Proposed additions to the firearm reference table: agencies that record firearms propose what the table lacks
// (the recovery form links here, pre-filled); reference curators accept or reject.
import { Stack } from '@mantine/core';
import { useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useAbility } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { ProposalForm } from './ProposalForm';
import { ProposalTable } from './ProposalTable';

export function ReferenceProposalsPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/reference-proposals' });
  // Only agencies that record firearms propose; a curator without that ability (the system admin) only decides.
  const mayPropose = useAbility('record_recoveries');
  return (
    <>
      <PageHeader title={t('referenceProposals.title')} intro={t('referenceProposals.intro')} />
      <Stack gap="xl">
        {/* Keyed by the query, so following another "propose" link while here starts the form afresh. */}
        {mayPropose && <ProposalForm key={JSON.stringify(search)} initial={search} />}
        <ProposalTable />
      </Stack>
    </>
  );
}
