// Regulators add a chemical to the registry, with its source; the server audits it and draws its structure.
import { Button, Group, Paper, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { PageHeader } from '../../components/PageHeader';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';
import { CHEMICALS_KEY } from './chemicalQueries';

const FIELDS = ['name', 'synonyms', 'cas', 'formula', 'smiles', 'source'] as const;
type Field = (typeof FIELDS)[number];

export function AddChemicalPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<Record<Field, string>>({
    name: '',
    synonyms: '',
    cas: '',
    formula: '',
    smiles: '',
    source: '',
  });
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  const add = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.POST('/api/v1/chemicals', {
          body: {
            name: form.name.trim(),
            source: form.source.trim(),
            synonyms: form.synonyms
              .split('\n')
              .map((s) => s.trim())
              .filter(Boolean),
            cas: optional(form.cas),
            formula: optional(form.formula),
            smiles: optional(form.smiles),
          },
        }),
      ),
    onSuccess: (chemical) => {
      void queryClient.invalidateQueries({ queryKey: CHEMICALS_KEY });
      void navigate({ to: '/chemicals/$chemicalId', params: { chemicalId: chemical.id } });
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  const input = (field: Field, required = false) => ({
    label: t(`addChemical.${field}`),
    required,
    value: form[field],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setForm((f) => ({ ...f, [field]: value }));
    },
    error: fieldError(add.error, field),
  });

  return (
    <>
      <PageHeader title={t('addChemical.title')} intro={t('addChemical.intro')} />
      <Paper withBorder p="lg" radius="md" maw={760}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <ProblemMessage error={add.error} placedFields={FIELDS} />
            <TextInput {...input('name', true)} />
            <Textarea {...input('synonyms')} autosize minRows={2} />
            <Group grow align="flex-start">
              <TextInput {...input('cas')} />
              <TextInput {...input('formula')} />
            </Group>
            <TextInput {...input('smiles')} styles={{ input: { fontFamily: 'monospace' } }} />
            <Textarea {...input('source', true)} autosize minRows={2} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => void navigate({ to: '/chemicals' })}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={add.isPending}>
                {t('addChemical.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
