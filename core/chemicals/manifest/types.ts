// The manifest line model and the report each line gets: status, reasons (from single-structure screening),
// red flags (what the shipment data itself shows) and per-line errors, which never stop the rest.
import type { Jurisdiction } from '../reference';
import type { Confidence, RuleId, ScreeningStatus } from '../types';
import type { BaseUnit, Quantity } from './units';

export const MANIFEST_FIELDS = [
  'line',
  'description',
  'cas',
  'smiles',
  'hs_code',
  'quantity',
  'unit',
  'consignor',
  'consignee',
  'forwarder',
  'route',
  'consignment',
] as const;
export type ManifestField = (typeof MANIFEST_FIELDS)[number];

/** One row as read from the file: the line it starts on and its cells by field (missing columns are ''). */
export interface ManifestRow {
  readonly fileLine: number;
  readonly cells: Readonly<Record<ManifestField, string>>;
}

export type LineStatus = ScreeningStatus | 'error';
export const LINE_STATUSES: readonly LineStatus[] = [
  'controlled',
  'suspected_designer_precursor',
  'unresolved',
  'clear',
  'error',
];

export type LineErrorCode =
  | 'empty_line'
  | 'invalid_smiles'
  | 'invalid_cas'
  | 'invalid_cas_format'
  | 'quantity_not_a_number'
  | 'quantity_not_positive'
  | 'quantity_absurd'
  | 'unit_unknown'
  | 'unit_missing'
  | 'cell_too_long';

export interface LineError {
  readonly field: ManifestField;
  readonly code: LineErrorCode;
  readonly message: string;
}

/** Why a line has its status: one screening finding, said plainly. */
export interface LineReason {
  /** Which cell the finding came from. */
  readonly from: 'smiles' | 'cas' | 'description';
  readonly ruleId: RuleId | 'not_found';
  readonly parentId: string | null;
  readonly parentName: string | null;
  readonly confidence: Confidence | null;
  /** Jurisdictions that control the parent (at the screening date), and those whose listing is unconfirmed. */
  readonly controlledIn: readonly Jurisdiction[];
  readonly unknownIn: readonly Jurisdiction[];
  readonly message: string;
}

export type RedFlagCode =
  | 'extraordinary_quantity'
  | 'extraordinary_total'
  | 'watch_list'
  | 'several_forwarders'
  | 'high_risk_transit'
  | 'description_mismatch'
  | 'identifier_mismatch'
  | 'innocuous_description'
  | 'pill_press';

export interface RedFlag {
  readonly code: RedFlagCode;
  readonly params: Readonly<Record<string, string | number>>;
  readonly message: string;
}

export interface LineReport {
  /** Line of the file the row starts on (header = 1). */
  readonly fileLine: number;
  /** The manifest's own line/item number, as written. */
  readonly line: string;
  readonly description: string;
  readonly cas: string;
  readonly smiles: string;
  readonly hsCode: string;
  readonly quantity: Quantity | null;
  readonly consignor: string;
  readonly consignee: string;
  readonly forwarders: readonly string[];
  readonly route: readonly string[];
  readonly consignment: string;
  readonly status: LineStatus;
  /** Key the consignee's history is kept under: parent id, canonical SMILES, CAS or name. */
  readonly substanceKey: string | null;
  readonly reasons: readonly LineReason[];
  readonly redFlags: readonly RedFlag[];
  readonly errors: readonly LineError[];
}

/** What earlier shipments of one substance to one consignee looked like. */
export interface HistoryStats {
  readonly shipments: number;
  readonly median: number;
  readonly max: number;
  readonly base: BaseUnit;
}

export type WatchKind = 'consignee' | 'forwarder' | 'consignor';

export interface WatchEntry {
  readonly name: string;
  readonly identifier: string | null;
  readonly kind: WatchKind;
  readonly reason: string;
}

export interface ManifestSummary {
  readonly lines: number;
  readonly byStatus: Readonly<Record<LineStatus, number>>;
  readonly linesWithErrors: number;
  readonly linesWithRedFlags: number;
  readonly redFlags: Readonly<Partial<Record<RedFlagCode, number>>>;
  /** Per consignee and substance: total declared in this manifest (kg, L or units), for the history. */
  readonly shipments: readonly ShipmentTotal[];
  readonly uniqueStructures: number;
}

export interface ShipmentTotal {
  readonly consigneeKey: string;
  readonly consignee: string;
  readonly substanceKey: string;
  readonly base: BaseUnit;
  readonly total: number;
}
