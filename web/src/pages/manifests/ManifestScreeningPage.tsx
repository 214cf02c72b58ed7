// Upload a manifest, see each line's status with its reasons, red flags and errors, filter, download.
import {
  Button,
  Checkbox,
  FileInput,
  Group,
  List,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { ProblemMessage } from '../../components/ProblemMessage';
import { UploadProgressBar } from '../../components/UploadProgressBar';
import { useFileUpload } from '../../components/useFileUpload';
import { ManifestStatusBadge } from './ManifestStatusBadge';
import { csvReportOf, useScreenManifest, type ManifestLine, type ManifestReport } from './manifestQueries';

const FILTERS = [
  'all',
  'controlled',
  'suspected_designer_precursor',
  'unresolved',
  'clear',
  'error',
  'withErrors',
  'withFlags',
] as const;
type Filter = (typeof FILTERS)[number];

function matches(line: ManifestLine, filter: Filter): boolean {
  if (filter === 'all') return true;
  if (filter === 'withErrors') return line.errors.length > 0;
  if (filter === 'withFlags') return line.redFlags.length > 0;
  return line.status === filter;
}

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const SHOWN_LINES = 2000; // the table shows the first lines of a filter; the downloads hold them all

function Messages({ items }: { items: readonly { message: string }[] }) {
  if (items.length === 0) return null;
  return (
    <List size="sm" spacing={2}>
      {items.map((item, i) => (
        <List.Item key={i} style={{ overflowWrap: 'anywhere' }}>
          {item.message}
        </List.Item>
      ))}
    </List>
  );
}

function Results({ report, file }: { report: ManifestReport; file: File }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');
  const [csvError, setCsvError] = useState<unknown>(null);
  const lines = useMemo(() => report.lines.filter((l) => matches(l, filter)), [report, filter]);
  const base = file.name.replace(/\.[^.]+$/, '');
  const s = report.summary;
  const label = (f: Filter) =>
    f === 'all' || f === 'withErrors' || f === 'withFlags'
      ? t(`manifests.${f}`)
      : t(`manifests.statuses.${f}`);
  return (
    <Stack gap="md" component="section" aria-labelledby="manifest-summary">
      <Paper withBorder p="md" radius="md" aria-live="polite">
        <Title order={2} size="h4" id="manifest-summary" mb="xs">
          {t('manifests.summaryTitle')}
        </Title>
        <Group gap="lg" wrap="wrap">
          <Text>{t('manifests.summaryLines', { count: s.lines })}</Text>
          {(['controlled', 'suspected_designer_precursor', 'unresolved', 'clear', 'error'] as const).map(
            (status) => (
              <Group gap={6} key={status}>
                <ManifestStatusBadge status={status} />
                <Text>{s.byStatus[status] ?? 0}</Text>
              </Group>
            ),
          )}
        </Group>
        <Text mt="xs">{t('manifests.summaryErrors', { count: s.linesWithErrors })}</Text>
        <Text>{t('manifests.summaryFlags', { count: s.linesWithRedFlags })}</Text>
        {report.ignoredColumns.length > 0 && (
          <Text c="dimmed" size="sm">
            {t('manifests.ignoredColumns', { columns: report.ignoredColumns.join(', ') })}
          </Text>
        )}
      </Paper>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Select
          label={t('manifests.filterStatus')}
          data={FILTERS.map((f) => ({ value: f, label: label(f) }))}
          value={filter}
          onChange={(value) => setFilter((value as Filter | null) ?? 'all')}
          allowDeselect={false}
          w={300}
        />
        <Group gap="sm">
          <Button
            variant="default"
            onClick={() => {
              setCsvError(null);
              csvReportOf(file)
                .then((csv) => download(`${base}-screening.csv`, 'text/csv', csv))
                .catch(setCsvError);
            }}
          >
            {t('manifests.downloadCsv')}
          </Button>
          <Button
            variant="default"
            onClick={() =>
              download(`${base}-screening.json`, 'application/json', JSON.stringify(report, null, 2))
            }
          >
            {t('manifests.downloadJson')}
          </Button>
        </Group>
      </Group>
      <ProblemMessage error={csvError} />
      <Title order={2} size="h4">
        {t('manifests.resultsTitle')}
      </Title>
      {lines.length === 0 ? (
        <Text c="dimmed">{t('manifests.noLines')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped withTableBorder verticalSpacing="xs" data-testid="manifest-lines">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('manifests.columnLine')}</Table.Th>
                <Table.Th scope="col">{t('manifests.columnSubstance')}</Table.Th>
                <Table.Th scope="col">{t('manifests.columnQuantity')}</Table.Th>
                <Table.Th scope="col">{t('manifests.columnStatus')}</Table.Th>
                <Table.Th scope="col">{t('manifests.columnReasons')}</Table.Th>
                <Table.Th scope="col">{t('manifests.columnFlags')}</Table.Th>
                <Table.Th scope="col">{t('manifests.columnErrors')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.slice(0, SHOWN_LINES).map((line) => (
                <Table.Tr key={line.fileLine}>
                  <Table.Td>{line.line || line.fileLine}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere', maxWidth: 260 }}>
                    <Text size="sm">{line.description}</Text>
                    {line.cas && (
                      <Text size="xs" c="dimmed">
                        CAS {line.cas}
                      </Text>
                    )}
                    {line.smiles && (
                      <Text size="xs" c="dimmed" ff="monospace">
                        {line.smiles}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{line.quantity ? `${line.quantity.value} ${line.quantity.unit}` : ''}</Table.Td>
                  <Table.Td>
                    <ManifestStatusBadge status={line.status} />
                  </Table.Td>
                  <Table.Td>
                    <Messages items={line.reasons} />
                  </Table.Td>
                  <Table.Td>
                    <Messages items={line.redFlags} />
                  </Table.Td>
                  <Table.Td>
                    <Messages items={line.errors} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

export function ManifestScreeningPage() {
  const { t } = useTranslation();
  const [record, setRecord] = useState(true);
  const screen = useScreenManifest();
  const { file, setFile, progress, submit } = useFileUpload((file, onProgress) =>
    screen.mutate({ file, record, onProgress }),
  );
  const drop = (event: DragEvent<HTMLFormElement>) => {
    event.preventDefault();
    const dropped = event.dataTransfer.files[0];
    if (dropped) setFile(dropped);
  };
  return (
    <>
      <PageHeader title={t('manifests.title')} intro={t('manifests.intro')} />
      <form onSubmit={submit} noValidate onDragOver={(e) => e.preventDefault()} onDrop={drop}>
        <Paper withBorder p="md" radius="md" mb="lg" style={{ borderStyle: 'dashed' }}>
          <Stack gap="sm" maw={640}>
            <FileInput
              label={t('manifests.file')}
              description={`${t('manifests.fileHint')} (${t('manifests.dropHere')})`}
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              value={file}
              onChange={setFile}
              required
              clearable
              clearButtonProps={{ 'aria-label': t('manifests.clearFile') }}
            />
            <Checkbox
              label={t('manifests.record')}
              checked={record}
              onChange={(e) => setRecord(e.currentTarget.checked)}
            />
            <Group>
              <Button type="submit" disabled={!file} loading={screen.isPending}>
                {t('manifests.submit')}
              </Button>
            </Group>
            {screen.isPending && progress && (
              <UploadProgressBar progress={progress} processing={t('manifests.processing')} />
            )}
          </Stack>
        </Paper>
      </form>
      <ProblemMessage error={screen.error} />
      {screen.data && file && <Results report={screen.data} file={file} />}
    </>
  );
}
