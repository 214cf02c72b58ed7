// Proposed additions to the firearm reference table: the list, proposing one, deciding one.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { ReferenceProposalStatus } from '../../api/types';
import { proposalBody, type ProposalForm } from './proposalForm';

export const PROPOSALS_KEY = ['reference-proposals'] as const;

export function useReferenceProposals(status: ReferenceProposalStatus | null) {
  return useQuery({
    queryKey: [...PROPOSALS_KEY, status],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/firearms/reference/proposals', {
          params: { query: status ? { status } : {} },
        }),
      ).items,
  });
}

export function usePropose() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (form: ProposalForm) =>
      unwrap(await api.POST('/api/v1/firearms/reference/proposals', { body: proposalBody(form) })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: PROPOSALS_KEY }),
  });
}

export type ProposalDecision = 'accept' | 'reject';

export function useDecideProposal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, decision, note }: { id: string; decision: ProposalDecision; note: string }) =>
      unwrap(
        await api.POST('/api/v1/firearms/reference/proposals/{id}/decision', {
          params: { path: { id } },
          body: note.trim() ? { decision, note: note.trim() } : { decision },
        }),
      ),
    onSuccess: (_proposal, { decision }) => {
      void queryClient.invalidateQueries({ queryKey: PROPOSALS_KEY });
      // An accepted entry is in the table at once: drop the cached autocomplete lists and description checks.
      if (decision === 'accept') void queryClient.invalidateQueries({ queryKey: ['firearms-reference'] });
    },
  });
}
