// Upload of the holder's A&D records as CSV, with the server's summary and its line-numbered report of bad rows.
import { Alert, Button, FileInput, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UploadProgress } from '../../api/uploadWithProgress';
import { ProblemMessage } from '../../components/ProblemMessage';
import { UploadProgressBar } from '../../components/UploadProgressBar';
import { licenceOption, useHolderLicences, useImportAdRecords, type AdImportResult } from './holderQueries';

function ImportReport({ result }: { result: AdImportResult }) {
  const { t, i18n } = useTranslation();
  const count = new Intl.NumberFormat(i18n.language).format;
  return (
    <Stack gap="xs" data-testid="ad-import-report">
      <Alert color={result.rejected > 0 ? 'yellow' : 'green'} role="status">
        {t('holder.importSummary', {
          received: count(result.received),
          inserted: count(result.inserted),
          unchanged: count(result.unchanged),
          rejected: count(result.rejected),
        })}{' '}
        {t('holder.importEncoding', { encoding: result.encoding })}
      </Alert>
      {result.ignoredColumns.length > 0 && (
        <Text size="sm">{t('holder.importIgnored', { columns: result.ignoredColumns.join(', ') })}</Text>
      )}
      {result.errors.length > 0 && (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('holder.columnLine')}</Table.Th>
                <Table.Th scope="col">{t('holder.columnField')}</Table.Th>
                <Table.Th scope="col">{t('holder.columnProblem')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.errors.map((e) => (
                <Table.Tr key={`${e.line}-${e.field}-${e.code}`}>
                  <Table.Td>{e.line}</Table.Td>
                  <Table.Td ff="monospace">{e.field}</Table.Td>
                  <Table.Td>{e.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

export function AdImportForm() {
  const { t } = useTranslation();
  const upload = useImportAdRecords();
  const [file, setFile] = useState<File | null>(null);
  const [picked, setLicence] = useState('');
  // The upload goes to one of the agency's own licences: the first until the user picks another.
  const licences = useHolderLicences().data;
  const licence = picked || (licences?.[0]?.licence ?? '');
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setProgress({ sent: 0, total: file.size });
    upload.mutate({ file, licence, onProgress: setProgress });
  };
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
          {upload.data && <ImportReport result={upload.data} />}
        </Stack>
      </form>
    </Paper>
  );
}
