import { describe, expect, it } from 'vitest';
import { walkChain, type ChainInput } from './chain';
import type { Disposition, HolderRef, Hop, HopAnswer } from './chainTypes';

const maker: HolderRef = { id: 'mfr', kind: 'manufacturer', name: 'Maker' };
const wholesaler: HolderRef = { id: 'wh', kind: 'wholesaler' };
const wholesaler2: HolderRef = { id: 'wh2', kind: 'wholesaler' };
const dealer: HolderRef = { id: 'dl', kind: 'dealer', licence: '5-74-000-01-1A-00000' };
const buyer = { id: 'person-1', fullName: 'Juan Pérez' };

const toHolder = (holder: HolderRef, date: string): HopAnswer => ({
  kind: 'disposed',
  dispositions: [{ date, to: { kind: 'holder', holder } }],
});
const toBuyer = (date: string): HopAnswer => ({
  kind: 'disposed',
  dispositions: [{ date, to: { kind: 'purchaser', person: buyer } }],
});

const fullChain: Hop[] = [
  { holder: maker, answer: toHolder(wholesaler, '2019-01-05') },
  { holder: wholesaler, answer: toHolder(dealer, '2019-02-01') },
  { holder: dealer, answer: toBuyer('2019-03-15') },
];

function walk(hops: Hop[], extra: Partial<ChainInput> = {}) {
  const r = walkChain({ start: maker, serialState: 'legible', hops, ...extra });
  if (!r.ok) throw new Error(`input error ${JSON.stringify(r.error)}`);
  return r.value;
}

describe('walking the distribution chain', () => {
  it('asks the manufacturer first', () => {
    expect(walk([]).decision).toEqual({ kind: 'ask', hopIndex: 0, holder: maker });
  });

  it('completes a fully connected chain with dealer, purchaser, date and custody timeline', () => {
    const { decision, warnings } = walk(fullChain);
    expect(warnings).toEqual([]);
    expect(decision).toEqual({
      kind: 'completed',
      result: {
        dealer,
        purchaser: buyer,
        purchaseDate: '2019-03-15',
        custody: [
          { holder: maker, disposedOn: '2019-01-05' },
          { holder: wholesaler, disposedOn: '2019-02-01' },
          { holder: dealer, disposedOn: '2019-03-15' },
        ],
      },
    });
  });

  it('walks several wholesalers', () => {
    const hops: Hop[] = [
      { holder: maker, answer: toHolder(wholesaler, '2019-01-05') },
      { holder: wholesaler, answer: toHolder(wholesaler2, '2019-01-20') },
      { holder: wholesaler2, answer: toHolder(dealer, '2019-02-01') },
      { holder: dealer, answer: toBuyer('2019-03-15') },
    ];
    expect(walk(hops).decision).toMatchObject({ kind: 'completed', result: { dealer } });
  });

  it('asks the next holder of a partly connected chain, then waits for its answer', () => {
    expect(walk(fullChain.slice(0, 2)).decision).toEqual({ kind: 'ask', hopIndex: 2, holder: dealer });
    expect(walk([...fullChain.slice(0, 2), { holder: dealer, answer: null }]).decision).toEqual({
      kind: 'await',
      hopIndex: 2,
      holder: dealer,
    });
  });

  it('ends as serial_not_found when the manufacturer has no record, broken_chain when a later holder has none', () => {
    expect(walk([{ holder: maker, answer: { kind: 'not_in_records' } }]).decision).toEqual({
      kind: 'not_traceable',
      reason: 'serial_not_found',
      hopIndex: 0,
      params: {},
    });
    const broken = walk([fullChain[0]!, { holder: wholesaler, answer: { kind: 'not_in_records' } }]).decision;
    expect(broken).toEqual({
      kind: 'not_traceable',
      reason: 'broken_chain',
      hopIndex: 1,
      params: { holderId: 'wh' },
    });
  });

  it('ends when a holder is out of business without records, or the records describe another gun', () => {
    expect(
      walk([fullChain[0]!, { holder: wholesaler, answer: { kind: 'out_of_business_no_records' } }]).decision,
    ).toMatchObject({
      reason: 'holder_out_of_business',
      hopIndex: 1,
    });
    expect(
      walk([{ holder: maker, answer: { kind: 'description_mismatch', recorded: 'Model 10, .38 Special' } }])
        .decision,
    ).toMatchObject({ reason: 'description_mismatch', params: { recorded: 'Model 10, .38 Special' } });
  });

  it('detects a loop when a holder reappears', () => {
    const hops: Hop[] = [
      { holder: maker, answer: toHolder(wholesaler, '2019-01-05') },
      { holder: wholesaler, answer: toHolder(maker, '2019-01-06') },
    ];
    expect(walk(hops).decision).toEqual({
      kind: 'not_traceable',
      reason: 'loop_in_records',
      hopIndex: 1,
      params: { holderId: 'mfr' },
    });
  });

  it('refuses pre-1968, unserialised and unrestored obliterated guns before asking anyone', () => {
    expect(walk([], { manufactureYear: 1965 }).decision).toMatchObject({
      reason: 'pre_1968',
      hopIndex: null,
      params: { year: 1965 },
    });
    expect(walk([], { manufactureYear: 1968 }).decision).toMatchObject({ kind: 'ask' });
    expect(walk([], { serialState: 'missing' }).decision).toMatchObject({ reason: 'no_serial' });
    expect(walk([], { serialState: 'obliterated' }).decision).toMatchObject({
      reason: 'obliterated_not_restored',
    });
    expect(walk([], { serialState: 'restored' }).decision).toMatchObject({ kind: 'ask' });
    // Once a holder has answered from its records, those records are followed.
    expect(walk(fullChain, { manufactureYear: 1967 }).decision.kind).toBe('completed');
  });

  it('ignores exact duplicate dispositions with a warning and stops on conflicting ones', () => {
    const dup: Disposition = { date: '2019-01-05', to: { kind: 'holder', holder: wholesaler } };
    const withDup = walk([
      { holder: maker, answer: { kind: 'disposed', dispositions: [dup, { ...dup }] } },
      ...fullChain.slice(1),
    ]);
    expect(withDup.decision.kind).toBe('completed');
    expect(withDup.warnings).toEqual([{ code: 'duplicate_disposition', hopIndex: 0 }]);

    const conflicting = walk([
      {
        holder: maker,
        answer: {
          kind: 'disposed',
          dispositions: [dup, { date: '2019-01-05', to: { kind: 'holder', holder: wholesaler2 } }],
        },
      },
    ]);
    expect(conflicting.decision).toMatchObject({
      kind: 'not_traceable',
      reason: 'conflicting_records',
      params: { count: 2 },
    });
  });

  it('treats the same purchaser written twice as a duplicate, not a conflict', () => {
    const answer: HopAnswer = {
      kind: 'disposed',
      dispositions: [
        { date: '2019-03-15', to: { kind: 'purchaser', person: { fullName: 'PÉREZ, Juan' } } },
        { date: '2019-03-15', to: { kind: 'purchaser', person: { fullName: 'Juan Perez' } } },
      ],
    };
    expect(walk([...fullChain.slice(0, 2), { holder: dealer, answer }]).decision.kind).toBe('completed');
  });

  it('ends on theft from a holder and on export, saying where it went', () => {
    const stolen: HopAnswer = {
      kind: 'disposed',
      dispositions: [{ date: '2019-02-01', to: { kind: 'lost_or_stolen' } }],
    };
    expect(walk([fullChain[0]!, { holder: wholesaler, answer: stolen }]).decision).toMatchObject({
      reason: 'lost_or_stolen_from_holder',
    });
    const exported: HopAnswer = {
      kind: 'disposed',
      dispositions: [{ date: '2019-02-01', to: { kind: 'exported', country: 'mx' } }],
    };
    expect(walk([{ holder: maker, answer: exported }]).decision).toMatchObject({
      reason: 'exported_abroad',
      params: { country: 'MX' },
    });
  });

  it('warns about impossible dates and sales by non-dealers without stopping', () => {
    const hops: Hop[] = [
      { holder: maker, answer: toHolder(wholesaler, '2019-05-01') },
      { holder: wholesaler, answer: toBuyer('2019-04-01') },
    ];
    const r = walk(hops);
    expect(r.decision.kind).toBe('completed');
    expect(r.warnings).toEqual([
      { code: 'disposed_before_acquired', hopIndex: 1 },
      { code: 'sold_by_non_dealer', hopIndex: 1 },
    ]);
  });

  it('reports inconsistent input as an error, not as a fact about the gun', () => {
    const start = { start: maker, serialState: 'legible' as const };
    expect(walkChain({ ...start, hops: [{ holder: dealer, answer: null }] })).toMatchObject({
      ok: false,
      error: { code: 'hop_holder_mismatch', hopIndex: 0, expected: 'mfr', got: 'dl' },
    });
    expect(walkChain({ ...start, hops: [{ holder: maker, answer: null }, fullChain[1]!] })).toMatchObject({
      ok: false,
      error: { code: 'unanswered_hop_not_last' },
    });
    expect(
      walkChain({ ...start, hops: [{ holder: maker, answer: { kind: 'not_in_records' } }, fullChain[1]!] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'hops_after_end', hopIndex: 1 },
    });
    expect(walkChain({ ...start, hops: [...fullChain, { holder: dealer, answer: null }] })).toMatchObject({
      ok: false,
      error: { code: 'hops_after_end', hopIndex: 3 },
    });
    expect(
      walkChain({ ...start, hops: [{ holder: maker, answer: { kind: 'disposed', dispositions: [] } }] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'empty_disposition' },
    });
    expect(
      walkChain({ ...start, hops: [{ holder: maker, answer: toHolder(wholesaler, '2019-02-30') }] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid_date', value: '2019-02-30' },
    });
  });
});
