// Pre-export notification and party queries, their cache keys, and the workflow actions (with version).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { components } from '../../api/schema.gen';

type Schemas = components['schemas'];
export type Notification = Schemas['ExportNotification'];
export type NotificationSummary = Schemas['ExportNotificationSummary'];
export type NotificationStatus = Notification['status'];
export type NotificationAction = Notification['actions'][number];
export type Party = Schemas['Party'];
export type Box = 'inbox' | 'outbox';
export type StatusFilter = NotificationStatus | '';

export const NOTIFICATION_STATUSES: readonly NotificationStatus[] = [
  'draft',
  'sent',
  'acknowledged',
  'cleared',
  'objected',
  'shipped',
  'stopped',
  'expired',
];
export const NOTIFICATIONS_KEY = ['notifications'] as const;
export const PARTIES_KEY = ['parties'] as const;

export type CountryFilter = 'MX' | 'US' | 'CA' | '';
export const COUNTRY_CODES = ['MX', 'US', 'CA'] as const;

export interface ListFilters {
  box: Box;
  status: StatusFilter;
  overdue: boolean;
  country: CountryFilter;
  substance: string;
  dispatchFrom: string;
  dispatchTo: string;
}

/** Only the filters that are set, as the API's query (the CSV export takes the same). */
function listQuery({ box, status, overdue, country, substance, dispatchFrom, dispatchTo }: ListFilters) {
  const text = substance.trim();
  return {
    box,
    ...(status ? { status } : {}),
    ...(overdue ? { overdue: 'true' as const } : {}),
    ...(country ? { country } : {}),
    ...(text ? { substance: text } : {}),
    ...(dispatchFrom ? { dispatchFrom } : {}),
    ...(dispatchTo ? { dispatchTo } : {}),
  };
}

/** The CSV export of the same filtered list, for a plain download link. */
export function exportCsvUrl(filters: ListFilters): string {
  const params = new URLSearchParams(Object.entries(listQuery(filters)));
  return `/api/v1/notifications/export.csv?${params.toString()}`;
}

export function useNotificationList(filters: ListFilters) {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'list', filters],
    placeholderData: keepPreviousData,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/notifications', { params: { query: { limit: 100, ...listQuery(filters) } } }),
      ).items,
  });
}

export function useNotification(id: string) {
  return useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'detail', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/notifications/{id}', { params: { path: { id } } })),
  });
}

export function useParties() {
  return useQuery({
    queryKey: PARTIES_KEY,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/parties', { params: { query: { limit: 200 } } })).items,
  });
}

export type StatusAction = Exclude<NotificationAction, 'edit' | 'expire'>;

async function act(id: string, action: StatusAction, version: number, reason: string) {
  const path = { id };
  switch (action) {
    case 'send':
      return unwrap(
        await api.POST('/api/v1/notifications/{id}/send', { params: { path }, body: { version } }),
      );
    case 'acknowledge':
      return unwrap(
        await api.POST('/api/v1/notifications/{id}/acknowledge', { params: { path }, body: { version } }),
      );
    case 'clear':
      return unwrap(
        await api.POST('/api/v1/notifications/{id}/clear', { params: { path }, body: { version } }),
      );
    case 'ship':
      return unwrap(
        await api.POST('/api/v1/notifications/{id}/ship', { params: { path }, body: { version } }),
      );
    case 'stop':
      return unwrap(
        await api.POST('/api/v1/notifications/{id}/stop', { params: { path }, body: { version } }),
      );
    case 'object':
      return unwrap(
        await api.POST('/api/v1/notifications/{id}/object', { params: { path }, body: { version, reason } }),
      );
  }
}

export interface ActionInput {
  action: StatusAction;
  version: number;
  reason?: string;
}

/** One workflow action on the version shown; afterwards (even on a conflict) the notice is reloaded. */
export function useNotificationAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ action, version, reason }: ActionInput) => act(id, action, version, reason ?? ''),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export type Attachment = Notification['attachments'][number];
export type AttachmentKind = Attachment['kind'];
export const ATTACHMENT_KINDS: readonly AttachmentKind[] = [
  'invoice',
  'import_permit',
  'end_user_certificate',
  'export_licence',
  'other',
];
/** What the file picker offers; the server still decides by the file's first bytes. */
export const ATTACHMENT_ACCEPT = 'application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg';

/** Attach a file to a draft: the raw bytes, with its original name and kind in the query. */
export function useAttach(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ file, kind }: { file: File; kind: AttachmentKind }) =>
      unwrap(
        await api.POST('/api/v1/notifications/{id}/attachments', {
          params: { path: { id }, query: { kind, filename: file.name } },
          // The body is the file itself, not JSON.
          body: file as never,
          bodySerializer: (body: unknown) => body as Blob,
          headers: { 'Content-Type': file.type || 'application/octet-stream' },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}

export function useRemoveAttachment(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (attachmentId: string) =>
      unwrap(
        await api.DELETE('/api/v1/notifications/{id}/attachments/{attachmentId}', {
          params: { path: { id, attachmentId } },
        }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
}
