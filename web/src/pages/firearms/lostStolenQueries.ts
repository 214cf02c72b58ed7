// Lost/stolen report queries: the filtered list by cursor, one report, and filing one.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { LostStolenReportInput } from '../../api/types';
import { activeFilters } from './firearmQueries';

export const LOST_STOLEN_KEY = ['lost-stolen'] as const;

export interface LostStolenFilters {
  kind?: 'lost' | 'stolen';
  reportedFrom?: string;
  reportedTo?: string;
  make?: string;
}

export function useLostStolenPages(filters: LostStolenFilters) {
  return useInfiniteQuery({
    queryKey: [...LOST_STOLEN_KEY, 'list', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/api/v1/lost-stolen', {
          params: {
            query: {
              limit: 25,
              ...activeFilters(filters),
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useLostStolenReport(id: string) {
  return useQuery({
    queryKey: [...LOST_STOLEN_KEY, 'detail', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/lost-stolen/{id}', { params: { path: { id } } })),
  });
}

export function useReportLostStolen() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: LostStolenReportInput) =>
      unwrap(await api.POST('/api/v1/lost-stolen', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: LOST_STOLEN_KEY }),
  });
}
