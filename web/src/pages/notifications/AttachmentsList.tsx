// The documents on a notice, each with its kind, size, SHA-256 and a download link (every download is
// audited). Both authorities see the same list; removing is offered only on a draft's edit page.
import { ActionIcon, Anchor, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatSize } from '../../app/formatting';
import type { Attachment } from './notificationQueries';

export function AttachmentsList({
  attachments,
  onRemove,
  removing,
}: {
  attachments: readonly Attachment[];
  onRemove?: (attachment: Attachment) => void;
  removing?: string | null;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby="notice-attachments">
      <Title order={2} size="h4" id="notice-attachments">
        {t('notificationAttachments.title')}
      </Title>
      {attachments.length === 0 ? (
        <Text c="dimmed">{t('notificationAttachments.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={6} fz="sm" data-testid="attachments">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('notificationAttachments.columnFile')}</Table.Th>
                <Table.Th scope="col">{t('notificationAttachments.columnKind')}</Table.Th>
                <Table.Th scope="col">{t('notificationAttachments.columnSize')}</Table.Th>
                <Table.Th scope="col">SHA-256</Table.Th>
                {onRemove && (
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('notificationAttachments.columnActions')}</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {attachments.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>
                    <Anchor href={a.url} download={a.filename}>
                      {a.filename}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{t(`notificationAttachments.kinds.${a.kind}`)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatSize(a.sizeBytes, i18n.language)}
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" ff="monospace" title={a.sha256}>
                      {a.sha256.slice(0, 16)}…
                    </Text>
                  </Table.Td>
                  {onRemove && (
                    <Table.Td>
                      <Group justify="flex-end">
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          loading={removing === a.id}
                          aria-label={t('notificationAttachments.remove', { name: a.filename })}
                          onClick={() => onRemove(a)}
                        >
                          ×
                        </ActionIcon>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
