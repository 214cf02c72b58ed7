// Manifest screening and watch-list requests. The manifest goes up as the file's own bytes (CSV or XLSX),
// never re-encoded: the server reads the encoding and the format from them.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { components, paths } from '../../api/schema.gen';
import { uploadWithProgress, type UploadProgress } from '../../api/uploadWithProgress';

export type ManifestReport = components['schemas']['ManifestReport'];
export type ManifestLine = ManifestReport['lines'][number];
export type LineStatus = ManifestLine['status'];
export type WatchEntry = components['schemas']['WatchListEntry'];
export type WatchKind = WatchEntry['kind'];

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const contentTypeOf = (file: File) =>
  /\.xlsx$/i.test(file.name) || file.type === XLSX ? XLSX : 'text/csv';

const queryOf = (file: File, format: 'json' | 'csv', record: boolean) => ({
  format,
  record: record ? ('true' as const) : ('false' as const),
  fileName: file.name.slice(0, 300),
});

async function post(file: File, format: 'json' | 'csv', record: boolean) {
  return api.POST('/api/v1/manifests/screen', {
    params: { query: queryOf(file, format, record) },
    body: file as never,
    bodySerializer: (body: unknown) => body as Blob,
    headers: { 'Content-Type': contentTypeOf(file) },
    parseAs: format === 'csv' ? 'text' : 'json',
  });
}

export function useScreenManifest() {
  return useMutation({
    mutationFn: async ({
      file,
      record,
      onProgress,
    }: {
      file: File;
      record: boolean;
      onProgress: (progress: UploadProgress) => void;
    }) =>
      uploadWithProgress<ManifestReport>(
        `${'/api/v1/manifests/screen' satisfies keyof paths}?${new URLSearchParams(queryOf(file, 'json', record))}`,
        file,
        contentTypeOf(file),
        onProgress,
      ),
  });
}

/** The same manifest as a CSV report (not added to the history again). */
export async function csvReportOf(file: File): Promise<string> {
  return unwrap(await post(file, 'csv', false)) as unknown as string;
}

const WATCH_KEY = ['watch-list'];

export function useWatchList() {
  return useQuery({ queryKey: WATCH_KEY, queryFn: async () => unwrap(await api.GET('/api/v1/watch-list')) });
}

export function useAddWatchEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { kind: WatchKind; name: string; identifier: string | null; reason: string }) =>
      unwrap(await api.POST('/api/v1/watch-list', { body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: WATCH_KEY }),
  });
}

export function useRemoveWatchEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, reason }: { id: string; reason: string }) =>
      unwrap(
        await api.POST('/api/v1/watch-list/{id}/remove', { params: { path: { id } }, body: { reason } }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: WATCH_KEY }),
  });
}
