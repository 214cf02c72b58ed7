// The vocabulary of the distribution-chain walk: record holders, their answers to a hop, and why a trace can end
// without a purchaser. Shared by the walk (chain.ts) and the trace status machine (traceStatus.ts).
import type { PersonRef } from './persons';

export type HolderKind = 'manufacturer' | 'importer' | 'wholesaler' | 'dealer';

export interface HolderRef {
  /** Stable record-holder id (one per licence). Loops are detected on it. */
  readonly id: string;
  readonly kind: HolderKind;
  readonly name?: string;
  readonly licence?: string;
}

/** Where a holder's A&D record says the firearm went. */
export type Recipient =
  | { readonly kind: 'holder'; readonly holder: HolderRef }
  | { readonly kind: 'purchaser'; readonly person: PersonRef }
  | { readonly kind: 'lost_or_stolen' }
  | { readonly kind: 'exported'; readonly country: string };

export interface Disposition {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly to: Recipient;
}

/** A record holder's answer to "what did you do with make X, serial Y?". */
export type HopAnswer =
  /** One or more matching disposition rows (several when the holder's data holds duplicates). */
  | { readonly kind: 'disposed'; readonly dispositions: readonly Disposition[] }
  | { readonly kind: 'not_in_records' }
  /** The holder went out of business and its records are not available (not transferred, destroyed). */
  | { readonly kind: 'out_of_business_no_records' }
  /** The serial is in the records but for another make/model: the request describes a different gun. */
  | { readonly kind: 'description_mismatch'; readonly recorded?: string };

export interface Hop {
  readonly holder: HolderRef;
  /** `null` while the holder has not answered. */
  readonly answer: HopAnswer | null;
}

/** Every way a trace can end without a first retail purchaser. Each has a message key `firearms.notTraceable.<code>`. */
export const NON_COMPLETION_REASONS = [
  'pre_1968',
  'no_serial',
  'obliterated_not_restored',
  'serial_too_damaged',
  'serial_not_found',
  'description_mismatch',
  'broken_chain',
  'holder_out_of_business',
  'loop_in_records',
  'conflicting_records',
  'lost_or_stolen_from_holder',
  'exported_abroad',
  'foreign_origin',
  'origin_unknown',
  'maker_not_known',
  'request_error',
] as const;
export type NonCompletionReason = (typeof NON_COMPLETION_REASONS)[number];

/**
 * The reasons a tracing officer may close an open trace with, by hand: what the officer learns outside the records
 * (none of the candidates fits, the gun described is not the one the holder has, a holder is gone or has no record
 * of receiving it, the request itself is wrong). The others are reached only by the walk, from the records.
 */
export const OFFICER_CLOSING_REASONS = [
  'serial_not_found',
  'description_mismatch',
  'broken_chain',
  'holder_out_of_business',
  'request_error',
] as const satisfies readonly NonCompletionReason[];
export type OfficerClosingReason = (typeof OFFICER_CLOSING_REASONS)[number];

export function isNonCompletionReason(value: unknown): value is NonCompletionReason {
  return typeof value === 'string' && (NON_COMPLETION_REASONS as readonly string[]).includes(value);
}
