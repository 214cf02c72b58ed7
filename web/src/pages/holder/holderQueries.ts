// The record holder's side of tracing: its inbox of hops, answers, the log of look-ups into its records and the
// upload of its A&D records.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { uploadWithProgress, type UploadProgress } from '../../api/uploadWithProgress';
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

/** The caller's record-holder licences; `enabled` false for users of other agencies (the API refuses them). */
export function useHolderLicences(enabled = true) {
  return useQuery({
    queryKey: [...HOLDER_KEY, 'licences'],
    queryFn: async () => unwrap(await api.GET('/api/v1/holder/licences')).items,
    enabled,
    staleTime: Infinity,
  });
}

/** A licence as the forms list it: its number, then the holder's name. */
export type HolderLicence = Schemas['HolderLicences']['items'][number];
export const licenceOption = (l: HolderLicence) => ({ value: l.licence, label: `${l.licence} · ${l.name}` });

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
    mutationFn: async ({
      file,
      licence,
      onProgress,
    }: {
      file: File;
      licence: string;
      onProgress: (progress: UploadProgress) => void;
    }) => {
      const query = licence.trim() ? `?${new URLSearchParams({ licence: licence.trim() })}` : '';
      // The body is the CSV file itself, not JSON: the server detects its encoding from the bytes.
      return uploadWithProgress<AdImportResult>(
        `${'/api/v1/holder/ad-records/import' satisfies keyof paths}${query}`,
        file,
        'text/csv',
        onProgress,
      );
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: HOLDER_KEY }),
  });
}
