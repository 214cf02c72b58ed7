// A link to a record serial search or duplicate detection found: a recovery, a lost/stolen report or a trace.
import { Anchor } from '@mantine/core';
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
  return (
    <Anchor
      fw={600}
      renderRoot={(props) =>
        recordType === 'trace' ? (
          <Link {...props} to="/traces/$traceId" params={{ traceId: id }} />
        ) : (
          <Link {...props} to="/lost-stolen/$reportId" params={{ reportId: id }} />
        )
      }
    >
      {children}
    </Anchor>
  );
}
