// "/" opens the first page the role may use: alerts for analysts, audit for auditors, agencies for admins.
import { Navigate } from '@tanstack/react-router';
import { navItemsFor } from '../../app/navigation';
import { useCurrentSession } from '../../app/session';

export function HomeRedirect() {
  const session = useCurrentSession();
  const first = navItemsFor(session.abilities)[0];
  return <Navigate to={first?.to ?? '/tokens'} replace />;
}
