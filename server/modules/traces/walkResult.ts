// The published result of the traces a walk completed: custody, dealer, purchaser, TTC and the indicators with
// their reasons. The facts the indicators count on (the purchaser's other traced guns, the dealer's other short-TTC
// traces in the year up to the recovery, multiple-sales reports listing the firearm, the possessor) are read in one
// query for the whole batch, the two counts from the running counts of migrations 0025 and 0027; traces completed
// earlier in the same batch count as if each had been requested on its own, one after the other.
import { sql } from 'kysely';
import { dealerLookback, evaluateIndicators, timeToCrime, type ChainResult } from '../../../core/firearms';
import type { AuditEntry } from '../../platform/audit';
import type { Tx } from '../../platform/transaction';
import type { StoredTraceResult } from './tables';
import { endTrace, move, purchaserKey, type Completing, type HolderRow, type Walking } from './walkState';
import './tables';
import '../firearms/tables';
import { prepared } from '../../db/preparedStatements';

/** TTC bands that count as "short" for the dealer indicator (trace_indicator_keys of migration 0027 has the same). */
const SHORT_BANDS = ['strong', 'indicator'] as const;

interface Facts {
  possessors: Map<string, { name: string | null; birthDate: string | null }>;
  purchaserTraces: Map<string, number>;
  /** By `dealerWindowKey`: the dealer's short-TTC traces recovered in that look-back. */
  dealerShortTraces: Map<string, number>;
  multipleSales: Map<string, string[]>;
}

const firearmKey = (makeKey: string, serial: string) => `${makeKey}|${serial}`;

/** The dealer and the look-back of one recovery date; the look-back's last month names it. */
interface DealerWindow {
  id: string;
  from: string;
  to: string;
}
const dealerWindowKey = (w: { id: string; to: string }) => `${w.id}|${w.to}`;

function dealerWindowOf(dealerId: string, recoveredOn: string): DealerWindow | null {
  const months = dealerLookback(recoveredOn);
  return months ? { id: dealerId, ...months } : null;
}

async function factsOf(tx: Tx, ready: { w: Walking; chain: ChainResult }[]): Promise<Facts> {
  const recoveryIds = [...new Set(ready.map((r) => r.w.row.recovery_id))];
  const keys = [
    ...new Set(
      ready.map((r) => purchaserKey(r.chain.purchaser.fullName ?? '', r.chain.purchaser.birthDate ?? null)),
    ),
  ];
  const windows = new Map<string, DealerWindow>();
  for (const r of ready) {
    const window = dealerWindowOf(r.chain.dealer.id, r.w.row.recovered_on_text);
    if (window) windows.set(dealerWindowKey(window), window);
  }
  // Same rule as the multiple-sales module's reportsListingFirearm: a known make and a complete serial.
  const firearms = ready.flatMap(({ w }) =>
    w.row.make_key && w.row.serial_folded && !w.row.serial_folded.includes('?')
      ? [{ make_key: w.row.make_key, serial_folded: w.row.serial_folded }]
      : [],
  );
  // The traces being completed have no purchaser or dealer stored yet, so no count below includes them. Four reads in
  // one round trip: possessors by id; the purchaser and dealer counts from trace_indicator_counts, which triggers keep
  // (migration 0025: counting traces grew with every trace, decision 0021): one key probe per purchaser (the LIMIT
  // keeps it a probe in the prepared statement's generic plan), one key range of at most twelve months per dealer
  // window (decision 0022); multiple-sales listings through multiple_sales_firearm_idx.
  const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;
  const list = sql`jsonb_array_elements_text`;
  const result = await sql<{
    possessors: { id: string; name: string | null; birth_date: string | null }[] | null;
    purchasers: { key: string; n: number }[] | null;
    dealers: { id: string; to: string; n: number }[] | null;
    reports: { make_key: string; serial_folded: string; report_id: string }[] | null;
  }>`${prepared}
    SELECT
      (SELECT jsonb_agg(jsonb_build_object('id', rc.id, 'name', rc.possessor_name,
                'birth_date', rc.possessor_birth_date::text))
         FROM recoveries rc WHERE rc.id IN (SELECT ${list}(${json(recoveryIds)})::uuid)) AS possessors,
      (SELECT jsonb_agg(jsonb_build_object('key', p.key, 'n', c.traces))
         FROM (SELECT DISTINCT ${list}(${json(keys)}) AS key) p
         CROSS JOIN LATERAL (SELECT c.traces FROM trace_indicator_counts c
           WHERE c.kind = 'purchaser' AND c.key = p.key LIMIT 1) c
         WHERE c.traces > 0) AS purchasers,
      (SELECT jsonb_agg(jsonb_build_object('id', d.id, 'to', d.to_month, 'n', c.traces))
         FROM jsonb_to_recordset(${json([...windows.values()].map((w) => ({ id: w.id, from_month: w.from, to_month: w.to })))})
           AS d(id text, from_month text, to_month text)
         CROSS JOIN LATERAL (SELECT sum(c.traces)::int AS traces FROM trace_indicator_counts c
           WHERE c.kind = 'dealer_short_ttc'
             AND c.key BETWEEN d.id || '|' || d.from_month AND d.id || '|' || d.to_month) c
         WHERE c.traces > 0) AS dealers,
      (SELECT jsonb_agg(DISTINCT jsonb_build_object('make_key', f.make_key, 'serial_folded', f.serial_folded,
                'report_id', f.report_id))
         FROM jsonb_to_recordset(${json(firearms)}) AS x(make_key text, serial_folded text)
         JOIN multiple_sales_firearms f ON f.serial_folded = x.serial_folded AND f.make_key = x.make_key) AS reports
  `.execute(tx);
  const { possessors, purchasers, dealers: dealerCounts, reports } = result.rows[0]!;
  const multipleSales = new Map<string, string[]>();
  for (const r of reports ?? []) {
    const key = firearmKey(r.make_key, r.serial_folded);
    multipleSales.set(key, [...(multipleSales.get(key) ?? []), r.report_id]);
  }
  return {
    possessors: new Map((possessors ?? []).map((p) => [p.id, { name: p.name, birthDate: p.birth_date }])),
    purchaserTraces: new Map((purchasers ?? []).map((p) => [p.key, Number(p.n)])),
    dealerShortTraces: new Map((dealerCounts ?? []).map((d) => [dealerWindowKey(d), Number(d.n)])),
    multipleSales,
  };
}

/** Completes each trace with its result (or closes it on a request error), in the order the walk reached them. */
export async function completeTraces(
  tx: Tx,
  completing: Completing[],
  holders: Map<string, HolderRow>,
  entries: AuditEntry[],
) {
  const ready: (Completing & { chain: ChainResult; ttc: { days: number; years: number; band: string } })[] =
    [];
  for (const c of completing) {
    const ttc = timeToCrime(c.result.purchaseDate, c.w.row.recovered_on_text);
    if (ttc.ok) {
      ready.push({ ...c, chain: c.result, ttc: ttc.value });
      continue;
    }
    const params = {
      problem: 'recovery_before_sale',
      saleDate: c.result.purchaseDate,
      recoveredOn: c.w.row.recovered_on_text,
    };
    endTrace(c.w, entries, { status: 'not_traceable', reason: 'request_error' }, params, c.now);
  }
  if (ready.length === 0) return;
  const facts = await factsOf(tx, ready);
  /** Recovery months of the short-TTC traces this call completed, by dealer: later ones in the batch count them. */
  const shortInBatch = new Map<string, string[]>();
  const dealerShortCount = (window: DealerWindow | null) =>
    window
      ? (facts.dealerShortTraces.get(dealerWindowKey(window)) ?? 0) +
        (shortInBatch.get(window.id) ?? []).filter((m) => m >= window.from && m <= window.to).length
      : 0;
  for (const { w, chain, ttc, now } of ready) {
    const trace = w.row;
    const dealer = holders.get(chain.dealer.id)!;
    const window = dealerWindowOf(dealer.id, trace.recovered_on_text);
    const possessor = facts.possessors.get(trace.recovery_id);
    const purchaserName = chain.purchaser.fullName ?? '';
    const birthDate = chain.purchaser.birthDate ?? null;
    const key = purchaserKey(purchaserName, birthDate);
    const firearm =
      trace.make_key && trace.serial_folded ? firearmKey(trace.make_key, trace.serial_folded) : null;
    const indicators = evaluateIndicators({
      firstRetailSaleDate: chain.purchaseDate,
      recoveryDate: trace.recovered_on_text,
      recoveryCountry: trace.recovery_country,
      saleCountry: dealer.country,
      saleState: dealer.us_state,
      purchaser: chain.purchaser,
      possessor: possessor?.name
        ? { fullName: possessor.name, ...(possessor.birthDate ? { birthDate: possessor.birthDate } : {}) }
        : null,
      purchaserOtherTracedGuns: facts.purchaserTraces.get(key) ?? 0,
      dealerOtherShortTtcTraces: dealerShortCount(window),
      multipleSalesReportIds: (firearm && facts.multipleSales.get(firearm)) || [],
      serialObliterated: trace.serial_state !== 'intact',
    });
    const result: StoredTraceResult = {
      custody: chain.custody.map((c) => ({
        holderId: c.holder.id,
        name: holders.get(c.holder.id)?.name ?? c.holder.id,
        kind: c.holder.kind,
        disposedOn: c.disposedOn,
      })),
      dealer: {
        holderId: dealer.id,
        name: dealer.name,
        licence: dealer.licence_number,
        country: dealer.country,
        usState: dealer.us_state,
      },
      purchaser: { name: purchaserName, birthDate, address: purchaserAddressOf(w, chain) },
      purchaseDate: chain.purchaseDate,
      ttc: {
        days: ttc.days,
        years: Math.round(ttc.years * 100) / 100,
        band: ttc.band as StoredTraceResult['ttc']['band'],
      },
      indicators: indicators.map((i) => ({ ...i, params: { ...i.params } })),
    };
    move(w, { status: 'completed' }, now, {
      result,
      purchaser_key: key,
      dealer_holder_id: dealer.id,
      ttc_days: ttc.days,
      completed_at: now,
    });
    entries.push({
      action: 'trace.completed',
      recordType: 'trace',
      recordId: trace.id,
      ownerAgencyId: trace.owner_agency_id,
      details: { ttcDays: ttc.days, indicators: result.indicators.map((i) => i.code) },
    });
    // Later traces of this batch see this one, as they would had it been requested before them.
    facts.purchaserTraces.set(key, (facts.purchaserTraces.get(key) ?? 0) + 1);
    if (window && (SHORT_BANDS as readonly string[]).includes(ttc.band))
      shortInBatch.set(dealer.id, [...(shortInBatch.get(dealer.id) ?? []), window.to]);
  }
}

/** The address the dealer's answer gave (kept in the hop's stored answer; core's PersonRef has no address). */
function purchaserAddressOf(w: Walking, chain: ChainResult): string | null {
  const hop = w.hops.find((h) => h.holder_id === chain.dealer.id && h.answer !== null);
  if (!hop?.answer || hop.answer.kind !== 'disposed') return null;
  const sale = hop.answer.dispositions.find(
    (d) => d.to.kind === 'purchaser' && d.date === chain.purchaseDate,
  );
  return sale?.to.kind === 'purchaser' ? sale.to.address : null;
}
