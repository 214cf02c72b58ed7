// Correct a recorded recovery (PATCH of the version opened), with the recording form's fields and error summary.
// A newer version on the server is a conflict: the user is told and can load it, rather than overwrite it.
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import type { RecoveryDetail } from '../../api/types';
import { RECOVERIES_KEY } from './firearmQueries';
import { RecoveryErrorSummary } from './RecoveryErrorSummary';
import { RecoveryFormFields } from './RecoveryFormFields';
import { recoveryEditBody, recoveryFormOf, type RecoveryForm } from './recoveryForm';

export function EditRecoveryForm({
  recovery,
  onDone,
}: {
  recovery: RecoveryDetail;
  /** Called after saving (with the saved record) or on cancel (without). */
  onDone: (saved?: RecoveryDetail) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(recovery);
  const [form, setForm] = useState<RecoveryForm>(() => recoveryFormOf(recovery));
  const patch = (p: Partial<RecoveryForm>) => setForm((f) => ({ ...f, ...p }));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const save = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.PATCH('/api/v1/recoveries/{id}', {
          params: { path: { id: opened.id } },
          body: recoveryEditBody(form, opened),
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData([...RECOVERIES_KEY, 'detail', saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: RECOVERIES_KEY });
      onDone(saved);
    },
  });
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  // Load the current version: the user's edits are lost, but they see what the other person saved.
  const reload = async () => {
    const current = unwrap(await api.GET('/api/v1/recoveries/{id}', { params: { path: { id: opened.id } } }));
    queryClient.setQueryData([...RECOVERIES_KEY, 'detail', current.id], current);
    setOpened(current);
    setForm(recoveryFormOf(current));
    save.reset();
    heading.current?.focus();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="edit-recovery-title">
      <Stack gap="lg" maw={900}>
        <Title order={1} size="h2" id="edit-recovery-title" ref={heading} tabIndex={-1}>
          {t('recoveries.editTitle')}
        </Title>
        <RecoveryErrorSummary error={save.error} />
        {conflict && (
          <Alert color="orange" data-testid="edit-conflict">
            <Text size="sm">{t('recoveries.editConflict')}</Text>
            <Button mt="xs" size="compact-sm" variant="light" onClick={() => void reload()}>
              {t('recoveries.loadCurrent')}
            </Button>
          </Alert>
        )}
        <RecoveryFormFields
          form={form}
          patch={patch}
          error={save.error}
          possessorMasked={opened.possessor?.masked === true}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onDone()}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('recoveries.saveEdit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
