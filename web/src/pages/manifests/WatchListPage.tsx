// The agency's watch list: everyone who screens sees it; regulators and customs staff add and remove entries
// (each with a reason, audited; removals keep their history on the server).
import { Button, Group, Paper, Select, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/problem';
import { PageHeader } from '../../components/PageHeader';
import { ProblemMessage } from '../../components/ProblemMessage';
import { QueryState } from '../../components/QueryState';
import {
  useAddWatchEntry,
  useRemoveWatchEntry,
  useWatchList,
  type WatchEntry,
  type WatchKind,
} from './manifestQueries';

const KINDS: readonly WatchKind[] = ['consignee', 'forwarder', 'consignor'];

function AddForm() {
  const { t } = useTranslation();
  const add = useAddWatchEntry();
  const [kind, setKind] = useState<WatchKind>('consignee');
  const [name, setName] = useState('');
  const [identifier, setIdentifier] = useState('');
  const [reason, setReason] = useState('');
  const field = (f: string) => (add.error instanceof ApiError ? add.error.fieldMessage(f) : undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(
      { kind, name, identifier: identifier.trim() || null, reason },
      {
        onSuccess: () => {
          setName('');
          setIdentifier('');
          setReason('');
        },
      },
    );
  };
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="form"
      onSubmit={submit}
      noValidate
      aria-labelledby="watch-add"
    >
      <Title order={2} size="h4" id="watch-add" mb="sm">
        {t('manifests.watchList.add')}
      </Title>
      <Stack gap="sm" maw={560}>
        <Select
          label={t('manifests.watchList.kind')}
          data={KINDS.map((k) => ({ value: k, label: t(`manifests.watchList.kinds.${k}`) }))}
          value={kind}
          onChange={(v) => setKind((v as WatchKind | null) ?? 'consignee')}
          allowDeselect={false}
        />
        <TextInput
          label={t('manifests.watchList.name')}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={field('name')}
        />
        <TextInput
          label={t('manifests.watchList.identifier')}
          value={identifier}
          onChange={(e) => setIdentifier(e.currentTarget.value)}
          error={field('identifier')}
        />
        <Textarea
          label={t('manifests.watchList.reason')}
          required
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={field('reason')}
        />
        <ProblemMessage error={add.error} placedFields={['name', 'identifier', 'reason']} />
        <Group>
          <Button type="submit" loading={add.isPending}>
            {t('manifests.watchList.add')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function RemoveButton({ entry }: { entry: WatchEntry }) {
  const { t } = useTranslation();
  const remove = useRemoveWatchEntry();
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Button
        size="xs"
        variant="default"
        onClick={() => setOpen(true)}
        aria-label={t('manifests.watchList.removeTitle', { name: entry.name })}
      >
        {t('manifests.watchList.remove')}
      </Button>
    );
  return (
    <Stack gap={4}>
      <TextInput
        size="xs"
        label={t('manifests.watchList.removeReason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        required
        data-autofocus
      />
      <Button
        size="xs"
        color="red"
        loading={remove.isPending}
        disabled={!reason.trim()}
        onClick={() => remove.mutate({ id: entry.id, reason })}
      >
        {t('manifests.watchList.remove')}
      </Button>
      <ProblemMessage error={remove.error} />
    </Stack>
  );
}

export function WatchListPage() {
  const { t, i18n } = useTranslation();
  const list = useWatchList();
  return (
    <>
      <PageHeader title={t('manifests.watchList.title')} intro={t('manifests.watchList.intro')} />
      <QueryState query={list}>
        {(data) => (
          <Stack gap="lg">
            {data.canManage ? <AddForm /> : <Text c="dimmed">{t('manifests.watchList.readOnly')}</Text>}
            {data.items.length === 0 ? (
              <Text c="dimmed">{t('manifests.watchList.empty')}</Text>
            ) : (
              <Table.ScrollContainer minWidth={700}>
                <Table striped withTableBorder>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('manifests.watchList.name')}</Table.Th>
                      <Table.Th scope="col">{t('manifests.watchList.kind')}</Table.Th>
                      <Table.Th scope="col">{t('manifests.watchList.reason')}</Table.Th>
                      <Table.Th scope="col">{t('manifests.watchList.addedAt')}</Table.Th>
                      {data.canManage && <Table.Th scope="col">{t('manifests.watchList.remove')}</Table.Th>}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {data.items.map((entry) => (
                      <Table.Tr key={entry.id}>
                        <Table.Td>
                          {entry.name}
                          {entry.identifier && (
                            <Text size="xs" c="dimmed">
                              {entry.identifier}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>{t(`manifests.watchList.kinds.${entry.kind}`)}</Table.Td>
                        <Table.Td style={{ overflowWrap: 'anywhere' }}>{entry.reason}</Table.Td>
                        <Table.Td>
                          {new Date(entry.addedAt).toLocaleDateString(i18n.language)}
                          {entry.addedBy && (
                            <Text size="xs" c="dimmed">
                              {entry.addedBy}
                            </Text>
                          )}
                        </Table.Td>
                        {data.canManage && (
                          <Table.Td>
                            <RemoveButton entry={entry} />
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        )}
      </QueryState>
    </>
  );
}
