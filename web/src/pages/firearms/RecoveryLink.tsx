// A link to one recovered firearm, styled as a Mantine anchor but routed by TanStack Router.
import { Anchor } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

export function RecoveryLink({ recoveryId, children }: { recoveryId: string; children: ReactNode }) {
  return (
    <Anchor
      fw={600}
      renderRoot={(props) => <Link {...props} to="/recoveries/$recoveryId" params={{ recoveryId }} />}
    >
      {children}
    </Anchor>
  );
}
