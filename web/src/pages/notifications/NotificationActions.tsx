// Exactly the workflow actions the API allows the caller now; objecting asks for a reason. A conflict
// (another officer acted first) is explained in plain words and the notice reloads.
import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/problem';
import { fieldError, ProblemMessage } from '../../components/ProblemMessage';
import { useNotificationAction, type Notification, type StatusAction } from './notificationQueries';

const ORDER: readonly StatusAction[] = ['send', 'acknowledge', 'clear', 'object', 'ship', 'stop'];

export function NotificationActions({ notice }: { notice: Notification }) {
  const { t } = useTranslation();
  const run = useNotificationAction(notice.id);
  const [objecting, setObjecting] = useState(false);
  const [reason, setReason] = useState('');
  const allowed = ORDER.filter((a) => notice.actions.includes(a));
  const conflict = run.error instanceof ApiError && run.error.status === 409 ? run.error : null;
  const perform = (action: StatusAction) =>
    run.mutate(
      { action, version: notice.version, reason },
      {
        onSuccess: () => {
          setObjecting(false);
          setReason('');
        },
      },
    );

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="notice-actions">
      <Stack gap="sm">
        <Title order={2} size="h4" id="notice-actions">
          {t('notificationDetail.actionsTitle')}
        </Title>
        {conflict ? (
          <Alert color="red" role="alert" title={conflict.problem.title}>
            {t('notificationDetail.conflict')}
          </Alert>
        ) : (
          <ProblemMessage error={run.error} placedFields={['reason']} />
        )}
        {run.isSuccess && (
          <Text role="status" size="sm">
            {t('notificationDetail.done', { status: t(`notifications.statuses.${run.data.status}`) })}
          </Text>
        )}
        {allowed.length === 0 && <Text c="dimmed">{t('notificationDetail.noActions')}</Text>}
        <Group gap="sm">
          {allowed.map((action) =>
            action === 'object' ? (
              <Button
                key={action}
                color="red"
                variant={objecting ? 'filled' : 'outline'}
                aria-expanded={objecting}
                onClick={() => setObjecting((o) => !o)}
              >
                {t('notificationDetail.actions.object')}
              </Button>
            ) : (
              <Button
                key={action}
                variant={action === 'stop' ? 'outline' : 'filled'}
                color={action === 'stop' ? 'red' : undefined}
                loading={run.isPending && run.variables.action === action}
                disabled={run.isPending}
                onClick={() => perform(action)}
              >
                {t(`notificationDetail.actions.${action}`)}
              </Button>
            ),
          )}
        </Group>
        {objecting && allowed.includes('object') && (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              perform('object');
            }}
          >
            <Stack gap="xs">
              <Textarea
                label={t('notificationDetail.objectReason')}
                required
                autosize
                minRows={3}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={fieldError(run.error, 'reason')}
              />
              <Group justify="flex-end">
                <Button type="submit" color="red" loading={run.isPending}>
                  {t('notificationDetail.confirmObject')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
