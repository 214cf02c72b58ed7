// The proposals this user may see (their agency's, or all for a curator), newest first, filtered by status.
// Curators accept or reject pending ones from here.
import { Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceProposal, ReferenceProposalStatus } from '../../api/types';
import { useFormatDateTime } from '../../app/formatting';
import { useAbility } from '../../app/session';
import { ProblemMessage } from '../../components/ProblemMessage';
import { StatusBadge, type Tone } from '../../components/StatusBadge';
import { DecideProposalDialog, type DecisionTarget } from './DecideProposalDialog';
import { proposalEntry } from './proposalForm';
import { useReferenceProposals } from './proposalQueries';

const STATUSES: readonly ReferenceProposalStatus[] = ['pending', 'accepted', 'rejected'];
const TONES: Record<ReferenceProposalStatus, Tone> = {
  pending: 'pending',
  accepted: 'positive',
  rejected: 'negative',
};

function EntryCell({ proposal: p }: { proposal: ReferenceProposal }) {
  const { t } = useTranslation();
  const details: string[] = [];
  const list = (items: readonly string[]) => items.join(', ');
  if (p.aliases.length) details.push(t('referenceProposals.list.aliases', { list: list(p.aliases) }));
  if (p.types.length) {
    const types = p.types.map((code) => `${code} · ${t(`firearmTypes.${code}`)}`);
    details.push(t('referenceProposals.list.types', { list: list(types) }));
  }
  if (p.calibers.length) {
    details.push(t('referenceProposals.list.calibers', { list: list(p.calibers.map((c) => c.name)) }));
  }
  if (p.countries.length) details.push(t('referenceProposals.list.countries', { list: list(p.countries) }));
  if (p.note) details.push(t('referenceProposals.list.note', { note: p.note }));
  return (
    <>
      <Text size="xs" c="dimmed">
        {t(`referenceProposals.kinds.${p.kind}`)}
      </Text>
      <Text size="sm" fw={600}>
        {proposalEntry(p)}
      </Text>
      {details.map((line) => (
        <Text key={line} size="xs" c="dimmed" className="preserve-lines">
          {line}
        </Text>
      ))}
    </>
  );
}

export function ProposalTable() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const curator = useAbility('manage_reference');
  const [status, setStatus] = useState<ReferenceProposalStatus | null>(null);
  const [deciding, setDeciding] = useState<DecisionTarget | null>(null);
  const proposals = useReferenceProposals(status);
  const items = proposals.data ?? [];

  return (
    <Stack gap="md" component="section" aria-labelledby="proposals-title">
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h4" id="proposals-title">
          {t('referenceProposals.list.title')}
        </Title>
        <Select
          label={t('referenceProposals.list.status')}
          data={[
            { value: 'all', label: t('referenceProposals.list.all') },
            ...STATUSES.map((s) => ({ value: s, label: t(`referenceProposals.statuses.${s}`) })),
          ]}
          value={status ?? 'all'}
          onChange={(v) => setStatus(STATUSES.find((s) => s === v) ?? null)}
          allowDeselect={false}
          w={220}
        />
      </Group>
      <ProblemMessage error={proposals.error} />
      <Paper withBorder radius="md">
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="sm" aria-busy={proposals.isFetching} data-testid="reference-proposals">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('referenceProposals.list.columnEntry')}</Table.Th>
                <Table.Th scope="col">{t('referenceProposals.list.columnProposedBy')}</Table.Th>
                <Table.Th scope="col">{t('referenceProposals.list.columnDate')}</Table.Th>
                <Table.Th scope="col">{t('referenceProposals.list.columnStatus')}</Table.Th>
                <Table.Th scope="col">{t('referenceProposals.list.columnDecision')}</Table.Th>
                {curator && <Table.Th scope="col">{t('common.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td maw={340}>
                    <EntryCell proposal={p} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{p.proposedBy.agencyCode}</Text>
                    <Text size="xs" c="dimmed">
                      {p.proposedBy.agencyName}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(p.createdAt)}</Table.Td>
                  <Table.Td>
                    <StatusBadge tone={TONES[p.status]}>
                      {t(`referenceProposals.statuses.${p.status}`)}
                    </StatusBadge>
                  </Table.Td>
                  <Table.Td maw={280}>
                    <Text size="sm" className="preserve-lines">
                      {p.decisionNote ?? ''}
                    </Text>
                  </Table.Td>
                  {curator && (
                    <Table.Td>
                      {p.status === 'pending' && (
                        <Group gap="xs" wrap="nowrap">
                          <Button
                            size="xs"
                            aria-label={t('referenceProposals.decide.acceptTitle', {
                              entry: proposalEntry(p),
                            })}
                            onClick={() => setDeciding({ proposal: p, decision: 'accept' })}
                          >
                            {t('referenceProposals.list.accept')}
                          </Button>
                          <Button
                            size="xs"
                            variant="default"
                            aria-label={t('referenceProposals.decide.rejectTitle', {
                              entry: proposalEntry(p),
                            })}
                            onClick={() => setDeciding({ proposal: p, decision: 'reject' })}
                          >
                            {t('referenceProposals.list.reject')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {proposals.isSuccess && items.length === 0 && (
          <Text c="dimmed" p="md">
            {t('referenceProposals.list.empty')}
          </Text>
        )}
      </Paper>
      <DecideProposalDialog target={deciding} onClose={() => setDeciding(null)} />
    </Stack>
  );
}
