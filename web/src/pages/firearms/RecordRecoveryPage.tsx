// Record a recovered firearm: serial (intact, obliterated or partly restored), description checked live against
// the reference table, place and date of recovery, case, possessor, sharing. After saving, the earlier
// records of the same firearm are shown, so nobody starts blind.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { RecoveryDetail } from '../../api/types';
import { useCurrentSession } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { SharingControls } from '../../components/SharingControls';
import { RECOVERIES_KEY } from './firearmQueries';
import { emptyRecoveryForm, recoveryBody, type RecoveryForm } from './recoveryForm';
import { SharedRecordLink } from '../../components/SharedRecordLink';
import { RelatedRecords } from './RelatedRecords';
import { FormSection } from '../../components/FormSection';
import { RecoveryErrorSummary } from './RecoveryErrorSummary';
import { RecoveryFormFields } from './RecoveryFormFields';

function Saved({ recovery, onAnother }: { recovery: RecoveryDetail; onAnother: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={900}>
      <Alert color="green" role="status">
        <Text fw={700}>{t('recordRecovery.saved')}</Text>
        <SharedRecordLink recordType="recovery" id={recovery.id}>
          {t('recordRecovery.openRecord')}
        </SharedRecordLink>
      </Alert>
      <RelatedRecords related={recovery.related} />
      <Group>
        <Button variant="default" onClick={onAnother}>
          {t('recordRecovery.recordAnother')}
        </Button>
      </Group>
    </Stack>
  );
}

export function RecordRecoveryPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useCurrentSession();
  const [form, setForm] = useState<RecoveryForm>(() => emptyRecoveryForm(session.agency.country));
  const patch = (p: Partial<RecoveryForm>) => setForm((f) => ({ ...f, ...p }));
  const record = useMutation({
    mutationFn: async () => unwrap(await api.POST('/api/v1/recoveries', { body: recoveryBody(form) })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: RECOVERIES_KEY }),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate();
  };
  const error = record.error;

  if (record.data) {
    return (
      <>
        <PageHeader title={t('recordRecovery.title')} />
        <Saved
          recovery={record.data}
          onAnother={() => {
            record.reset();
            setForm(emptyRecoveryForm(session.agency.country));
          }}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader title={t('recordRecovery.title')} intro={t('recordRecovery.intro')} />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg" maw={900}>
          <RecoveryErrorSummary error={error} />
          <RecoveryFormFields form={form} patch={patch} error={error} />
          <FormSection title={t('recordRecovery.sharingSection')} id="sharing-section">
            <SharingControls value={form.sharing} onChange={(sharing) => patch({ sharing })} error={error} />
          </FormSection>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void navigate({ to: '/recoveries' })}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('recordRecovery.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
