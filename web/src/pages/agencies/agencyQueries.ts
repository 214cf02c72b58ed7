// The agencies list, used by the agencies page and by every form that names agencies.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { AgencyKind, Country } from '../../api/types';

export const AGENCIES_KEY = ['agencies'] as const;
export const COUNTRIES: readonly Country[] = ['MX', 'US', 'CA'];
export const AGENCY_KINDS: readonly AgencyKind[] = [
  'prosecutor',
  'police',
  'customs',
  'regulator',
  'tracing_centre',
  'drug_enforcement',
  'record_holder',
  'secretariat',
];

export function useAgencies() {
  return useQuery({
    queryKey: AGENCIES_KEY,
    queryFn: async () => unwrap(await api.GET('/api/v1/agencies')).items,
  });
}
