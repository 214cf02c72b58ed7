// The vocabulary of sovereign sharing: who a user is, what a shared record carries, what one may do to it.
export const ROLES = [
  'analyst',
  'investigator',
  'tracing_officer',
  'regulator',
  'agency_admin',
  'auditor',
  'system_admin',
] as const;
export type Role = (typeof ROLES)[number];

export const COUNTRIES = ['MX', 'US', 'CA'] as const;
export type Country = (typeof COUNTRIES)[number];

export const DISTRIBUTIONS = ['agency', 'country', 'group', 'partners'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

/** TLP 2.0 labels; never translated. */
export const TLPS = ['CLEAR', 'GREEN', 'AMBER', 'AMBER+STRICT', 'RED'] as const;
export type Tlp = (typeof TLPS)[number];

export const RECORD_ACTIONS = ['read', 'update', 'share', 'export'] as const;
export type RecordAction = (typeof RECORD_ACTIONS)[number];

/** The acting user, as the policy needs to know them. */
export interface Actor {
  userId: string;
  agencyId: string;
  country: Country;
  role: Role;
  /** Sharing groups the actor's agency belongs to. */
  groupIds: readonly string[];
  /**
   * The actor acts for a record holder (a licensed manufacturer, importer, wholesaler or dealer): a
   * private company, not a partner agency, so distribution to country, group or partners never reaches it.
   */
  recordHolder: boolean;
}

/** The sharing fields every shared record carries. */
export interface SharedRecord {
  ownerAgencyId: string;
  ownerCountry: Country;
  distribution: Distribution;
  sharingGroupId: string | null;
  tlp: Tlp;
  /** Agencies granted read access through an access request. */
  grantedAgencyIds: readonly string[];
}
