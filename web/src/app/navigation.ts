// The main navigation, one entry per capability, each shown only to roles whose abilities allow it.
import type { Ability } from './session';

export interface NavItem {
  to:
    | '/alerts'
    | '/search'
    | '/chemicals'
    | '/screening'
    | '/manifests'
    | '/watch-list'
    | '/notifications'
    | '/recoveries'
    | '/serials'
    | '/lost-stolen'
    | '/multiple-sales'
    | '/match-notices'
    | '/reference-proposals'
    | '/traces'
    | '/traces/queue'
    | '/holder'
    | '/access-requests'
    | '/agencies'
    | '/users'
    | '/sharing-groups'
    | '/audit';
  labelKey:
    | 'nav.alerts'
    | 'nav.search'
    | 'nav.chemicals'
    | 'nav.screening'
    | 'manifests.nav'
    | 'manifests.watchList.nav'
    | 'nav.notifications'
    | 'nav.recoveries'
    | 'nav.serials'
    | 'lostStolen.nav'
    | 'firearmReports.navMultipleSales'
    | 'firearmReports.navMatchNotices'
    | 'referenceProposals.nav'
    | 'traces.navList'
    | 'traces.navQueue'
    | 'traces.navInbox'
    | 'nav.accessRequests'
    | 'nav.agencies'
    | 'nav.users'
    | 'nav.sharingGroups'
    | 'nav.audit';
  /** Shown when the session has any of these abilities. */
  anyOf: readonly Ability[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/alerts', labelKey: 'nav.alerts', anyOf: ['read_alerts'] },
  { to: '/search', labelKey: 'nav.search', anyOf: ['search_records'] },
  { to: '/recoveries', labelKey: 'nav.recoveries', anyOf: ['record_recoveries'] },
  { to: '/serials', labelKey: 'nav.serials', anyOf: ['record_recoveries'] },
  // Record holders' users answer the tracing centres' questions about their records. Their inbox comes before
  // their other pages: a role lands on its first entry after sign-in (HomeRedirect), and the hops wait here.
  { to: '/holder', labelKey: 'traces.navInbox', anyOf: ['answer_trace_hops'] },
  // Agencies that record firearms, and record holders for the guns gone from their own stock.
  { to: '/lost-stolen', labelKey: 'lostStolen.nav', anyOf: ['record_recoveries', 'answer_trace_hops'] },
  { to: '/match-notices', labelKey: 'firearmReports.navMatchNotices', anyOf: ['record_recoveries'] },
  // Agencies file multiple-sales reports for any dealer; a dealer's own users file for its licences.
  {
    to: '/multiple-sales',
    labelKey: 'firearmReports.navMultipleSales',
    anyOf: ['record_recoveries', 'answer_trace_hops'],
  },
  // Agencies propose what the firearm reference table lacks; curators decide.
  {
    to: '/reference-proposals',
    labelKey: 'referenceProposals.nav',
    anyOf: ['record_recoveries', 'manage_reference'],
  },
  // Analysts read the traces shared with them; requesters and tracing officers also follow their own.
  {
    to: '/traces',
    labelKey: 'traces.navList',
    anyOf: ['request_traces', 'work_traces', 'record_recoveries'],
  },
  { to: '/traces/queue', labelKey: 'traces.navQueue', anyOf: ['work_traces'] },
  { to: '/chemicals', labelKey: 'nav.chemicals', anyOf: ['read_chemicals'] },
  { to: '/screening', labelKey: 'nav.screening', anyOf: ['screen_chemicals'] },
  // Manifests are screened by whoever screens chemicals; the watch list page is read-only unless the server
  // says canManage (regulators, customs staff).
  { to: '/manifests', labelKey: 'manifests.nav', anyOf: ['screen_chemicals'] },
  { to: '/watch-list', labelKey: 'manifests.watchList.nav', anyOf: ['screen_chemicals'] },
  { to: '/notifications', labelKey: 'nav.notifications', anyOf: ['manage_notifications'] },
  // Requesters follow their own requests here; agency admins also decide incoming ones.
  {
    to: '/access-requests',
    labelKey: 'nav.accessRequests',
    anyOf: ['decide_access_requests', 'search_records'],
  },
  { to: '/agencies', labelKey: 'nav.agencies', anyOf: ['manage_agencies'] },
  { to: '/users', labelKey: 'nav.users', anyOf: ['manage_agency_users', 'manage_all_users'] },
  { to: '/sharing-groups', labelKey: 'nav.sharingGroups', anyOf: ['manage_sharing_groups'] },
  { to: '/audit', labelKey: 'nav.audit', anyOf: ['read_audit'] },
];

/** The abilities that open a navigation entry's pages: the router guards them with the same list. */
export function sectionAbilities(to: NavItem['to']): readonly Ability[] {
  const item = NAV_ITEMS.find((i) => i.to === to);
  if (!item) throw new Error(`no navigation entry ${to}`);
  return item.anyOf;
}

export function navItemsFor(abilities: readonly Ability[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.anyOf.some((a) => abilities.includes(a)));
}
