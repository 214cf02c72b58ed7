// Filters of the lost and stolen list: lost or stolen, reported date range, make.
import { Button, Group, Paper, Select, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LostStolenFilters } from './lostStolenQueries';

export function LostStolenFiltersForm({ onApply }: { onApply: (filters: LostStolenFilters) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<LostStolenFilters>({});
  const set = (patch: LostStolenFilters) => setDraft((d) => ({ ...d, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const reset = () => {
    setDraft({});
    onApply({});
  };
  const text = (key: 'reportedFrom' | 'reportedTo' | 'make', label: string, type?: string) => (
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
      aria-label={t('lostStolen.list.filters')}
    >
      <Group align="flex-end" gap="sm" wrap="wrap">
        <Select
          label={t('lostStolen.list.kind')}
          placeholder={t('lostStolen.list.anyKind')}
          data={(['stolen', 'lost'] as const).map((kind) => ({
            value: kind,
            label: t(`lostStolen.kinds.${kind}`),
          }))}
          value={draft.kind ?? null}
          onChange={(kind) => set({ kind: (kind ?? undefined) as LostStolenFilters['kind'] })}
          clearable
          w={180}
        />
        {text('reportedFrom', t('lostStolen.list.from'), 'date')}
        {text('reportedTo', t('lostStolen.list.to'), 'date')}
        {text('make', t('lostStolen.list.make'))}
        <Button type="submit">{t('lostStolen.list.apply')}</Button>
        <Button variant="default" onClick={reset}>
          {t('lostStolen.list.reset')}
        </Button>
      </Group>
    </Paper>
  );
}
