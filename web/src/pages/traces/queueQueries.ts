// The tracing centre's queue, page by page (keyset cursor): urgent first, then by the deadline that comes first.
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { components } from '../../api/schema.gen';

export type QueuedTrace = components['schemas']['QueuedTrace'];

export function useTraceQueue() {
  return useInfiniteQuery({
    queryKey: ['traces', 'queue'],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/api/v1/traces/queue', {
          params: { query: { limit: 100, ...(pageParam ? { cursor: pageParam } : {}) } },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
