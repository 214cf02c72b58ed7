// One pre-export notice as either authority sees it: status and markers, the objection if any, the allowed
// actions, the timeline, the shipment and its parties, every line with its screening findings, and the
// attached documents.
import { Alert, Anchor, Button, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormatDay } from '../../app/formatting';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { AttachmentsList } from './AttachmentsList';
import { NotificationActions } from './NotificationActions';
import { NotificationFacts, NotificationTimeline } from './NotificationFacts';
import { NotificationLines } from './NotificationLines';
import { useNotification, type Notification } from './notificationQueries';
import { NotificationMarkers, NotificationStatusBadge } from './NotificationStatusBadge';

function Detail({ notice }: { notice: Notification }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const reference = notice.reference || t('notifications.untitled', { date: formatDay(notice.createdAt) });
  return (
    <>
      <Anchor
        size="sm"
        renderRoot={(props) => (
          <Link {...props} to={notice.side === 'importer' ? '/notifications' : '/notifications/outbox'} />
        )}
      >
        ← {t('notificationDetail.back')}
      </Anchor>
      <PageHeader
        title={t('notificationDetail.title', { reference })}
        actions={
          notice.actions.includes('edit') ? (
            <Button
              variant="default"
              renderRoot={(props) => (
                <Link
                  {...props}
                  to="/notifications/$notificationId/edit"
                  params={{ notificationId: notice.id }}
                />
              )}
            >
              {t('notificationEdit.open')}
            </Button>
          ) : undefined
        }
      />
      <Stack gap="lg" maw={1100}>
        <Group gap="sm">
          <NotificationStatusBadge status={notice.status} size="md" />
          <NotificationMarkers overdue={notice.overdue} voluntary={notice.voluntary} />
          <Text size="sm" c="dimmed">
            {t('notificationDetail.yourSide', { side: t(`notificationDetail.sides.${notice.side}`) })}
          </Text>
        </Group>
        {notice.objectionReason && (
          <Alert color="red" title={t('notificationDetail.objectionTitle')} data-testid="objection">
            <Text style={{ whiteSpace: 'pre-line' }}>{notice.objectionReason}</Text>
          </Alert>
        )}
        <Grid>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <NotificationFacts notice={notice} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Stack gap="md">
              <NotificationActions notice={notice} />
              <NotificationTimeline notice={notice} />
            </Stack>
          </Grid.Col>
        </Grid>
        <NotificationLines notice={notice} />
        <Paper withBorder p="md" radius="md">
          <AttachmentsList attachments={notice.attachments} />
        </Paper>
      </Stack>
    </>
  );
}

export function NotificationDetailPage() {
  const { notificationId } = useParams({ from: '/notifications/$notificationId' });
  const query = useNotification(notificationId);
  return <QueryState query={query}>{(notice) => <Detail notice={notice} />}</QueryState>;
}
