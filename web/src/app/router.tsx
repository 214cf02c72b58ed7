// Code-based routes: one per page, each guarded by the abilities its page needs (the server checks again). A page
// under a navigation entry takes that entry's abilities (sectionAbilities), so a link never leads to a refusal.
import { createRootRoute, createRoute, createRouter } from '@tanstack/react-router';
import type { JSX } from 'react';
import { RequireAbility } from '../components/RequireAbility';
import { NotFoundPage } from '../components/NotFoundPage';
import { AccessRequestsPage } from '../pages/access-requests/AccessRequestsPage';
import { AgenciesPage } from '../pages/agencies/AgenciesPage';
import { AlertDetailPage } from '../pages/alerts/AlertDetailPage';
import { AlertsListPage } from '../pages/alerts/AlertsListPage';
import { PublishAlertPage } from '../pages/alerts/PublishAlertPage';
import { AuditPage } from '../pages/audit/AuditPage';
import { AddChemicalPage } from '../pages/chemicals/AddChemicalPage';
import { ChemicalDetailPage } from '../pages/chemicals/ChemicalDetailPage';
import { ChemicalsListPage } from '../pages/chemicals/ChemicalsListPage';
import { ScreeningPage } from '../pages/chemicals/ScreeningPage';
import { ManifestScreeningPage } from '../pages/manifests/ManifestScreeningPage';
import { WatchListPage } from '../pages/manifests/WatchListPage';
import { ReportLostStolenPage } from '../pages/firearms/ReportLostStolenPage';
import { ImportRecoveriesPage } from '../pages/firearms/ImportRecoveriesPage';
import { RecordRecoveryPage } from '../pages/firearms/RecordRecoveryPage';
import { RecoveriesListPage } from '../pages/firearms/RecoveriesListPage';
import { RecoveryDetailPage } from '../pages/firearms/RecoveryDetailPage';
import { SerialSearchPage } from '../pages/firearms/SerialSearchPage';
import { parseSerialSearch } from '../pages/firearms/serialSearch';
import { FileMultipleSalesPage } from '../pages/firearms/FileMultipleSalesPage';
import { MatchNoticesPage } from '../pages/firearms/MatchNoticesPage';
import { LostStolenDetailPage } from '../pages/firearms/LostStolenDetailPage';
import { LostStolenListPage } from '../pages/firearms/LostStolenListPage';
import { MultipleSalesPage } from '../pages/firearms/MultipleSalesPage';
import { parseProposalSearch } from '../pages/reference-proposals/proposalForm';
import { ReferenceProposalsPage } from '../pages/reference-proposals/ReferenceProposalsPage';
import { DraftNotificationPage } from '../pages/notifications/DraftNotificationPage';
import { EditNotificationPage } from '../pages/notifications/EditNotificationPage';
import { NotificationDetailPage } from '../pages/notifications/NotificationDetailPage';
import { NotificationsListPage } from '../pages/notifications/NotificationsListPage';
import { HolderInboxPage } from '../pages/holder/HolderInboxPage';
import { HomeRedirect } from '../pages/session/HomeRedirect';
import { SessionGate } from '../pages/session/SessionGate';
import { SearchPage } from '../pages/search/SearchPage';
import { SharingGroupsPage } from '../pages/sharing-groups/SharingGroupsPage';
import { TokensPage } from '../pages/tokens/TokensPage';
import { TraceDetailPage } from '../pages/traces/TraceDetailPage';
import { TraceQueuePage } from '../pages/traces/TraceQueuePage';
import { TracesListPage } from '../pages/traces/TracesListPage';
import { parseTraceListSearch } from '../pages/traces/traceListSearch';
import { UsersPage } from '../pages/users/UsersPage';
import { sectionAbilities } from './navigation';
import type { Ability } from './session';

const rootRoute = createRootRoute({ component: SessionGate, notFoundComponent: NotFoundPage });

type Page = () => JSX.Element;

function guarded(anyOf: readonly Ability[], Page: Page): Page {
  return function GuardedPage() {
    return (
      <RequireAbility anyOf={anyOf}>
        <Page />
      </RequireAbility>
    );
  };
}

const homeRedirectRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: HomeRedirect,
});
const alertsListRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/alerts',
  component: guarded(sectionAbilities('/alerts'), AlertsListPage),
});
const publishAlertRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/alerts/new',
  component: guarded(['publish_alerts'], PublishAlertPage),
});
const alertDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/alerts/$alertId',
  component: guarded(sectionAbilities('/alerts'), AlertDetailPage),
});
const searchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/search',
  component: guarded(sectionAbilities('/search'), SearchPage),
});
const chemicalsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/chemicals',
  component: guarded(sectionAbilities('/chemicals'), ChemicalsListPage),
});
const addChemicalRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/chemicals/new',
  component: guarded(['manage_chemicals'], AddChemicalPage),
});
const chemicalDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/chemicals/$chemicalId',
  component: guarded(sectionAbilities('/chemicals'), ChemicalDetailPage),
});
const screeningRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/screening',
  component: guarded(sectionAbilities('/screening'), ScreeningPage),
});
const manifestsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/manifests',
  component: guarded(sectionAbilities('/manifests'), ManifestScreeningPage),
});
const watchListRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/watch-list',
  component: guarded(sectionAbilities('/watch-list'), WatchListPage),
});
const notificationsInboxRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/notifications',
  component: guarded(sectionAbilities('/notifications'), () => <NotificationsListPage box="inbox" />),
});
const notificationsOutboxRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/notifications/outbox',
  component: guarded(sectionAbilities('/notifications'), () => <NotificationsListPage box="outbox" />),
});
const draftNotificationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/notifications/new',
  component: guarded(sectionAbilities('/notifications'), DraftNotificationPage),
});
const notificationDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/notifications/$notificationId',
  component: guarded(sectionAbilities('/notifications'), NotificationDetailPage),
});
const editNotificationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/notifications/$notificationId/edit',
  component: guarded(sectionAbilities('/notifications'), EditNotificationPage),
});
const recoveriesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/recoveries',
  component: guarded(sectionAbilities('/recoveries'), RecoveriesListPage),
});
const recordRecoveryRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/recoveries/new',
  component: guarded(sectionAbilities('/recoveries'), RecordRecoveryPage),
});
const importRecoveriesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/recoveries/import',
  component: guarded(['record_recoveries'], ImportRecoveriesPage),
});
const recoveryDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/recoveries/$recoveryId',
  component: guarded(sectionAbilities('/recoveries'), RecoveryDetailPage),
});
const serialsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/serials',
  // The query and mode in the URL (?q=MXD4471&mode=fuzzy): Back from a match, a reload or a link repeats the search.
  validateSearch: parseSerialSearch,
  component: guarded(sectionAbilities('/serials'), SerialSearchPage),
});
const lostStolenRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/lost-stolen',
  component: guarded(sectionAbilities('/lost-stolen'), LostStolenListPage),
});
const reportLostStolenRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/lost-stolen/new',
  component: guarded(sectionAbilities('/lost-stolen'), ReportLostStolenPage),
});
const lostStolenDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/lost-stolen/$reportId',
  component: guarded(sectionAbilities('/lost-stolen'), LostStolenDetailPage),
});
const multipleSalesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/multiple-sales',
  component: guarded(sectionAbilities('/multiple-sales'), MultipleSalesPage),
});
const fileMultipleSalesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/multiple-sales/new',
  component: guarded(sectionAbilities('/multiple-sales'), FileMultipleSalesPage),
});
const matchNoticesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/match-notices',
  component: guarded(sectionAbilities('/match-notices'), MatchNoticesPage),
});
// Agencies that record firearms propose additions to the reference table; curators decide. The query pre-fills
// the form (?kind=model&make=Glock&name=G49).
const referenceProposalsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reference-proposals',
  validateSearch: parseProposalSearch,
  component: guarded(sectionAbilities('/reference-proposals'), ReferenceProposalsPage),
});
const tracesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/traces',
  validateSearch: parseTraceListSearch,
  component: guarded(sectionAbilities('/traces'), TracesListPage),
});
const traceQueueRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/traces/queue',
  component: guarded(sectionAbilities('/traces/queue'), TraceQueuePage),
});
const traceDetailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/traces/$traceId',
  component: guarded(sectionAbilities('/traces'), TraceDetailPage),
});
const holderInboxRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/holder',
  component: guarded(sectionAbilities('/holder'), HolderInboxPage),
});
const accessRequestsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/access-requests',
  component: guarded(sectionAbilities('/access-requests'), AccessRequestsPage),
});
const tokensRoute = createRoute({ getParentRoute: () => rootRoute, path: '/tokens', component: TokensPage });
const agenciesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/agencies',
  component: guarded(sectionAbilities('/agencies'), AgenciesPage),
});
const usersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/users',
  component: guarded(sectionAbilities('/users'), UsersPage),
});
const sharingGroupsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sharing-groups',
  component: guarded(sectionAbilities('/sharing-groups'), SharingGroupsPage),
});
const auditRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/audit',
  component: guarded(sectionAbilities('/audit'), AuditPage),
});

const routeTree = rootRoute.addChildren([
  homeRedirectRoute,
  alertsListRoute,
  publishAlertRoute,
  alertDetailRoute,
  searchRoute,
  chemicalsRoute,
  addChemicalRoute,
  chemicalDetailRoute,
  screeningRoute,
  manifestsRoute,
  watchListRoute,
  notificationsInboxRoute,
  notificationsOutboxRoute,
  draftNotificationRoute,
  notificationDetailRoute,
  editNotificationRoute,
  recoveriesRoute,
  recordRecoveryRoute,
  importRecoveriesRoute,
  recoveryDetailRoute,
  serialsRoute,
  lostStolenRoute,
  reportLostStolenRoute,
  lostStolenDetailRoute,
  multipleSalesRoute,
  fileMultipleSalesRoute,
  matchNoticesRoute,
  referenceProposalsRoute,
  tracesRoute,
  traceQueueRoute,
  traceDetailRoute,
  holderInboxRoute,
  accessRequestsRoute,
  tokensRoute,
  agenciesRoute,
  usersRoute,
  sharingGroupsRoute,
  auditRoute,
]);

export const router = createRouter({ routeTree, defaultPreload: false, scrollRestoration: true });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
