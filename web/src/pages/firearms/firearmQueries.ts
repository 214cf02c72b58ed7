// Recovered-firearm queries, the reference table's autocomplete lists and the live description check.
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { FirearmType } from '../../api/types';

export const RECOVERIES_KEY = ['recoveries'] as const;

export interface RecoveryFilters {
  recoveredFrom?: string;
  recoveredTo?: string;
  country?: string;
  state?: string;
  make?: string;
  caliber?: string;
  type?: FirearmType;
}

/** Only the filters that are set, as the API's query parameters (also used for the CSV export link). */
export function activeFilters<Filters extends object>(filters: Filters): Partial<Filters> {
  return Object.fromEntries(
    Object.entries(filters).filter(([, v]) => typeof v === 'string' && v.trim() !== ''),
  ) as Partial<Filters>;
}

export function useRecoveryPages(filters: RecoveryFilters) {
  return useInfiniteQuery({
    queryKey: [...RECOVERIES_KEY, 'list', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.GET('/api/v1/recoveries', {
          params: {
            query: { limit: 25, ...activeFilters(filters), ...(pageParam ? { cursor: pageParam } : {}) },
          },
        }),
      ),
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useRecovery(id: string) {
  return useQuery({
    queryKey: [...RECOVERIES_KEY, 'detail', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/recoveries/{id}', { params: { path: { id } } })),
  });
}

const reference = { staleTime: 5 * 60_000, placeholderData: keepPreviousData } as const;

export function useMakes(q: string) {
  return useQuery({
    queryKey: ['firearms-reference', 'makes', q],
    ...reference,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/firearms/reference/makes', { params: { query: { q, limit: 10 } } }))
        .items,
  });
}

export function useModels(make: string, q: string) {
  return useQuery({
    queryKey: ['firearms-reference', 'models', make, q],
    enabled: make.trim() !== '',
    ...reference,
    queryFn: async () =>
      unwrap(
        await api.GET('/api/v1/firearms/reference/models', { params: { query: { make, q, limit: 10 } } }),
      ).items,
  });
}

export function useCalibers(q: string) {
  return useQuery({
    queryKey: ['firearms-reference', 'calibers', q],
    ...reference,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/firearms/reference/calibers', { params: { query: { q, limit: 10 } } }))
        .items,
  });
}

export interface DescriptionInput {
  make: string;
  model: string;
  caliber: string;
  type: string;
  countryOfManufacture: string;
  /** Only for a recovered gun (its markings): then a missing country and importer is warned about. */
  importer?: string;
}

/** Warnings about the description as typed (the caller debounces), localised by the server. */
export function useDescriptionCheck(description: DescriptionInput) {
  const started = Object.values(description).some((v) => v !== undefined && v.trim() !== '');
  return useQuery({
    queryKey: ['firearms-reference', 'check', description],
    enabled: started,
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const orNull = (v: string) => (v.trim() ? v.trim() : null);
      return unwrap(
        await api.POST('/api/v1/firearms/description-check', {
          body: {
            make: orNull(description.make),
            model: orNull(description.model),
            caliber: orNull(description.caliber),
            type: orNull(description.type),
            countryOfManufacture: orNull(description.countryOfManufacture),
            ...(description.importer === undefined ? {} : { importer: orNull(description.importer) }),
          },
        }),
      );
    },
  });
}
