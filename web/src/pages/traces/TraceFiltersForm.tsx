// Filters of the trace list: status, requested date range, recovery state, make, caliber, indicator and sort.
import { Button, Group, NativeSelect, Paper, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
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

export function TraceFiltersForm({
  initial,
  onApply,
}: {
  initial: TraceFilters;
  onApply: (filters: TraceFilters) => void;
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
    key: 'requestedFrom' | 'requestedTo' | 'state' | 'make' | 'caliber',
    label: string,
    type?: string,
  ) => (
    <TextInput
      label={label}
      type={type}
      value={draft[key] ?? ''}
      onChange={(e) => set({ [key]: e.currentTarget.value })}
      w={170}
    />
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
        {text('state', t('traces.filterState'))}
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
