// The tracing officer's choice for a partly restored serial: the ranked candidate firearms (serial, make, model,
// score) from the first record holder's records; confirming one starts the chain walk.
import { Alert, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemMessage } from '../../components/ProblemMessage';
import { useConfirmCandidate, type Trace } from './traceQueries';

export function CandidateConfirmation({ trace }: { trace: Trace }) {
  const { t } = useTranslation();
  const confirm = useConfirmCandidate(trace.id);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="trace-candidates">
      <Stack gap="sm">
        <Title order={2} size="h4" id="trace-candidates">
          {t('traces.candidatesTitle')}
        </Title>
        <Text size="sm">{t('traces.candidatesIntro')}</Text>
        <ProblemMessage error={confirm.error} />
        {confirm.isSuccess && (
          <Alert color="green" role="status">
            {t('traces.confirmed')}
          </Alert>
        )}
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing="xs" data-testid="candidates">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('traces.candidateSerial')}</Table.Th>
                <Table.Th scope="col">{t('traces.filterMake')}</Table.Th>
                <Table.Th scope="col">{t('traces.candidateModel')}</Table.Th>
                <Table.Th scope="col">{t('traces.candidateScore')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {trace.candidates.items.map((c) => (
                <Table.Tr key={c.serial}>
                  <Table.Td ff="monospace">{c.serial}</Table.Td>
                  <Table.Td>{trace.firearm.make ?? t('common.none')}</Table.Td>
                  <Table.Td>{c.model ?? t('common.none')}</Table.Td>
                  <Table.Td>{c.score}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      aria-label={t('traces.confirmCandidate', { serial: c.serial })}
                      loading={confirm.isPending && confirm.variables === c.serial}
                      disabled={confirm.isPending}
                      onClick={() => confirm.mutate(c.serial)}
                    >
                      {t('traces.confirm')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
