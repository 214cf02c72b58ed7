// Chemical registry queries and their cache keys, shared by the list, the detail and the regulators' forms.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';

export const CHEMICALS_KEY = ['chemicals'] as const;

export function useChemicalSearch(q: string) {
  return useQuery({
    queryKey: [...CHEMICALS_KEY, 'list', q],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/chemicals', { params: { query: { limit: 100, ...(q ? { q } : {}) } } }))
        .items,
  });
}

export function useChemical(id: string) {
  return useQuery({
    queryKey: [...CHEMICALS_KEY, 'detail', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/chemicals/{id}', { params: { path: { id } } })),
  });
}
