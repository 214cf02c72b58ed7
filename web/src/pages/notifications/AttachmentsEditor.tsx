// Attach and remove a draft's documents (invoice, import permit, end-user certificate…). Each file goes up
// as soon as it is chosen and attached; the server checks its type by content, its size and the draft status.
import { Button, FileInput, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';
import { AttachmentsList } from './AttachmentsList';
import {
  ATTACHMENT_ACCEPT,
  ATTACHMENT_KINDS,
  useAttach,
  useRemoveAttachment,
  type AttachmentKind,
  type Notification,
} from './notificationQueries';

const isKind = (v: string): v is AttachmentKind => (ATTACHMENT_KINDS as readonly string[]).includes(v);

export function AttachmentsEditor({ notice }: { notice: Notification }) {
  const { t } = useTranslation();
  const attach = useAttach(notice.id);
  const remove = useRemoveAttachment(notice.id);
  const [kind, setKind] = useState<AttachmentKind>('invoice');
  const [file, setFile] = useState<File | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (file) attach.mutate({ file, kind }, { onSuccess: () => setFile(null) });
  };
  return (
    <Stack gap="md">
      <AttachmentsList
        attachments={notice.attachments}
        onRemove={(a) => remove.mutate(a.id)}
        removing={remove.isPending ? remove.variables : null}
      />
      <ProblemMessage error={remove.error} />
      <form noValidate onSubmit={submit} aria-label={t('notificationAttachments.attachTitle')}>
        <Stack gap="xs">
          <ProblemMessage error={attach.error} placedFields={['file', 'querystring']} />
          <Group align="flex-end" grow>
            <NativeSelect
              label={t('notificationAttachments.kind')}
              value={kind}
              onChange={(e) => {
                const value = e.currentTarget.value;
                if (isKind(value)) setKind(value);
              }}
              data={ATTACHMENT_KINDS.map((k) => ({
                value: k,
                label: t(`notificationAttachments.kinds.${k}`),
              }))}
              error={fieldError(attach.error, 'querystring.kind')}
            />
            <FileInput
              label={t('notificationAttachments.file')}
              description={t('notificationAttachments.fileHint')}
              placeholder={t('notificationAttachments.choose')}
              // Mantine's default placeholder grey fails the contrast check.
              styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
              accept={ATTACHMENT_ACCEPT}
              value={file}
              onChange={setFile}
              clearable
              error={fieldError(attach.error, 'file')}
            />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" variant="default" disabled={!file} loading={attach.isPending}>
              {t('notificationAttachments.attach')}
            </Button>
          </Group>
          {attach.isSuccess && (
            <Text role="status" size="sm">
              {t('notificationAttachments.attached')}
            </Text>
          )}
        </Stack>
      </form>
    </Stack>
  );
}
