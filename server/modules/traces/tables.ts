// Kysely's view of the tracing tables (migration 0008_traces.sql), merged into the Database interface here so the
// traces slice stays in its own files; keep in step with the migration.
import type { ColumnType, Generated } from 'kysely';
import type { HolderKind, NonCompletionReason, TraceStatus } from '../../../core/firearms';
import type { SharedRecordColumns } from '../../db/schema';

type DateColumn = ColumnType<Date, string, string>;
type NullableDateColumn = ColumnType<Date | null, string | null | undefined, string | null>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type NullableJson<T> = ColumnType<T | null, string | null | undefined, string | null>;

export type Disposition = 'transfer' | 'sale' | 'lost_stolen' | 'export';
export type CandidateState = 'none' | 'pending' | 'confirmed';
export type HopState = 'open' | 'answered' | 'closed';

export interface RecordHolderTable {
  id: Generated<string>;
  kind: HolderKind;
  name: string;
  licence_number: string;
  country: 'US' | 'CA';
  us_state: string | null;
  makes: ColumnType<string[], string[] | undefined, string[]>;
  connected: Generated<boolean>;
  out_of_business: Generated<boolean>;
  agency_id: string | null;
  created_at: Generated<Date>;
}

export interface AdRecordTable {
  id: Generated<string>;
  holder_id: string;
  make: string;
  make_key: string;
  model: string | null;
  serial_folded: string;
  acquired_from_holder_id: string | null;
  acquired_from_name: string | null;
  acquired_on: NullableDateColumn;
  disposition: Disposition;
  disposed_to_holder_id: string | null;
  purchaser_name: string | null;
  purchaser_birth_date: NullableDateColumn;
  purchaser_address: string | null;
  export_country: string | null;
  disposed_on: DateColumn;
  /** The first 128 bits of the row's sha256, as a uuid (adRowHash). */
  row_hash: string;
  imported_at: Generated<Date>;
}

/** A candidate firearm for a partly restored serial, as the tracing officer sees it. */
export interface TraceCandidate {
  serialFolded: string;
  model: string | null;
  /** Characters that differ from the pattern's known ones (0 for a perfect fit) then similarity rank. */
  score: number;
}

export interface TraceTable extends SharedRecordColumns {
  id: Generated<string>;
  recovery_id: string;
  priority: 'routine' | 'urgent';
  justification: string | null;
  manufacture_year: number | null;
  status: TraceStatus;
  reason: NonCompletionReason | null;
  reason_params: ColumnType<Record<string, string | number>, string | undefined, string>;
  routing_reason: string;
  centre_agency_id: string | null;
  start_holder_id: string | null;
  make: string | null;
  make_key: string | null;
  model: string | null;
  serial_folded: string | null;
  serial_plain: ColumnType<string | null, string | null | undefined, string | null>;
  serial_state: 'intact' | 'obliterated' | 'partly_restored';
  recovered_on: DateColumn;
  recovery_country: string;
  candidate_state: ColumnType<CandidateState, CandidateState | undefined, CandidateState>;
  candidates: ColumnType<TraceCandidate[], string | undefined, string>;
  awaiting_holder_id: string | null;
  awaiting_since: NullableTimestamp;
  result: NullableJson<StoredTraceResult>;
  warnings: ColumnType<string[], string | undefined, string>;
  purchaser_key: string | null;
  dealer_holder_id: string | null;
  ttc_days: number | null;
  created_by_user_id: string;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  completed_at: NullableTimestamp;
  version: Generated<number>;
}

export interface TraceHopTable {
  id: Generated<string>;
  trace_id: string;
  hop_index: number;
  holder_id: string;
  asked_at: Timestamp;
  due_at: Timestamp;
  answered_at: NullableTimestamp;
  answered_by: 'records' | 'holder' | null;
  answer: NullableJson<StoredHopAnswer>;
  state: HopState;
}

/** A hop's answer as stored: recipients by holder id (never a copy of other A&D rows). */
export type StoredHopAnswer =
  | {
      kind: 'disposed';
      dispositions: {
        date: string;
        to:
          | { kind: 'holder'; holderId: string }
          | { kind: 'purchaser'; name: string; birthDate: string | null; address: string | null }
          | { kind: 'lost_or_stolen' }
          | { kind: 'exported'; country: string };
      }[];
    }
  | { kind: 'not_in_records' }
  | { kind: 'out_of_business_no_records' };

/** The published result of a completed trace (kept, as ATF keeps results, and shared by the trace's distribution). */
export interface StoredTraceResult {
  custody: { holderId: string; name: string; kind: HolderKind; disposedOn: string }[];
  dealer: { holderId: string; name: string; licence: string; country: string; usState: string | null };
  purchaser: { name: string; birthDate: string | null; address: string | null };
  purchaseDate: string;
  ttc: { days: number; years: number; band: 'strong' | 'indicator' | 'none' };
  indicators: {
    code: string;
    strength: 'strong' | 'moderate';
    messageKey: string;
    params: Record<string, string | number>;
  }[];
}

declare module '../../db/schema' {
  interface Database {
    record_holders: RecordHolderTable;
    ad_records: AdRecordTable;
    traces: TraceTable;
    trace_hops: TraceHopTable;
  }
}
