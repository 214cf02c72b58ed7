// Kysely's view of the notification tables (migrations 0007_notifications.sql and
// 0011_notification_attachments.sql), kept beside the module as the chemicals module does; `notificationDb` widens a Db or transaction with them (and the registry tables).
import type { ColumnType, Generated, Kysely, Transaction } from 'kysely';
import type { NotificationStatus } from '../../../core/chemicals/notificationStatus';
import type { ScreeningStatus } from '../../../core/chemicals';
import type { Tlp } from '../../../core/sharing';
import type { Database } from '../../db/schema';
import type { RegistryTables } from '../chemicals/tables';

/** DATE columns: written as yyyy-mm-dd, read back as a Date at local midnight or a string (see isoDay). */
type DateColumn = ColumnType<Date | string, string, string>;
type NullableDateColumn = ColumnType<Date | string | null, string | null | undefined, string | null>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** numeric comes back from node-postgres as a string, to keep every digit. */
type NumericColumn = ColumnType<string, string | number, string | number>;

export type PartyIdentifiers = { rfc?: string; ein?: string; bn?: string };

export interface PartyTable {
  id: Generated<string>;
  owner_agency_id: string;
  name: string;
  country: string;
  identifiers: ColumnType<PartyIdentifiers, string, string>;
  address: string;
  created_by_user_id: string;
  created_at: Generated<Date>;
}

export interface ExportNotificationTable {
  id: Generated<string>;
  owner_agency_id: string;
  distribution: ColumnType<'agency', 'agency' | undefined, never>;
  sharing_group_id: ColumnType<null, null | undefined, never>;
  tlp: Tlp;
  discoverable: ColumnType<boolean, false | undefined, never>;
  importing_agency_id: string;
  exporter_party_id: string;
  importer_party_id: string;
  consignee_party_id: string | null;
  point_of_entry: string;
  planned_dispatch_date: DateColumn;
  route: string;
  transit_countries: string[];
  voluntary: boolean;
  reference: string;
  status: ColumnType<NotificationStatus, NotificationStatus | undefined, NotificationStatus>;
  objection_reason: string | null;
  response_due_date: NullableDateColumn;
  sent_at: NullableTimestamp;
  acknowledged_at: NullableTimestamp;
  decided_at: NullableTimestamp;
  closed_at: NullableTimestamp;
  created_by_user_id: string;
  created_at: Generated<Date>;
  updated_at: Timestamp;
  version: ColumnType<number, number | undefined, number>;
}

export interface NotificationLineTable {
  id: Generated<string>;
  notification_id: string;
  position: number;
  chemical_id: string | null;
  substance_name: string | null;
  cas: string | null;
  smiles: string | null;
  description: string;
  quantity: NumericColumn;
  unit: string;
  screening_status: ScreeningStatus | null;
  screening: ColumnType<unknown, string | null | undefined, string | null>;
  screened_at: NullableTimestamp;
}

/** Migration 0011_notification_attachments.sql. */
export interface NotificationAttachmentTable {
  id: Generated<string>;
  notification_id: string;
  kind: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  content: ColumnType<Uint8Array, Uint8Array, never>;
  created_by_user_id: string;
  created_at: Generated<Date>;
}

// A type alias, not an interface: withTables needs the implicit index signature.
export type NotificationTables = {
  parties: PartyTable;
  export_notifications: ExportNotificationTable;
  notification_lines: NotificationLineTable;
  notification_attachments: NotificationAttachmentTable;
} & RegistryTables;

export type NotificationDatabase = Database & NotificationTables;
export type NotificationDb = Kysely<NotificationDatabase>;
export type NotificationTx = Transaction<NotificationDatabase>;

export function notificationDb(db: Transaction<Database>): NotificationTx;
export function notificationDb(db: Kysely<Database>): NotificationDb;
export function notificationDb(db: Kysely<Database> | Transaction<Database>) {
  return db.withTables<NotificationTables>();
}
