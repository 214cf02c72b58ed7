// "Propose an addition": what is missing (make, model or caliber), its name, the details its kind needs, a note.
// The server checks it against the table and open proposals and answers at the field.
import {
  Alert,
  Button,
  Group,
  Paper,
  Radio,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';
import {
  PROPOSAL_FIELDS,
  PROPOSAL_KINDS,
  TAG_SEPARATORS,
  proposalEntry,
  proposalFormFrom,
  type ProposalForm as Form,
  type ProposalSearch,
} from './proposalForm';
import { usePropose } from './proposalQueries';
import { MakeCountriesField, ModelDetailFields, ModelMakeField } from './ProposalKindFields';

export function ProposalForm({ initial }: { initial: ProposalSearch }) {
  const { t } = useTranslation();
  const [form, setForm] = useState<Form>(() => proposalFormFrom(initial));
  const patch = (p: Partial<Form>) => setForm((f) => ({ ...f, ...p }));
  const propose = usePropose();
  const error = propose.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    propose.mutate(form, { onSuccess: () => setForm(proposalFormFrom({ kind: form.kind })) });
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="propose-title">
      <Title order={2} size="h4" id="propose-title" mb="md">
        {t('referenceProposals.form.title')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={760}>
          {propose.data && !propose.isPending && (
            <Alert color="green" role="status">
              {t('referenceProposals.form.sent', { entry: proposalEntry(propose.data) })}
            </Alert>
          )}
          <ProblemMessage error={error} placedFields={PROPOSAL_FIELDS} />
          <Radio.Group
            label={t('referenceProposals.form.kind')}
            value={form.kind}
            onChange={(v) => patch({ kind: PROPOSAL_KINDS.find((k) => k === v) ?? 'make' })}
            error={fieldError(error, 'kind')}
          >
            <Group gap="lg" mt="xs">
              {PROPOSAL_KINDS.map((k) => (
                <Radio key={k} value={k} label={t(`referenceProposals.form.kinds.${k}`)} />
              ))}
            </Group>
          </Radio.Group>
          {form.kind === 'model' && <ModelMakeField form={form} patch={patch} error={error} />}
          <TextInput
            label={t(`referenceProposals.form.name.${form.kind}`)}
            description={t('referenceProposals.form.nameHelp')}
            required
            value={form.name}
            onChange={(e) => patch({ name: e.currentTarget.value })}
            error={fieldError(error, 'name')}
            maxLength={120}
            autoComplete="off"
          />
          {form.kind === 'model' && <ModelDetailFields form={form} patch={patch} error={error} />}
          {form.kind === 'make' && <MakeCountriesField form={form} patch={patch} error={error} />}
          <TagsInput
            label={t('referenceProposals.form.aliases')}
            description={t('referenceProposals.form.aliasesHelp')}
            value={form.aliases}
            onChange={(aliases) => patch({ aliases })}
            splitChars={TAG_SEPARATORS}
            error={fieldError(error, 'aliases')}
          />
          <Textarea
            label={t('referenceProposals.form.note')}
            description={t('referenceProposals.form.noteHelp')}
            autosize
            minRows={2}
            maxLength={1000}
            value={form.note}
            onChange={(e) => patch({ note: e.currentTarget.value })}
            error={fieldError(error, 'note')}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={propose.isPending}>
              {t('referenceProposals.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
