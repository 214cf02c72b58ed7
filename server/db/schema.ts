// Kysely's view of the tables the migrations create. Keep in step with server/db/migrations.
import type { ColumnType, Generated } from 'kysely';
import type { Country, Distribution, Role, Tlp } from '../../core/sharing';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface AgencyTable {
  id: Generated<string>;
  code: string;
  name: string;
  country: Country;
  kind: string;
  totp_required: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface UserTable {
  id: Generated<string>;
  agency_id: string;
  email: string;
  display_name: string;
  role: Role;
  password_hash: string;
  locale: Generated<string>;
  totp_secret: string | null;
  totp_enabled: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: NullableTimestamp;
  disabled: Generated<boolean>;
  is_demo: Generated<boolean>;
  created_at: Generated<Date>;
}

export interface SessionTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  created_at: Generated<Date>;
  expires_at: Timestamp;
}

export interface ApiTokenTable {
  id: Generated<string>;
  user_id: string;
  name: string;
  token_prefix: string;
  token_hash: string;
  scopes: string[];
  expires_at: Timestamp;
  revoked_at: NullableTimestamp;
  last_used_at: NullableTimestamp;
  created_at: Generated<Date>;
}

export interface SharingGroupTable {
  id: Generated<string>;
  name: string;
  description: Generated<string>;
  created_at: Generated<Date>;
}

export interface SharingGroupMemberTable {
  group_id: string;
  agency_id: string;
}

export interface AccessRequestTable {
  id: Generated<string>;
  record_type: string;
  record_id: string;
  owner_agency_id: string;
  requester_user_id: string;
  requester_agency_id: string;
  reason: string;
  status: Generated<'pending' | 'granted' | 'refused' | 'revoked'>;
  decided_by_user_id: string | null;
  decision_note: string | null;
  decided_at: NullableTimestamp;
  revoked_by_user_id: string | null;
  revocation_note: string | null;
  revoked_at: NullableTimestamp;
  created_at: Generated<Date>;
}

export interface AccessGrantTable {
  id: Generated<string>;
  record_type: string;
  record_id: string;
  grantee_agency_id: string;
  access_request_id: string | null;
  granted_by_user_id: string;
  created_at: Generated<Date>;
  revoked_at: NullableTimestamp;
  revoked_by_user_id: string | null;
}

export interface AuditChainTable {
  chain: number;
  last_seq: ColumnType<string, string | number, string | number>;
  last_hash: string;
}

export interface AuditEventTable {
  id: Generated<string>;
  chain: number;
  seq: ColumnType<string, string | number, string | number>;
  at: Timestamp;
  actor_user_id: string | null;
  actor_agency_id: string | null;
  action: string;
  record_type: string | null;
  record_id: string | null;
  owner_agency_id: string | null;
  ip: string | null;
  request_id: string | null;
  details: ColumnType<Record<string, unknown>, string, string>;
  prev_hash: string;
  hash: string;
}

/** Columns every shared record table carries (see core/sharing). */
export interface SharedRecordColumns {
  owner_agency_id: string;
  distribution: Distribution;
  sharing_group_id: string | null;
  tlp: Tlp;
  discoverable: Generated<boolean>;
}

export interface AlertTable extends SharedRecordColumns {
  id: Generated<string>;
  title: string;
  body: string;
  expires_at: NullableTimestamp;
  created_by_user_id: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

export interface AlertReadTable {
  alert_id: string;
  user_id: string;
  read_at: Generated<Date>;
}

export interface MigrationTable {
  version: number;
  name: string;
  checksum: string;
  applied_at: Generated<Date>;
}

export interface Database {
  agencies: AgencyTable;
  users: UserTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  sharing_groups: SharingGroupTable;
  sharing_group_members: SharingGroupMemberTable;
  access_requests: AccessRequestTable;
  access_grants: AccessGrantTable;
  audit_chains: AuditChainTable;
  audit_events: AuditEventTable;
  alerts: AlertTable;
  alert_reads: AlertReadTable;
  schema_migrations: MigrationTable;
}
