// A link to one alert, styled as a Mantine anchor but routed by TanStack Router (typed path params).
import { Anchor } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

export function AlertLink({ alertId, fw, children }: { alertId: string; fw?: number; children: ReactNode }) {
  return (
    <Anchor fw={fw} renderRoot={(props) => <Link {...props} to="/alerts/$alertId" params={{ alertId }} />}>
      {children}
    </Anchor>
  );
}
