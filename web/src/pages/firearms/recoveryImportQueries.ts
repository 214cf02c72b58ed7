// The upload of a CSV batch of recovered firearms: the file as the body (the server detects its encoding from the
// bytes), the sharing of every row as query parameters, progress reported as the bytes go out.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components, paths } from '../../api/schema.gen';
import { uploadWithProgress, type UploadProgress } from '../../api/uploadWithProgress';
import type { Sharing } from '../../components/SharingControls';
import { RECOVERIES_KEY } from './firearmQueries';

export type RecoveryImportResult = components['schemas']['RecoveryImportResult'];

/** The import's query parameters: the sharing group only when distributing to a group. */
export function importQuery(sharing: Sharing): string {
  const query = new URLSearchParams({
    distribution: sharing.distribution,
    tlp: sharing.tlp,
    discoverable: String(sharing.discoverable),
  });
  if (sharing.distribution === 'group' && sharing.sharingGroupId)
    query.set('sharingGroupId', sharing.sharingGroupId);
  return query.toString();
}

export function useImportRecoveries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      file,
      sharing,
      onProgress,
    }: {
      file: File;
      sharing: Sharing;
      onProgress: (progress: UploadProgress) => void;
    }) =>
      uploadWithProgress<RecoveryImportResult>(
        `${'/api/v1/recoveries/import' satisfies keyof paths}?${importQuery(sharing)}`,
        file,
        'text/csv',
        onProgress,
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: RECOVERIES_KEY }),
  });
}
