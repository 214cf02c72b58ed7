// The record holder's inbox: questions about single firearms addressed to its licences (make, model, serial,
// asked since, due), each answered by form; then the log of look-ups into its records and the A&D upload.
import { Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDateTime } from '../../app/formatting';
import { FormDialog } from '../../components/FormDialog';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { StatusBadge } from '../../components/StatusBadge';
import { AdImportForm } from './AdImportForm';
import { HopAnswerForm } from './HopAnswerForm';
import { useHolderInbox, type HolderHop } from './holderQueries';
import { LookupsLog } from './LookupsLog';

function firearmOf(hop: HolderHop): string {
  return [hop.firearm.make, hop.firearm.model].filter(Boolean).join(' ');
}

function Row({ hop, onAnswer }: { hop: HolderHop; onAnswer: (hop: HolderHop) => void }) {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={600}>
          {firearmOf(hop) || t('common.none')}
        </Text>
        <Text size="xs" c="dimmed">
          {hop.holder.name} · {hop.holder.licence}
        </Text>
      </Table.Td>
      <Table.Td ff="monospace">{hop.firearm.serial ?? t('common.none')}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(hop.askedAt)}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Group gap={4}>
          <Text size="sm">{formatDateTime(hop.dueAt)}</Text>
          {hop.overdue && hop.state === 'open' && (
            <StatusBadge tone="negative" size="xs">
              {t('traces.overdue')}
            </StatusBadge>
          )}
          {hop.priority === 'urgent' && (
            <StatusBadge tone="negative" size="xs">
              {t('traces.priorities.urgent')}
            </StatusBadge>
          )}
        </Group>
      </Table.Td>
      <Table.Td>{t(`traces.hopStates.${hop.state}`)}</Table.Td>
      <Table.Td>
        {hop.state === 'open' && (
          <Button
            size="xs"
            onClick={() => onAnswer(hop)}
            aria-label={`${t('holder.answer')}: ${firearmOf(hop)} ${hop.firearm.serial ?? ''}`.trim()}
          >
            {t('holder.answer')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

export function HolderInboxPage() {
  const { t } = useTranslation();
  const inbox = useHolderInbox();
  const [answering, setAnswering] = useState<HolderHop | null>(null);
  return (
    <>
      <PageHeader title={t('holder.inboxTitle')} intro={t('holder.inboxIntro')} />
      <Stack gap="lg">
        <QueryState query={inbox}>
          {(items) => (
            <Paper withBorder radius="md">
              <Table.ScrollContainer minWidth={760}>
                <Table verticalSpacing="sm" highlightOnHover data-testid="holder-inbox">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('holder.columnFirearm')}</Table.Th>
                      <Table.Th scope="col">{t('holder.columnSerial')}</Table.Th>
                      <Table.Th scope="col">{t('holder.columnAsked')}</Table.Th>
                      <Table.Th scope="col">{t('holder.columnDue')}</Table.Th>
                      <Table.Th scope="col">{t('holder.columnState')}</Table.Th>
                      <Table.Th scope="col">{t('common.actions')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {items.map((hop) => (
                      <Row key={hop.id} hop={hop} onAnswer={setAnswering} />
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              {items.length === 0 && (
                <Text p="md" c="dimmed">
                  {t('holder.inboxEmpty')}
                </Text>
              )}
            </Paper>
          )}
        </QueryState>
        <LookupsLog />
        <AdImportForm />
      </Stack>
      <FormDialog
        opened={answering !== null}
        onClose={() => setAnswering(null)}
        title={
          answering
            ? t('holder.answerTitle', {
                firearm: firearmOf(answering),
                serial: answering.firearm.serial ?? t('common.none'),
              })
            : ''
        }
      >
        {answering && <HopAnswerForm hopId={answering.id} onDone={() => setAnswering(null)} />}
      </FormDialog>
    </>
  );
}
