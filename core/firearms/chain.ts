// The distribution-chain walk as a pure state machine: given the hops answered so far, decide whom to ask next or
// how the trace ends. The server stores hops and calls `walkChain` after every answer; a connected holder's hop is
// answered at once and the walk simply runs again, so one function serves connected and unconnected holders alike.
import { parseIsoDate } from './calendar';
import type { Disposition, HolderRef, Hop, NonCompletionReason, Recipient } from './chainTypes';
import { comparePersons, type PersonRef } from './persons';
import { err, ok, type Result } from './result';

/** The Gun Control Act of 1968 created the record-keeping duty; guns made before 1968 have no A&D trail to walk. */
export const RECORDS_REQUIRED_FROM_YEAR = 1968;

export type SerialState = 'legible' | 'restored' | 'obliterated' | 'missing';

export interface ChainInput {
  /** The first record holder: manufacturer for a domestic gun, importer for an imported one (see routing.ts). */
  readonly start: HolderRef;
  readonly manufactureYear?: number | null;
  /** `obliterated` means not (yet) restored; a restored serial is traced like a legible one. */
  readonly serialState: SerialState;
  /** Hops in the order asked. Only the last may be unanswered. */
  readonly hops: readonly Hop[];
}

export interface CustodyStep {
  readonly holder: HolderRef;
  /** When this holder disposed of the firearm, `YYYY-MM-DD`. */
  readonly disposedOn: string;
}

export interface ChainResult {
  readonly dealer: HolderRef;
  readonly purchaser: PersonRef;
  readonly purchaseDate: string;
  /** Every holder from the start to the dealer, for the result's timeline. */
  readonly custody: readonly CustodyStep[];
}

export type ChainDecision =
  /** Open hop number `hopIndex` with this holder. */
  | { readonly kind: 'ask'; readonly hopIndex: number; readonly holder: HolderRef }
  /** Hop `hopIndex` is open and unanswered: the trace waits for this holder. */
  | { readonly kind: 'await'; readonly hopIndex: number; readonly holder: HolderRef }
  | { readonly kind: 'completed'; readonly result: ChainResult }
  | {
      readonly kind: 'not_traceable';
      readonly reason: NonCompletionReason;
      /** The hop that ended the walk; null when it ended before the first hop. */
      readonly hopIndex: number | null;
      readonly params: Readonly<Record<string, string | number>>;
    };

export const CHAIN_WARNING_CODES = [
  'duplicate_disposition',
  'disposed_before_acquired',
  'sold_by_non_dealer',
] as const;
export type ChainWarningCode = (typeof CHAIN_WARNING_CODES)[number];

export interface ChainWarning {
  readonly code: ChainWarningCode;
  readonly hopIndex: number;
}

export interface ChainWalk {
  readonly decision: ChainDecision;
  readonly warnings: readonly ChainWarning[];
}

/** Inconsistent input is a bug in the caller, not a fact about the firearm, so it is an error rather than a reason. */
export type ChainInputError =
  | {
      readonly code: 'hop_holder_mismatch';
      readonly hopIndex: number;
      readonly expected: string;
      readonly got: string;
    }
  | { readonly code: 'unanswered_hop_not_last'; readonly hopIndex: number }
  | { readonly code: 'hops_after_end'; readonly hopIndex: number }
  | { readonly code: 'empty_disposition'; readonly hopIndex: number }
  | { readonly code: 'invalid_date'; readonly hopIndex: number; readonly value: string };

export function walkChain(input: ChainInput): Result<ChainWalk, ChainInputError> {
  const warnings: ChainWarning[] = [];
  // A walk that ends at hop `endedAt` (null: before any hop) must not have hops after it.
  const finish = (decision: ChainDecision, endedAt: number | null): Result<ChainWalk, ChainInputError> => {
    const next = endedAt === null ? 0 : endedAt + 1;
    if (input.hops.length > next) return err({ code: 'hops_after_end', hopIndex: next });
    return ok({ decision, warnings });
  };
  const stop = (
    reason: NonCompletionReason,
    hopIndex: number | null,
    params: Record<string, string | number> = {},
  ) => finish({ kind: 'not_traceable', reason, hopIndex, params }, hopIndex);

  // Checks that need no hop: asking a holder would only waste a 24-hour answer. Once hops exist, the holders'
  // records speak instead (a maker may well hold records for a 1967 gun, and a serial may have been restored since).
  if (input.hops.length === 0) {
    if (input.manufactureYear != null && input.manufactureYear < RECORDS_REQUIRED_FROM_YEAR) {
      return stop('pre_1968', null, { year: input.manufactureYear });
    }
    if (input.serialState === 'missing') return stop('no_serial', null);
    if (input.serialState === 'obliterated') return stop('obliterated_not_restored', null);
  }

  const seen = new Set<string>([input.start.id]);
  const custody: CustodyStep[] = [];
  let expected: HolderRef = input.start;
  let previousDisposal: string | null = null;

  for (let i = 0; ; i++) {
    const hop = input.hops[i];
    if (!hop) return ok({ decision: { kind: 'ask', hopIndex: i, holder: expected }, warnings });
    if (hop.holder.id !== expected.id) {
      return err({ code: 'hop_holder_mismatch', hopIndex: i, expected: expected.id, got: hop.holder.id });
    }
    if (hop.answer === null) {
      if (i !== input.hops.length - 1) return err({ code: 'unanswered_hop_not_last', hopIndex: i });
      return ok({ decision: { kind: 'await', hopIndex: i, holder: hop.holder }, warnings });
    }
    switch (hop.answer.kind) {
      case 'not_in_records':
        // At the first hop the maker/importer never had this serial: the serial (or make) is wrong. Later, a holder
        // who was shipped the gun has no record of it: the chain is broken there.
        return i === 0 ? stop('serial_not_found', i) : stop('broken_chain', i, { holderId: hop.holder.id });
      case 'out_of_business_no_records':
        return stop('holder_out_of_business', i, { holderId: hop.holder.id });
      case 'description_mismatch':
        return stop('description_mismatch', i, hop.answer.recorded ? { recorded: hop.answer.recorded } : {});
      case 'disposed':
        break;
    }
    const distinct = distinctDispositions(hop.answer.dispositions);
    if (distinct.length === 0) return err({ code: 'empty_disposition', hopIndex: i });
    const badDate = distinct.find((d) => !parseIsoDate(d.date).ok);
    if (badDate) return err({ code: 'invalid_date', hopIndex: i, value: badDate.date });
    if (distinct.length < hop.answer.dispositions.length)
      warnings.push({ code: 'duplicate_disposition', hopIndex: i });
    // Two different fates for one gun in one holder's records: we cannot choose, a person has to.
    const [disposition, ...others] = distinct;
    if (!disposition || others.length > 0) return stop('conflicting_records', i, { count: distinct.length });
    // ISO dates compare correctly as strings once validated.
    if (previousDisposal !== null && disposition.date < previousDisposal) {
      warnings.push({ code: 'disposed_before_acquired', hopIndex: i });
    }
    previousDisposal = disposition.date;
    custody.push({ holder: hop.holder, disposedOn: disposition.date });

    const to = disposition.to;
    switch (to.kind) {
      case 'purchaser':
        if (hop.holder.kind !== 'dealer') warnings.push({ code: 'sold_by_non_dealer', hopIndex: i });
        return finish(
          {
            kind: 'completed',
            result: { dealer: hop.holder, purchaser: to.person, purchaseDate: disposition.date, custody },
          },
          i,
        );
      case 'lost_or_stolen':
        return stop('lost_or_stolen_from_holder', i, { holderId: hop.holder.id });
      case 'exported':
        return stop('exported_abroad', i, { country: to.country.toUpperCase() });
      case 'holder':
        if (seen.has(to.holder.id)) return stop('loop_in_records', i, { holderId: to.holder.id });
        seen.add(to.holder.id);
        expected = to.holder;
    }
  }
}

/** Removes exact repeats (same date, same recipient): the same row entered or uploaded twice is not a conflict. */
function distinctDispositions(dispositions: readonly Disposition[]): Disposition[] {
  const out: Disposition[] = [];
  for (const d of dispositions) {
    if (!out.some((o) => o.date === d.date && sameRecipient(o.to, d.to))) out.push(d);
  }
  return out;
}

function sameRecipient(a: Recipient, b: Recipient): boolean {
  switch (a.kind) {
    case 'holder':
      return b.kind === 'holder' && a.holder.id === b.holder.id;
    case 'purchaser':
      return b.kind === 'purchaser' && comparePersons(a.person, b.person) === 'same';
    case 'lost_or_stolen':
      return b.kind === 'lost_or_stolen';
    case 'exported':
      return b.kind === 'exported' && a.country.toUpperCase() === b.country.toUpperCase();
  }
}
