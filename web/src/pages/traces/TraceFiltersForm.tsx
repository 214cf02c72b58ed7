// Filters of the trace list: status, requested and recovered date ranges, recovery country and state or province,
// make, caliber, indicator and sort. The server judges the filters; its field errors show at their fields.
import { Autocomplete, Button, Group, NativeSelect, Paper, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { regionsOf } from '../../../../core/firearms/regions';
import { fieldError } from '../../components/ProblemMessage';
import { RECOVERY_COUNTRIES } from './traceListSearch';
import {
  INDICATOR_CODES,
  TRACE_SORTS,
  TRACE_STATUSES,
  type IndicatorCode,
  type TraceFilters,
  type TraceSort,
  type TraceStatus,
} from './traceQueries';

const isStatus = (v: string): v is TraceStatus => (TRACE_STATUSES as readonly string[]).includes(v);
const isIndicator = (v: string): v is IndicatorCode => (INDICATOR_CODES as readonly string[]).includes(v);
const isSort = (v: string): v is TraceSort => (TRACE_SORTS as readonly string[]).includes(v);

/** Where the API reports a filter's error (the list's query string). */
export const filterField = (key: keyof TraceFilters) => `querystring.${key}`;

export function TraceFiltersForm({
  initial,
  onApply,
  error,
}: {
  initial: TraceFilters;
  onApply: (filters: TraceFilters) => void;
  /** The list's last error: a refused filter is shown at its field. */
  error: unknown;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<TraceFilters>(initial);
  const set = (patch: TraceFilters) => setDraft((d) => ({ ...d, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const reset = () => {
    setDraft({});
    onApply({});
  };
  const text = (
    key: 'requestedFrom' | 'requestedTo' | 'recoveredFrom' | 'recoveredTo' | 'make' | 'caliber',
    label: string,
    type?: string,
  ) => (
    <TextInput
      label={label}
      type={type}
      value={draft[key] ?? ''}
      onChange={(e) => set({ [key]: e.currentTarget.value })}
      error={fieldError(error, filterField(key))}
      w={170}
    />
  );
  // State names of the chosen country (all three when none), grouped by country: the field stays free text, and
  // the server matches a code or a name alike.
  const stateOptions = useMemo(
    () =>
      (draft.country ? [draft.country] : RECOVERY_COUNTRIES).map((country) => ({
        group: t(`countries.${country}`),
        items: regionsOf(country).map((r) => r.name),
      })),
    [draft.country, t],
  );

  return (
    <Paper withBorder p="md" radius="md" component="form" onSubmit={submit} aria-label={t('traces.filters')}>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label={t('traces.filterStatus')}
          value={draft.status ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            set({ status: isStatus(v) ? v : '' });
          }}
          data={[
            { value: '', label: t('traces.anyStatus') },
            ...TRACE_STATUSES.map((s) => ({ value: s, label: t(`traces.statuses.${s}`) })),
          ]}
          w={210}
        />
        {text('requestedFrom', t('traces.filterRequestedFrom'), 'date')}
        {text('requestedTo', t('traces.filterRequestedTo'), 'date')}
        {text('recoveredFrom', t('traces.filterRecoveredFrom'), 'date')}
        {text('recoveredTo', t('traces.filterRecoveredTo'), 'date')}
        <NativeSelect
          label={t('traces.filterCountry')}
          value={draft.country ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            set({ country: RECOVERY_COUNTRIES.find((c) => c === v) ?? '' });
          }}
          data={[
            { value: '', label: t('traces.anyCountry') },
            ...RECOVERY_COUNTRIES.map((c) => ({ value: c, label: t(`countries.${c}`) })),
          ]}
          error={fieldError(error, filterField('country'))}
          w={170}
        />
        <Autocomplete
          label={t('traces.filterState')}
          value={draft.state ?? ''}
          onChange={(value) => set({ state: value })}
          data={stateOptions}
          error={fieldError(error, filterField('state'))}
          limit={40}
          w={230}
        />
        {text('make', t('traces.filterMake'))}
        {text('caliber', t('traces.filterCaliber'))}
        <NativeSelect
          label={t('traces.filterIndicator')}
          value={draft.indicator ?? ''}
          onChange={(e) => {
            const v = e.currentTarget.value;
            set({ indicator: isIndicator(v) ? v : '' });
          }}
          data={[
            { value: '', label: t('traces.anyIndicator') },
            ...INDICATOR_CODES.map((c) => ({ value: c, label: t(`traces.indicatorNames.${c}`) })),
          ]}
          w={260}
        />
        <NativeSelect
          label={t('traces.sortBy')}
          value={draft.sort ?? 'created'}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (isSort(v)) set({ sort: v });
          }}
          data={TRACE_SORTS.map((s) => ({ value: s, label: t(`traces.sorts.${s}`) }))}
          w={240}
        />
        <Button type="submit">{t('traces.applyFilters')}</Button>
        <Button variant="default" onClick={reset}>
          {t('traces.clearFilters')}
        </Button>
      </Group>
    </Paper>
  );
}
