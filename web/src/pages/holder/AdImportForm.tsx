// Upload of the holder's A&D records as CSV, with the file format a click away, the server's summary and its
// line-numbered report of bad rows.
import { Button, FileInput, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemMessage } from '../../components/ProblemMessage';
import { UploadProgressBar } from '../../components/UploadProgressBar';
import { useFileUpload } from '../../components/useFileUpload';
import { AdFormatHelp } from './AdFormatHelp';
import { AdImportReport } from './AdImportReport';
import { licenceOption, useHolderLicences, useImportAdRecords } from './holderQueries';

export function AdImportForm() {
  const { t } = useTranslation();
  const upload = useImportAdRecords();
  const [picked, setLicence] = useState('');
  // The upload goes to one of the agency's own licences: the first until the user picks another.
  const licences = useHolderLicences().data;
  const licence = picked || (licences?.[0]?.licence ?? '');
  const { file, setFile, progress, submit } = useFileUpload((file, onProgress) =>
    upload.mutate({ file, licence, onProgress }),
  );
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="holder-import">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="holder-import">
            {t('holder.importTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('holder.importIntro')}
          </Text>
          <AdFormatHelp />
          <Group align="flex-end" gap="sm" wrap="wrap">
            <FileInput
              label={t('holder.importFile')}
              accept=".csv,text/csv"
              required
              value={file}
              onChange={setFile}
              w={320}
            />
            <Select
              label={t('holder.importLicence')}
              data={(licences ?? []).map(licenceOption)}
              value={licence || null}
              allowDeselect={false}
              onChange={(chosen) => chosen && setLicence(chosen)}
              w={440}
            />
            <Button type="submit" loading={upload.isPending} disabled={!file}>
              {t('holder.upload')}
            </Button>
          </Group>
          {upload.isPending && progress && (
            <UploadProgressBar progress={progress} processing={t('holder.importProcessing')} />
          )}
          <ProblemMessage error={upload.error} />
          {upload.data && <AdImportReport result={upload.data} />}
        </Stack>
      </form>
    </Paper>
  );
}
