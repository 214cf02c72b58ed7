// Kysely's view of the firearms tables (migration 0006_firearms.sql), merged into the Database interface here so
// the tracing slice stays in its own files; keep in step with the migration.
import type { ColumnType, Generated } from 'kysely';
import type { DescriptionWarning, FirearmTypeCode } from '../../../core/firearms';
import type { SharedRecordColumns } from '../../db/schema';

/** Dates without time travel as 'YYYY-MM-DD' strings (the pg type parser returns DATE columns as Date; see queries). */
type DateColumn = ColumnType<Date, string, string>;
type NullableDateColumn = ColumnType<Date | null, string | null | undefined, string | null>;

export type SerialState = 'intact' | 'obliterated' | 'partly_restored';

export interface RecoveryTable extends SharedRecordColumns {
  id: Generated<string>;
  serial_state: SerialState;
  serial_raw: string | null;
  serial_plain: string | null;
  serial_folded: string | null;
  make: string | null;
  make_id: string | null;
  make_key: string | null;
  model: string | null;
  caliber: string | null;
  caliber_id: string | null;
  type: FirearmTypeCode | null;
  free_text_description: boolean;
  country_of_manufacture: string | null;
  importer: string | null;
  other_markings: string | null;
  recovered_on: DateColumn;
  recovery_country: string;
  recovery_state: string | null;
  recovery_municipality: string | null;
  latitude: number | null;
  longitude: number | null;
  crime_code: string | null;
  case_number: string | null;
  possessor_name: string | null;
  possessor_birth_date: NullableDateColumn;
  description_warnings: ColumnType<DescriptionWarning[], string, string>;
  /** Set by the CSV import for obliterated serials only (0010): content hash and occurrence in the file. */
  import_key: ColumnType<string | null, string | null | undefined, string | null>;
  created_by_user_id: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

export interface LostStolenTable extends SharedRecordColumns {
  id: Generated<string>;
  kind: 'lost' | 'stolen';
  serial_raw: string;
  serial_plain: string;
  serial_folded: string;
  make: string | null;
  make_id: string | null;
  make_key: string | null;
  model: string | null;
  caliber: string | null;
  type: FirearmTypeCode | null;
  reported_on: DateColumn;
  details: string | null;
  created_by_user_id: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  version: Generated<number>;
}

/** Multiple-sales reports and their firearms (migration 0010_firearm_reports.sql). */
export interface MultipleSalesReportTable extends SharedRecordColumns {
  id: Generated<string>;
  form: 'handguns' | 'rifles';
  centre_agency_id: string | null;
  dealer_holder_id: string | null;
  dealer_name: string;
  dealer_licence: string;
  dealer_country: 'US' | 'CA';
  dealer_state: string | null;
  purchaser_name: string;
  purchaser_birth_date: NullableDateColumn;
  purchaser_address: string | null;
  first_sale_on: DateColumn;
  last_sale_on: DateColumn;
  created_by_user_id: string;
  created_at: Generated<Date>;
}

export interface MultipleSalesFirearmTable {
  id: Generated<string>;
  report_id: string;
  line: number;
  make: string;
  make_key: string;
  model: string | null;
  caliber: string | null;
  type: FirearmTypeCode | null;
  serial_raw: string;
  serial_folded: string;
  sold_on: DateColumn;
}

export type MatchRecordType = 'recovery' | 'lost_stolen' | 'multiple_sales';

export interface FirearmMatchNoticeTable {
  id: Generated<string>;
  recipient_agency_id: string;
  own_record_type: MatchRecordType;
  own_record_id: string;
  other_record_type: MatchRecordType;
  other_record_id: string;
  other_agency_id: string;
  serial_folded: string;
  created_at: Generated<Date>;
  read_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  read_by_user_id: string | null;
}

export type ReferenceProposalKind = 'make' | 'model' | 'caliber';
export type ReferenceProposalStatus = 'pending' | 'accepted' | 'rejected';

/** 0019_reference_proposals.sql: additions to the firearm reference table, proposed and decided. */
export interface ReferenceProposalTable {
  id: Generated<string>;
  kind: ReferenceProposalKind;
  name: string;
  make_id: string | null;
  aliases: string[];
  countries: string[];
  types: FirearmTypeCode[];
  calibers: string[];
  note: string | null;
  entry_key: string;
  status: Generated<ReferenceProposalStatus>;
  proposed_by_agency_id: string;
  proposed_by_user_id: string;
  decided_by_user_id: string | null;
  decided_at: Date | null;
  decision_note: string | null;
  created_at: Generated<Date>;
}

declare module '../../db/schema' {
  interface Database {
    reference_proposals: ReferenceProposalTable;
    recoveries: RecoveryTable;
    lost_stolen_reports: LostStolenTable;
    multiple_sales_reports: MultipleSalesReportTable;
    multiple_sales_firearms: MultipleSalesFirearmTable;
    firearm_match_notices: FirearmMatchNoticeTable;
  }
}
