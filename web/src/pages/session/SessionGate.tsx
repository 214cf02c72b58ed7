// The root of every page: signed out → sign-in; second factor still to set up → enrolment; else the app.
import { Center, Loader } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CurrentSessionContext, useSession } from '../../app/session';
import { AppLayout } from '../../components/AppLayout';
import { ProblemMessage } from '../../components/ProblemMessage';
import { SignInPage } from './SignInPage';
import { TotpEnrollmentPage } from './TotpEnrollmentPage';

export function SessionGate() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.isPending) {
    return (
      <Center h="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (session.isError) {
    return (
      <Center h="100vh" p="md" component="main">
        <ProblemMessage error={session.error} />
      </Center>
    );
  }
  if (!session.data) return <SignInPage />;
  if (session.data.totpEnrollmentRequired) return <TotpEnrollmentPage />;
  return (
    <CurrentSessionContext.Provider value={session.data}>
      <AppLayout session={session.data}>
        <Outlet />
      </AppLayout>
    </CurrentSessionContext.Provider>
  );
}
