// Create an agency, or edit one's name, kind and second-factor rule (code and country never change).
import { Checkbox, Select, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { Agency, AgencyKind, Country } from '../../api/types';
import { DialogActions, FormDialog } from '../../components/FormDialog';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';
import { AGENCIES_KEY, AGENCY_KINDS, COUNTRIES } from './agencyQueries';

function AgencyDialogContent({ agency, onClose }: { agency: Agency | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const existing = agency !== 'new' ? agency : null;
  const [code, setCode] = useState(existing?.code ?? '');
  const [name, setName] = useState(existing?.name ?? '');
  const [country, setCountry] = useState<Country>(existing?.country ?? 'MX');
  const [kind, setKind] = useState<AgencyKind>(existing?.kind ?? 'police');
  const [totpRequired, setTotpRequired] = useState(existing?.totpRequired ?? false);

  const save = useMutation({
    mutationFn: async () =>
      existing
        ? unwrap(
            await api.PATCH('/api/v1/agencies/{id}', {
              params: { path: { id: existing.id } },
              body: { name, kind, totpRequired },
            }),
          )
        : unwrap(await api.POST('/api/v1/agencies', { body: { code, name, country, kind, totpRequired } })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: AGENCIES_KEY });
      onClose();
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const error = save.error;

  return (
    <>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ProblemMessage error={error} placedFields={['code', 'name', 'country', 'kind', 'totpRequired']} />
          {!existing && (
            <TextInput
              label={t('agencies.code')}
              description={t('agencies.codeHelp')}
              required
              value={code}
              onChange={(e) => setCode(e.currentTarget.value.toUpperCase())}
              error={fieldError(error, 'code')}
              data-autofocus
            />
          )}
          <TextInput
            label={t('agencies.name')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError(error, 'name')}
          />
          {!existing && (
            <Select
              label={t('agencies.country')}
              required
              allowDeselect={false}
              data={COUNTRIES.map((c) => ({ value: c, label: t(`countries.${c}`) }))}
              value={country}
              onChange={(v) => v && setCountry(v as Country)}
              error={fieldError(error, 'country')}
            />
          )}
          <Select
            label={t('agencies.kind')}
            required
            allowDeselect={false}
            data={AGENCY_KINDS.map((k) => ({ value: k, label: t(`agencyKinds.${k}`) }))}
            value={kind}
            onChange={(v) => v && setKind(v as AgencyKind)}
            error={fieldError(error, 'kind')}
          />
          <Checkbox
            label={t('agencies.totpRequired')}
            description={t('agencies.totpRequiredHelp')}
            checked={totpRequired}
            onChange={(e) => setTotpRequired(e.currentTarget.checked)}
            error={fieldError(error, 'totpRequired')}
          />
          <DialogActions editing={existing !== null} saving={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </>
  );
}

/** The form lives in its own component, mounted each time the modal opens, so it starts fresh. */
export function AgencyDialog(props: { agency: Agency | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { agency, onClose } = props;
  const existing = agency !== 'new' ? agency : null;
  return (
    <FormDialog
      opened={agency !== null}
      onClose={onClose}
      title={existing ? t('agencies.editTitle', { code: existing.code }) : t('agencies.create')}
    >
      <AgencyDialogContent {...props} />
    </FormDialog>
  );
}
