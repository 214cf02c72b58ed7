// Filters of the recoveries list: recovery date range, country and state, make, caliber, type.
import { Button, Group, Paper, Select, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FirearmType } from '../../api/types';
import type { RecoveryFilters } from './firearmQueries';
import { FIREARM_TYPES } from './recoveryForm';

const COUNTRIES = ['MX', 'US', 'CA'] as const;

export function RecoveryFiltersForm({ onApply }: { onApply: (filters: RecoveryFilters) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<RecoveryFilters>({});
  const set = (patch: RecoveryFilters) => setDraft((d) => ({ ...d, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const reset = () => {
    setDraft({});
    onApply({});
  };
  const text = (
    key: 'recoveredFrom' | 'recoveredTo' | 'state' | 'make' | 'caliber',
    label: string,
    type?: string,
  ) => (
    <TextInput
      label={label}
      type={type}
      value={draft[key] ?? ''}
      onChange={(e) => set({ [key]: e.currentTarget.value })}
      w={180}
    />
  );

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="form"
      onSubmit={submit}
      aria-label={t('recoveries.filters')}
    >
      <Group align="flex-end" gap="sm" wrap="wrap">
        {text('recoveredFrom', t('recoveries.from'), 'date')}
        {text('recoveredTo', t('recoveries.to'), 'date')}
        <Select
          label={t('recoveries.country')}
          placeholder={t('recoveries.anyCountry')}
          data={COUNTRIES.map((c) => ({ value: c, label: t(`countries.${c}`) }))}
          value={draft.country ?? null}
          onChange={(c) => set({ country: c ?? '' })}
          clearable
          w={180}
        />
        {text('state', t('recoveries.state'))}
        {text('make', t('recoveries.make'))}
        {text('caliber', t('recoveries.caliber'))}
        <Select
          label={t('recoveries.type')}
          placeholder={t('recoveries.anyType')}
          data={FIREARM_TYPES.map((code) => ({
            value: code,
            label: `${code} · ${t(`firearmTypes.${code}`)}`,
          }))}
          value={draft.type ?? null}
          onChange={(type) => set({ type: (type ?? undefined) as FirearmType | undefined })}
          clearable
          w={180}
        />
        <Button type="submit">{t('recoveries.apply')}</Button>
        <Button variant="default" onClick={reset}>
          {t('recoveries.reset')}
        </Button>
      </Group>
    </Paper>
  );
}
