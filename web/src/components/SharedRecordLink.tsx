// A link to any shared record (what lists, serial search, match notices and access requests point at), styled as a Mantine anchor but
// routed by TanStack Router.
import { Anchor } from '@mantine/core';
import { Link, type LinkProps } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { AccessRequest } from '../api/types';

export type SharedRecordType = AccessRequest['recordType'];

function routeOf(recordType: SharedRecordType, id: string): LinkProps {
  switch (recordType) {
    case 'alert':
      return { to: '/alerts/$alertId', params: { alertId: id } };
    case 'recovery':
      return { to: '/recoveries/$recoveryId', params: { recoveryId: id } };
    case 'lost_stolen':
      return { to: '/lost-stolen/$reportId', params: { reportId: id } };
    case 'export_notification':
      return { to: '/notifications/$notificationId', params: { notificationId: id } };
    case 'trace':
      return { to: '/traces/$traceId', params: { traceId: id } };
  }
}

export function SharedRecordLink({
  recordType,
  id,
  children,
}: {
  recordType: SharedRecordType;
  id: string;
  children: ReactNode;
}) {
  return (
    <Anchor fw={600} renderRoot={(props) => <Link {...props} {...routeOf(recordType, id)} />}>
      {children}
    </Anchor>
  );
}
