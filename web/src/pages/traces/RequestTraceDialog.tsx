// Request a trace of one recovered firearm: routine or urgent (with its justification), the year of manufacture
// when known (a pre-1968 gun cannot be traced), and who may read the trace (distribution and TLP, by default the
// recovery's own: see traceSharing.ts).
import { Button, Group, NumberInput, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '../../components/FormDialog';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';
import {
  DEFAULT_SHARING,
  SHARING_FIELDS,
  SharingControls,
  sharingBody,
  type Sharing,
} from '../../components/SharingControls';
import { useRecovery } from '../firearms/firearmQueries';
import { useRequestTrace } from './traceQueries';
import { traceSharingOf } from './traceSharing';

type Priority = 'routine' | 'urgent';

function RequestTraceForm({
  recoveryId,
  initialSharing,
  onCancel,
}: {
  recoveryId: string;
  initialSharing: Sharing;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const request = useRequestTrace();
  const [priority, setPriority] = useState<Priority>('routine');
  const [justification, setJustification] = useState('');
  const [year, setYear] = useState<number | null>(null);
  const [sharing, setSharing] = useState<Sharing>(initialSharing);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate(
      {
        recoveryId,
        priority,
        justification: priority === 'urgent' ? justification : null,
        manufactureYear: year,
        ...sharingBody(sharing),
      },
      { onSuccess: (trace) => void navigate({ to: '/traces/$traceId', params: { traceId: trace.id } }) },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('traces.requestIntro')}
        </Text>
        <ProblemMessage
          error={request.error}
          placedFields={['priority', 'justification', 'manufactureYear', ...SHARING_FIELDS]}
        />
        <Radio.Group
          label={t('traces.priority')}
          required
          value={priority}
          onChange={(v) => setPriority(v === 'urgent' ? 'urgent' : 'routine')}
          error={fieldError(request.error, 'priority')}
        >
          <Group gap="lg" mt="xs">
            <Radio value="routine" label={t('traces.priorities.routine')} />
            <Radio value="urgent" label={t('traces.priorities.urgent')} />
          </Group>
        </Radio.Group>
        {priority === 'urgent' && (
          <Textarea
            label={t('traces.justification')}
            description={t('traces.justificationHelp')}
            required
            autosize
            minRows={2}
            value={justification}
            onChange={(e) => setJustification(e.currentTarget.value)}
            error={fieldError(request.error, 'justification')}
          />
        )}
        <NumberInput
          label={t('traces.manufactureYear')}
          min={1800}
          // No gun is made in a year still to come; the server also refuses a year after the recovery's.
          max={new Date().getFullYear()}
          allowDecimal={false}
          value={year ?? ''}
          onChange={(v) => setYear(typeof v === 'number' ? v : null)}
          error={fieldError(request.error, 'manufactureYear')}
          maw={240}
        />
        <SharingControls value={sharing} onChange={setSharing} error={request.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={request.isPending}>
            {t('traces.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function RequestTraceButton({ recoveryId }: { recoveryId: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  // The recovery's page has already loaded it (same query key): the form opens with its sharing.
  const recovery = useRecovery(recoveryId);
  const initialSharing = recovery.data ? traceSharingOf(recovery.data) : DEFAULT_SHARING;
  return (
    <>
      <Button onClick={() => setOpened(true)}>{t('traces.request')}</Button>
      <FormDialog opened={opened} onClose={() => setOpened(false)} title={t('traces.requestTitle')}>
        <RequestTraceForm
          recoveryId={recoveryId}
          initialSharing={initialSharing}
          onCancel={() => setOpened(false)}
        />
      </FormDialog>
    </>
  );
}
