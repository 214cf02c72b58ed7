// A link to a record serial search or duplicate detection found: a recovery or a trace (lost/stolen reports have
// no page of their own yet, so they show as text).
import { Anchor, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { RecoveryLink } from './RecoveryLink';

export function SerialRecordLink({
  recordType,
  id,
  children,
}: {
  recordType: 'recovery' | 'lost_stolen' | 'trace';
  id: string;
  children: ReactNode;
}) {
  if (recordType === 'recovery') return <RecoveryLink recoveryId={id}>{children}</RecoveryLink>;
  if (recordType === 'trace')
    return (
      <Anchor
        fw={600}
        renderRoot={(props) => <Link {...props} to="/traces/$traceId" params={{ traceId: id }} />}
      >
        {children}
      </Anchor>
    );
  return (
    <Text fw={600} span>
      {children}
    </Text>
  );
}
