// Record a recovered firearm: serial (intact, obliterated or partly restored), description checked live against
// the reference table, place and date of recovery, case, possessor, sharing. After saving, the earlier
// records of the same firearm are shown, so nobody starts blind.
import { Alert, Button, Group, NumberInput, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { RecoveryDetail } from '../../api/types';
import { useCurrentSession } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';
import { SharingControls } from '../../components/SharingControls';
import { RECOVERIES_KEY } from './firearmQueries';
import { FirearmDescriptionFields } from './FirearmDescriptionFields';
import {
  emptyRecoveryForm,
  RECOVERY_FIELDS,
  recoveryBody,
  SERIAL_STATES,
  type RecoveryForm,
  type TextField,
} from './recoveryForm';
import { SharedRecordLink } from '../../components/SharedRecordLink';
import { RelatedRecords } from './RelatedRecords';
import { FormSection } from '../../components/FormSection';

const COUNTRIES = ['MX', 'US', 'CA'] as const;

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
  const text = (field: TextField, label: string, extra: { type?: string; required?: boolean } = {}) => (
    <TextInput
      label={label}
      value={form[field]}
      onChange={(e) => patch({ [field]: e.currentTarget.value })}
      error={fieldError(
        error,
        field === 'possessorName' || field === 'possessorBirthDate' ? 'possessor' : field,
      )}
      miw={220}
      {...extra}
    />
  );

  // Typing is limited to a signed decimal, and an unfinished one ('-') is cleared on blur; out-of-range values and a
  // lone latitude or longitude are the server's to refuse, at the field.
  const coordinate = (field: 'latitude' | 'longitude', bound: number) => (
    <NumberInput
      label={t(`recordRecovery.${field}`)}
      description={t('recordRecovery.coordinatesHelp')}
      value={form[field]}
      onChange={(value) => patch({ [field]: value })}
      decimalScale={6}
      min={-bound}
      max={bound}
      clampBehavior="none"
      hideControls
      error={fieldError(error, field)}
      miw={220}
    />
  );

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
          <ProblemMessage error={error} placedFields={RECOVERY_FIELDS} />
          <FormSection title={t('recordRecovery.serialSection')} id="serial-section">
            <Radio.Group
              label={t('recordRecovery.serialState')}
              value={form.serialState}
              onChange={(v) => patch({ serialState: v as RecoveryForm['serialState'] })}
              error={fieldError(error, 'serialState')}
            >
              <Group gap="lg" mt="xs">
                {SERIAL_STATES.map((s) => (
                  <Radio key={s} value={s} label={t(`serialStates.${s}`)} />
                ))}
              </Group>
            </Radio.Group>
            {form.serialState !== 'obliterated' && (
              <TextInput
                label={t('recordRecovery.serial')}
                description={
                  form.serialState === 'partly_restored'
                    ? t('recordRecovery.serialHelpPartly')
                    : t('recordRecovery.serialHelp')
                }
                value={form.serial}
                onChange={(e) => patch({ serial: e.currentTarget.value })}
                error={fieldError(error, 'serial')}
                styles={{ input: { fontFamily: 'monospace' } }}
                maw={360}
                autoComplete="off"
              />
            )}
          </FormSection>
          <FormSection title={t('recordRecovery.firearmSection')} id="firearm-section">
            <FirearmDescriptionFields form={form} patch={patch} error={error} />
          </FormSection>
          <FormSection title={t('recordRecovery.recoverySection')} id="recovery-section">
            <Group grow align="flex-start" wrap="wrap">
              {text('recoveredOn', t('recordRecovery.recoveredOn'), { type: 'date', required: true })}
              <Select
                label={t('recordRecovery.recoveryCountry')}
                required
                data={COUNTRIES.map((c) => ({ value: c, label: t(`countries.${c}`) }))}
                value={form.recoveryCountry}
                onChange={(c) => c && patch({ recoveryCountry: c })}
                allowDeselect={false}
                error={fieldError(error, 'recoveryCountry')}
                miw={220}
              />
            </Group>
            <Group grow align="flex-start" wrap="wrap">
              {text('recoveryState', t('recordRecovery.recoveryState'))}
              {text('recoveryMunicipality', t('recordRecovery.recoveryMunicipality'))}
            </Group>
            <Group grow align="flex-start" wrap="wrap">
              {coordinate('latitude', 90)}
              {coordinate('longitude', 180)}
            </Group>
            <Group grow align="flex-start" wrap="wrap">
              {text('caseNumber', t('recordRecovery.caseNumber'))}
              {text('crimeCode', t('recordRecovery.crimeCode'))}
            </Group>
            <Group grow align="flex-start" wrap="wrap">
              {text('possessorName', t('recordRecovery.possessorName'))}
              {text('possessorBirthDate', t('recordRecovery.possessorBirthDate'), { type: 'date' })}
            </Group>
          </FormSection>
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
