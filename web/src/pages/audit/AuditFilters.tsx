// The audit filter form; applying it replaces the table's query (and the CSV link's).
import { Button, Group, Paper, Select, SimpleGrid, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgencies } from '../agencies/agencyQueries';
import { EMPTY_AUDIT_FILTERS, type AuditFilterForm } from './auditFilters';

export function AuditFilters({ onApply }: { onApply: (filters: AuditFilterForm) => void }) {
  const { t } = useTranslation();
  const agencies = useAgencies();
  const [form, setForm] = useState<AuditFilterForm>(EMPTY_AUDIT_FILTERS);
  const set = <K extends keyof AuditFilterForm>(key: K, value: AuditFilterForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(form);
  };
  const clear = () => {
    setForm(EMPTY_AUDIT_FILTERS);
    onApply(EMPTY_AUDIT_FILTERS);
  };

  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      mb="md"
      component="form"
      onSubmit={submit}
      aria-labelledby="audit-filters"
    >
      <Title order={2} size="h5" id="audit-filters" mb="sm">
        {t('audit.filters')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <TextInput
          label={t('audit.action')}
          placeholder="alert.create"
          value={form.action}
          onChange={(e) => set('action', e.currentTarget.value)}
        />
        <TextInput
          label={t('audit.actorEmail')}
          type="email"
          value={form.actorEmail}
          onChange={(e) => set('actorEmail', e.currentTarget.value)}
        />
        <TextInput
          label={t('audit.recordType')}
          placeholder="alert"
          value={form.recordType}
          onChange={(e) => set('recordType', e.currentTarget.value)}
        />
        <TextInput
          label={t('audit.recordId')}
          value={form.recordId}
          onChange={(e) => set('recordId', e.currentTarget.value)}
        />
        <Select
          label={t('audit.agency')}
          placeholder={t('audit.anyAgency')}
          clearable
          searchable
          data={(agencies.data ?? []).map((a) => ({ value: a.id, label: `${a.code} · ${a.name}` }))}
          value={form.agencyId}
          onChange={(v) => set('agencyId', v)}
        />
        <TextInput
          label={t('audit.from')}
          type="date"
          value={form.fromDate}
          onChange={(e) => set('fromDate', e.currentTarget.value)}
        />
        <TextInput
          label={t('audit.to')}
          type="date"
          value={form.toDate}
          onChange={(e) => set('toDate', e.currentTarget.value)}
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={clear}>
          {t('audit.reset')}
        </Button>
        <Button type="submit">{t('audit.apply')}</Button>
      </Group>
    </Paper>
  );
}
