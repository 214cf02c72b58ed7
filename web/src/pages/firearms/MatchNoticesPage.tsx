// Match notices of my agency (a recovery and a lost/stolen or multiple-sales report of the same firearm): my record
// (or a dealer's report my tracing centre holds), and the other one in full when sharing lets me read it, else only
// the agency that holds it with a request for access (discovery without disclosure). Multiple-sales reports have no
// detail page and no access requests (no registry): they link to the reports list, and a hidden one only says where.
import { Anchor, Badge, Button, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDay } from '../../app/formatting';
import { useCurrentSession } from '../../app/session';
import { PageHeader } from '../../components/PageHeader';
import { ProblemMessage } from '../../components/ProblemMessage';
import { HiddenMatchList } from '../search/HiddenMatchList';
import { useMarkNoticeRead, useMatchNotices, type MatchNotice } from './firearmReportQueries';
import { SharedRecordLink } from '../../components/SharedRecordLink';

type NoticeRecordType = MatchNotice['own']['recordType'];

function NoticeRecordLink({
  recordType,
  id,
  children,
}: {
  recordType: NoticeRecordType;
  id: string;
  children: ReactNode;
}) {
  if (recordType !== 'multiple_sales')
    return (
      <SharedRecordLink recordType={recordType} id={id}>
        {children}
      </SharedRecordLink>
    );
  return (
    <Anchor fw={600} renderRoot={(props) => <Link {...props} to="/multiple-sales" />}>
      {children}
    </Anchor>
  );
}

function NoticeCard({ notice }: { notice: MatchNotice }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const session = useCurrentSession();
  const markRead = useMarkNoticeRead();
  const firearm = [notice.own.make, notice.own.model].filter(Boolean).join(' ');
  const agency = `${notice.other.agency.name} (${notice.other.agency.code})`;
  const headingId = `notice-${notice.id}`;
  const held = notice.own.agency.id !== session.agency.id;
  const holder = notice.own.agency.name;
  const ownLabel =
    notice.own.recordType === 'recovery'
      ? t('firearmReports.notices.yourRecovery')
      : notice.own.recordType === 'multiple_sales'
        ? held
          ? t('firearmReports.notices.heldMultipleSales', { holder })
          : t('firearmReports.notices.yourMultipleSales')
        : held
          ? t('firearmReports.notices.heldReport', { holder })
          : t('firearmReports.notices.yourReport');
  const date = notice.other.date ? formatDay(notice.other.date) : '';
  const matched =
    notice.other.recordType === 'recovery'
      ? t('firearmReports.notices.matchedRecovery', { agency })
      : notice.other.recordType === 'multiple_sales'
        ? t('firearmReports.notices.matchedMultipleSales', { agency, date })
        : t('firearmReports.notices.matchedReport', {
            agency,
            kind: notice.other.kind ? t(`recordRecovery.kinds.${notice.other.kind}`) : '',
            date,
          });
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Text fw={700} id={headingId}>
            <NoticeRecordLink recordType={notice.own.recordType} id={notice.own.id}>
              {ownLabel} · {firearm}
            </NoticeRecordLink>
          </Text>
          <Badge color={notice.read ? 'gray' : 'indigo'} variant={notice.read ? 'light' : 'filled'}>
            {notice.read ? t('firearmReports.notices.read') : t('firearmReports.notices.new')}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          <span style={{ fontFamily: 'monospace' }}>
            {t('firearmReports.notices.serial', { serial: notice.serial })}
          </span>{' '}
          · {t('firearmReports.notices.noticedOn', { date: formatDay(notice.createdAt.slice(0, 10)) })}
        </Text>
        {notice.other.disclosed ? (
          <Text size="sm">
            {notice.other.id && (
              <NoticeRecordLink recordType={notice.other.recordType} id={notice.other.id}>
                {matched}
              </NoticeRecordLink>
            )}
          </Text>
        ) : notice.requestAccess ? (
          <HiddenMatchList matches={[notice.requestAccess]} headingId={`${headingId}-hidden`} />
        ) : (
          notice.other.recordType === 'multiple_sales' && (
            <Text size="sm">{t('firearmReports.notices.hiddenMultipleSales', { agency })}</Text>
          )
        )}
        {!notice.read && (
          <Group justify="flex-end">
            <Button
              variant="default"
              size="xs"
              loading={markRead.isPending && markRead.variables === notice.id}
              onClick={() => markRead.mutate(notice.id)}
            >
              {t('firearmReports.notices.markRead')}
            </Button>
          </Group>
        )}
        <ProblemMessage error={markRead.variables === notice.id ? markRead.error : null} />
      </Stack>
    </Paper>
  );
}

export function MatchNoticesPage() {
  const { t } = useTranslation();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const notices = useMatchNotices(unreadOnly);
  const items = notices.data?.items ?? [];
  return (
    <>
      <PageHeader title={t('firearmReports.notices.title')} intro={t('firearmReports.notices.intro')} />
      <Stack maw={900}>
        <Group justify="space-between">
          <Checkbox
            label={t('firearmReports.notices.unreadOnly')}
            checked={unreadOnly}
            onChange={(e) => setUnreadOnly(e.currentTarget.checked)}
          />
          {notices.data && (
            <Text size="sm" c="dimmed" role="status">
              {t('firearmReports.notices.unreadCount', { count: notices.data.unread })}
            </Text>
          )}
        </Group>
        <ProblemMessage error={notices.error} />
        {notices.isSuccess && items.length === 0 && (
          <Text c="dimmed">{t('firearmReports.notices.empty')}</Text>
        )}
        {items.map((notice) => (
          <NoticeCard key={notice.id} notice={notice} />
        ))}
      </Stack>
    </>
  );
}
