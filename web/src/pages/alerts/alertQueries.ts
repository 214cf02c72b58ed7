// Alert queries and their cache keys, shared by the list, the detail, the publish form and the badge.
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { UNREAD_COUNT_KEY } from './UnreadAlertsBadge';

export const ALERTS_KEY = ['alerts'] as const;

export function useAlertPages(q: string) {
  return useInfiniteQuery({
    queryKey: [...ALERTS_KEY, 'list', q],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/api/v1/alerts', {
          params: { query: { limit: 25, ...(q ? { q } : {}), ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

/** Opening an alert marks it read on the server, so the badge and the list are refreshed afterwards. */
export function useAlert(id: string) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: [...ALERTS_KEY, 'detail', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/alerts/{id}', { params: { path: { id } } })),
  });
  const loaded = query.isSuccess;
  useEffect(() => {
    if (!loaded) return;
    void queryClient.invalidateQueries({ queryKey: UNREAD_COUNT_KEY });
    void queryClient.invalidateQueries({ queryKey: [...ALERTS_KEY, 'list'] });
  }, [loaded, queryClient]);
  return query;
}

export function useSharingGroups() {
  return useQuery({
    queryKey: ['sharing-groups'],
    queryFn: async () => unwrap(await api.GET('/api/v1/sharing-groups')).items,
  });
}
