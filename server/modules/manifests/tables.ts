// Kysely's view of the manifest tables (migration 0009_manifests.sql); `manifestDb` widens a Db or transaction.
import type { ColumnType, Generated, Kysely, Transaction } from 'kysely';
import type { BaseUnit, WatchKind } from '../../../core/chemicals/manifest';
import type { Database } from '../../db/schema';

type Json<T> = ColumnType<T, string, string>;

export interface WatchListEntryTable {
  id: Generated<string>;
  owner_agency_id: string;
  kind: WatchKind;
  name: string;
  name_key: string;
  identifier: string | null;
  reason: string;
  added_by_user_id: string;
  added_at: Generated<Date>;
  removed_by_user_id: string | null;
  removed_at: Date | null;
  removal_reason: string | null;
}

export interface ManifestScreeningTable {
  id: Generated<string>;
  owner_agency_id: string;
  file_name: string;
  lines: number;
  by_status: Json<Record<string, number>>;
  red_flags: Json<Record<string, number>>;
  screened_by_user_id: string | null;
  screened_at: Generated<Date>;
}

export interface ManifestShipmentTable {
  id: Generated<string>;
  screening_id: string;
  owner_agency_id: string;
  consignee_key: string;
  consignee_name: string;
  substance_key: string;
  base_unit: BaseUnit;
  quantity: number;
  shipped_at: Generated<Date>;
}

// A type alias, not an interface: withTables needs the implicit index signature.
export type ManifestTables = {
  watch_list_entries: WatchListEntryTable;
  manifest_screenings: ManifestScreeningTable;
  manifest_shipments: ManifestShipmentTable;
};

export type ManifestDatabase = Database & ManifestTables;

export function manifestDb(db: Transaction<Database>): Transaction<ManifestDatabase>;
export function manifestDb(db: Kysely<Database>): Kysely<ManifestDatabase>;
export function manifestDb(db: Kysely<Database> | Transaction<Database>) {
  return db.withTables<ManifestTables>();
}
