// The record holder's side of tracing: its inbox of hops, answers, the log of look-ups into its records and the
// upload of its A&D records.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { components, paths } from '../../api/schema.gen';

type Schemas = components['schemas'];
export type HolderHop = Schemas['HolderHop'];
export type LookupEntry = Schemas['HolderLookups']['items'][number];
export type AdImportResult = Schemas['AdImportResult'];
export type HopAnswer =
  paths['/api/v1/holder/hops/{id}/answer']['post']['requestBody']['content']['application/json'];

export const HOLDER_KEY = ['holder'] as const;

export function useHolderInbox() {
  return useQuery({
    queryKey: [...HOLDER_KEY, 'inbox'],
    queryFn: async () => unwrap(await api.GET('/api/v1/holder/inbox')).items,
  });
}

export function useHolderLookups() {
  return useQuery({
    queryKey: [...HOLDER_KEY, 'lookups'],
    queryFn: async () => unwrap(await api.GET('/api/v1/holder/lookups')).items,
  });
}

export function useAnswerHop(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (answer: HopAnswer) =>
      unwrap(await api.POST('/api/v1/holder/hops/{id}/answer', { params: { path: { id } }, body: answer })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: HOLDER_KEY }),
  });
}

export function useImportAdRecords() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, licence }: { file: File; licence: string }) =>
      unwrap(
        await api.POST('/api/v1/holder/ad-records/import', {
          params: { query: licence.trim() ? { licence: licence.trim() } : {} },
          // The body is the CSV file itself, not JSON: the server detects its encoding from the bytes.
          body: file as never,
          bodySerializer: (body: unknown) => body as Blob,
          headers: { 'Content-Type': 'text/csv' },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: HOLDER_KEY }),
  });
}
