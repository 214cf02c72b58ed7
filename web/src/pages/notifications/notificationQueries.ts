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

export interface ListFilters {
  box: Box;
  status: StatusFilter;
  overdue: boolean;
}

function listQuery({ box, status, overdue }: ListFilters) {
  return { box, ...(status ? { status } : {}), ...(overdue ? { overdue: 'true' as const } : {}) };
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
