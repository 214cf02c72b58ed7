// Create a sharing group or change its name, description and member agencies.
import { MultiSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { SharingGroup } from '../../api/types';
import { DialogActions, FormDialog } from '../../components/FormDialog';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';
import { useAgencies } from '../agencies/agencyQueries';

function SharingGroupDialogContent({
  group,
  onClose,
}: {
  group: SharingGroup | 'new' | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const agencies = useAgencies();
  const existing = group !== 'new' ? group : null;
  const [name, setName] = useState(existing?.name ?? '');
  const [description, setDescription] = useState(existing?.description ?? '');
  const [memberAgencyIds, setMemberAgencyIds] = useState<string[]>(existing?.members.map((m) => m.id) ?? []);

  const save = useMutation({
    mutationFn: async () => {
      const body = { name, description, memberAgencyIds };
      return existing
        ? unwrap(
            await api.PATCH('/api/v1/sharing-groups/{id}', { params: { path: { id: existing.id } }, body }),
          )
        : unwrap(await api.POST('/api/v1/sharing-groups', { body }));
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['sharing-groups'] });
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
          <ProblemMessage error={error} placedFields={['name', 'description', 'memberAgencyIds']} />
          <TextInput
            label={t('sharingGroups.name')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError(error, 'name')}
            data-autofocus
          />
          <Textarea
            label={t('sharingGroups.description')}
            autosize
            minRows={2}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={fieldError(error, 'description')}
          />
          <MultiSelect
            label={t('sharingGroups.members')}
            searchable
            data={(agencies.data ?? []).map((a) => ({ value: a.id, label: `${a.code} · ${a.name}` }))}
            value={memberAgencyIds}
            onChange={setMemberAgencyIds}
            error={fieldError(error, 'memberAgencyIds')}
          />
          <DialogActions editing={existing !== null} saving={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </>
  );
}

/** The form lives in its own component, mounted each time the modal opens, so it starts fresh. */
export function SharingGroupDialog(props: { group: SharingGroup | 'new' | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { group, onClose } = props;
  const existing = group !== 'new' ? group : null;
  return (
    <FormDialog
      opened={group !== null}
      onClose={onClose}
      title={existing ? t('sharingGroups.editTitle', { name: existing.name }) : t('sharingGroups.create')}
    >
      <SharingGroupDialogContent {...props} />
    </FormDialog>
  );
}
