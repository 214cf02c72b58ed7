// Queries of multiple-sales reports and lost/stolen match notices.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { components } from '../../api/schema.gen';

export type MultipleSalesReport = components['schemas']['MultipleSalesReport'];
export type MatchNotice = components['schemas']['FirearmMatchNotice'];

export const MULTIPLE_SALES_KEY = ['multiple-sales'] as const;
export const MATCH_NOTICES_KEY = ['match-notices'] as const;

export function useMultipleSalesReports() {
  return useQuery({
    queryKey: [...MULTIPLE_SALES_KEY, 'list'],
    queryFn: async () => unwrap(await api.GET('/api/v1/firearms/multiple-sales')).items,
  });
}

export function useMatchNotices(unreadOnly: boolean) {
  return useQuery({
    queryKey: [...MATCH_NOTICES_KEY, 'list', unreadOnly],
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/firearms/match-notices', {
          params: { query: unreadOnly ? { unread: 'true' } : {} },
        }),
      ),
  });
}

export function useUnreadMatchNotices(enabled: boolean) {
  return useQuery({
    queryKey: [...MATCH_NOTICES_KEY, 'unread'],
    enabled,
    refetchInterval: 60_000,
    queryFn: async () => unwrap(await api.GET('/api/v1/firearms/match-notices/unread-count')).unread,
  });
}

export function useMarkNoticeRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.POST('/api/v1/firearms/match-notices/{id}/read', { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: MATCH_NOTICES_KEY }),
  });
}
