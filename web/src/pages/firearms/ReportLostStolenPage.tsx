// Report a lost or stolen firearm (as an iARMS record): what happened, the serial and description (checked live
// against the reference table), when it was reported, the circumstances and sharing. After saving, the earlier
// records of the same firearm are shown; a recovery that matches notifies both agencies (match notices).
import { Alert, Button, Group, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LostStolenReportDetail } from '../../api/types';
import { useCurrentSession } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';
import { SharingControls } from '../../components/SharingControls';
import {
  lostStolenBody,
  emptyLostStolenForm,
  LOST_STOLEN_FIELDS,
  type LostStolenForm,
} from './lostStolenForm';
import { useReportLostStolen } from './lostStolenQueries';
import { FirearmDescriptionFields } from './FirearmDescriptionFields';
import { RelatedRecords } from './RelatedRecords';
import { SerialInput } from './SerialInput';
import { SharedRecordLink } from '../../components/SharedRecordLink';
import { FormSection } from '../../components/FormSection';

function Saved({ report, onAnother }: { report: LostStolenReportDetail; onAnother: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" maw={900}>
      <Alert color="green" role="status">
        <Text fw={700}>{t('lostStolen.form.saved')}</Text>
        <SharedRecordLink recordType="lost_stolen" id={report.id}>
          {t('lostStolen.form.open')}
        </SharedRecordLink>
      </Alert>
      <RelatedRecords related={report.related} />
      <Group>
        <Button variant="default" onClick={onAnother}>
          {t('lostStolen.form.another')}
        </Button>
      </Group>
    </Stack>
  );
}

export function ReportLostStolenPage() {
  const { t } = useTranslation();
  // A record holder's users report for the firearms gone from their own stock.
  const holder = !useCurrentSession().abilities.includes('record_recoveries');
  const navigate = useNavigate();
  const [form, setForm] = useState<LostStolenForm>(emptyLostStolenForm);
  const patch = (p: Partial<LostStolenForm>) => setForm((f) => ({ ...f, ...p }));
  const report = useReportLostStolen();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    report.mutate(lostStolenBody(form));
  };
  const error = report.error;

  if (report.data) {
    return (
      <>
        <PageHeader title={t('lostStolen.form.title')} />
        <Saved
          report={report.data}
          onAnother={() => {
            report.reset();
            setForm(emptyLostStolenForm());
          }}
        />
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={t('lostStolen.form.title')}
        intro={t(holder ? 'lostStolen.form.introHolder' : 'lostStolen.form.intro')}
      />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg" maw={900}>
          <ProblemMessage error={error} placedFields={LOST_STOLEN_FIELDS} />
          <FormSection title={t('lostStolen.form.serialSection')} id="lost-stolen-firearm">
            <Radio.Group
              label={t('lostStolen.form.kind')}
              value={form.kind}
              onChange={(kind) => patch({ kind: kind as LostStolenForm['kind'] })}
              error={fieldError(error, 'kind')}
              required
            >
              <Group gap="lg" mt="xs">
                <Radio value="stolen" label={t('lostStolen.kinds.stolen')} />
                <Radio value="lost" label={t('lostStolen.kinds.lost')} />
              </Group>
            </Radio.Group>
            <SerialInput
              label={t('lostStolen.form.serial')}
              description={t('lostStolen.form.serialHelp')}
              value={form.serial}
              onChange={(serial) => patch({ serial })}
              error={error}
              required
            />
            <FirearmDescriptionFields form={form} patch={patch} error={error} markings={false} />
          </FormSection>
          <FormSection title={t('lostStolen.form.reportSection')} id="lost-stolen-report">
            <TextInput
              label={t('lostStolen.form.reportedOn')}
              type="date"
              value={form.reportedOn}
              onChange={(e) => patch({ reportedOn: e.currentTarget.value })}
              error={fieldError(error, 'reportedOn')}
              maw={220}
              required
            />
            <Textarea
              label={t('lostStolen.form.details')}
              description={t('lostStolen.form.detailsHelp')}
              autosize
              minRows={3}
              maxLength={2000}
              value={form.details}
              onChange={(e) => patch({ details: e.currentTarget.value })}
              error={fieldError(error, 'details')}
            />
          </FormSection>
          <FormSection title={t('lostStolen.form.sharingSection')} id="lost-stolen-sharing">
            <SharingControls value={form.sharing} onChange={(sharing) => patch({ sharing })} error={error} />
          </FormSection>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void navigate({ to: '/lost-stolen' })}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={report.isPending}>
              {t('lostStolen.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
