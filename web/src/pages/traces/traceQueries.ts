// Trace queries and commands: request, read, list (with filters and CSV export), the tracing centre's queue and
// candidate confirmation.
import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { components, paths } from '../../api/schema.gen';

type Schemas = components['schemas'];
export type Trace = Schemas['Trace'];
export type TraceListItem = Schemas['TraceListItem'];
export type TraceSummary = Schemas['TraceSummary'];
export type TraceResult = Schemas['TraceResult'];
export type TraceStatus = Trace['status'];
export type TraceHop = Schemas['TraceHop'];
type ListQuery = NonNullable<paths['/api/v1/traces']['get']['parameters']['query']>;
export type TraceSort = NonNullable<ListQuery['sort']>;
export type IndicatorCode = NonNullable<ListQuery['indicator']>;
export type TraceRecoveryCountry = NonNullable<ListQuery['country']>;
export type RequestTraceBody = paths['/api/v1/traces']['post']['requestBody']['content']['application/json'];

export const TRACES_KEY = ['traces'] as const;

export const TRACE_STATUSES: readonly TraceStatus[] = [
  'submitted',
  'in_progress',
  'awaiting_record_holder',
  'completed',
  'not_traceable',
];
export const TRACE_SORTS: readonly TraceSort[] = ['created', 'status', 'ttc'];
export const INDICATOR_CODES: readonly IndicatorCode[] = [
  'short_ttc',
  'purchaser_not_possessor',
  'purchaser_multiple_traces',
  'dealer_short_ttc_traces',
  'multiple_sales_report',
  'border_state_to_mexico',
  'obliterated_serial',
];

export interface TraceFilters {
  status?: TraceStatus | '';
  requestedFrom?: string;
  requestedTo?: string;
  recoveredFrom?: string;
  recoveredTo?: string;
  country?: TraceRecoveryCountry | '';
  state?: string;
  make?: string;
  caliber?: string;
  indicator?: IndicatorCode | '';
  sort?: TraceSort;
  recoveryId?: string;
}

/** Only the filters that are set, as the API's query parameters (also used for the CSV export link). */
export function activeTraceFilters(filters: TraceFilters): Omit<ListQuery, 'limit' | 'cursor'> {
  const query: Omit<ListQuery, 'limit' | 'cursor'> = {};
  if (filters.status) query.status = filters.status;
  if (filters.requestedFrom) query.requestedFrom = filters.requestedFrom;
  if (filters.requestedTo) query.requestedTo = filters.requestedTo;
  if (filters.recoveredFrom) query.recoveredFrom = filters.recoveredFrom;
  if (filters.recoveredTo) query.recoveredTo = filters.recoveredTo;
  if (filters.country) query.country = filters.country;
  if (filters.state?.trim()) query.state = filters.state.trim();
  if (filters.make?.trim()) query.make = filters.make.trim();
  if (filters.caliber?.trim()) query.caliber = filters.caliber.trim();
  if (filters.indicator) query.indicator = filters.indicator;
  if (filters.sort && filters.sort !== 'created') query.sort = filters.sort;
  if (filters.recoveryId) query.recoveryId = filters.recoveryId;
  return query;
}

export function traceExportUrl(filters: TraceFilters): string {
  const params = new URLSearchParams(
    Object.entries(activeTraceFilters(filters)).map(([k, v]) => [k, String(v)]),
  );
  return `/api/v1/traces/export.csv?${params.toString()}`;
}

export function useTracePages(filters: TraceFilters) {
  return useInfiniteQuery({
    queryKey: [...TRACES_KEY, 'list', filters],
    placeholderData: keepPreviousData,
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/api/v1/traces', {
          params: {
            query: {
              limit: 25,
              ...activeTraceFilters(filters),
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useTrace(id: string) {
  return useQuery({
    queryKey: [...TRACES_KEY, 'detail', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/traces/{id}', { params: { path: { id } } })),
  });
}

export function useRequestTrace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: RequestTraceBody) => unwrap(await api.POST('/api/v1/traces', { body })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: TRACES_KEY }),
  });
}

export function useConfirmCandidate(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (serial: string) =>
      unwrap(
        await api.POST('/api/v1/traces/{id}/confirm-candidate', {
          params: { path: { id } },
          body: { serial },
        }),
      ),
    onSuccess: (trace) => queryClient.setQueryData([...TRACES_KEY, 'detail', id], trace),
    onSettled: () => queryClient.invalidateQueries({ queryKey: TRACES_KEY }),
  });
}

export type CloseTraceBody = NonNullable<
  paths['/api/v1/traces/{id}/close']['post']['requestBody']
>['content']['application/json'];

export function useCloseTrace(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CloseTraceBody) =>
      unwrap(await api.POST('/api/v1/traces/{id}/close', { params: { path: { id } }, body })),
    onSuccess: (trace) => queryClient.setQueryData([...TRACES_KEY, 'detail', id], trace),
    onSettled: () => queryClient.invalidateQueries({ queryKey: TRACES_KEY }),
  });
}
