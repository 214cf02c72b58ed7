// Record recovered firearms from a CSV file: the file, the sharing every row gets (the import's query parameters),
// the file format a click away, progress while the bytes go out, then the server's line-numbered report.
import { Button, FileInput, Group, Stack } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../../components/FormSection';
import { PageHeader } from '../../components/PageHeader';
import { ProblemMessage } from '../../components/ProblemMessage';
import { DEFAULT_SHARING, SharingControls, type Sharing } from '../../components/SharingControls';
import { UploadProgressBar } from '../../components/UploadProgressBar';
import { useFileUpload } from '../../components/useFileUpload';
import { RecoveryCsvFormatHelp } from './RecoveryCsvFormatHelp';
import { RecoveryImportReport } from './RecoveryImportReport';
import { useImportRecoveries } from './recoveryImportQueries';

export function ImportRecoveriesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const upload = useImportRecoveries();
  // As the recording form: shared with the agency's country unless the user narrows it.
  const [sharing, setSharing] = useState<Sharing>({ ...DEFAULT_SHARING, distribution: 'country' });
  const { file, setFile, progress, submit } = useFileUpload((file, onProgress) =>
    upload.mutate({ file, sharing, onProgress }),
  );
  return (
    <>
      <PageHeader title={t('recoveryImport.title')} intro={t('recoveryImport.intro')} />
      <form onSubmit={submit} noValidate>
        <Stack gap="lg" maw={900}>
          <RecoveryCsvFormatHelp />
          <FileInput
            label={t('recoveryImport.file')}
            description={t('recoveryImport.fileHint')}
            accept=".csv,text/csv"
            required
            value={file}
            onChange={setFile}
            maw={420}
          />
          <FormSection title={t('recoveryImport.sharingSection')} id="import-sharing-section">
            <SharingControls value={sharing} onChange={setSharing} error={upload.error} />
          </FormSection>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => void navigate({ to: '/recoveries' })}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={upload.isPending} disabled={!file}>
              {t('recoveryImport.submit')}
            </Button>
          </Group>
          {upload.isPending && progress && (
            <UploadProgressBar progress={progress} processing={t('recoveryImport.processing')} />
          )}
          <ProblemMessage error={upload.error} />
          {upload.data && <RecoveryImportReport result={upload.data} />}
        </Stack>
      </form>
    </>
  );
}
