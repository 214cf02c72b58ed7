// The ONLY read path into a record holder's acquisition & disposition (A&D) records (NO REGISTRY, DOMAIN.md): one
// firearm (holder + make + serial) for one open trace whose current hop asks that holder (many such questions may
// go in one query, each still one firearm for one open hop). Every look-up writes an
// audit row owned by the holder's agency, so the holder sees who asked, when and for which trace. Nothing here
// returns A&D rows themselves: only the answer to the hop's question. Do not add other readers of `ad_records`.
import { sql } from 'kysely';
import { foldLookAlikes, modelKey, type SerialPattern } from '../../../core/firearms';
import type { Audit, Tx } from '../../platform/transaction';
import { makeKeyOf } from '../firearms/firearmInput';
import type { StoredHopAnswer, TraceCandidate } from './tables';
import './tables';
import { prepared } from '../../db/preparedStatements';

/** The next hop of one open trace, to a connected holder: what did holder H do with make M, serial S? */
export interface DispositionAsk {
  traceId: string;
  hopIndex: number;
  holderId: string;
  /** The holder's agency: it owns the look-up's audit row, so the holder sees who asked. */
  holderAgencyId: string | null;
  make: string;
  serialFolded: string;
}

/** An answered hop: its id and what the holder's records say. */
export interface AnsweredHop {
  hopId: string;
  answer: StoredHopAnswer;
}

/**
 * Opens each trace's next hop to a connected holder already answered from that holder's records, in one statement for
 * all of them: the guard (the trace is open, the holder connected), that one firearm's rows in that holder's records
 * (through the lookup index) and the hop inserted as answered by the records. The hop is written once, with its
 * answer, rather than opened and then updated. Refuses (throws) if any ask fails the guard. Returns the hops by
 * trace id; one audit row per look-up, owned by the holder's agency.
 */
export async function openHopsAnsweredFromRecords(
  tx: Tx,
  asks: readonly DispositionAsk[],
  askedAt: string,
  dueAt: string,
  audit: Audit,
): Promise<Map<string, AnsweredHop>> {
  if (asks.length === 0) return new Map();
  if (new Set(asks.map((a) => a.traceId)).size !== asks.length)
    throw new Error('openHopsAnsweredFromRecords: one ask per trace');
  const questions = asks.map((a) => ({
    trace_id: a.traceId,
    hop_index: a.hopIndex,
    holder_id: a.holderId,
    make_key: makeKeyOf(a.make),
    serial: foldLookAlikes(a.serialFolded),
  }));
  // The answer is built in SQL in the stored shape (StoredHopAnswer): recipients by holder id, never A&D rows.
  const result = await sql<{ id: string; trace_id: string; answer: StoredHopAnswer }>`${prepared}
    WITH asked AS (
      SELECT q.trace_id, q.hop_index, q.holder_id,
        CASE WHEN count(r.disposition) = 0 THEN jsonb_build_object('kind', 'not_in_records')
        ELSE jsonb_build_object('kind', 'disposed', 'dispositions', jsonb_agg(jsonb_build_object(
          'date', r.disposed_on::text,
          'to', CASE r.disposition
            WHEN 'transfer' THEN jsonb_build_object('kind', 'holder', 'holderId', r.disposed_to_holder_id)
            WHEN 'sale' THEN jsonb_build_object('kind', 'purchaser', 'name', r.purchaser_name,
              'birthDate', r.purchaser_birth_date::text, 'address', r.purchaser_address)
            WHEN 'export' THEN jsonb_build_object('kind', 'exported', 'country', r.export_country)
            ELSE jsonb_build_object('kind', 'lost_or_stolen') END
        ) ORDER BY r.disposed_on) FILTER (WHERE r.disposition IS NOT NULL)) END AS answer
      FROM jsonb_to_recordset(${JSON.stringify(questions)}::jsonb)
             AS q(trace_id uuid, hop_index int, holder_id uuid, make_key text, serial text)
      JOIN traces t ON t.id = q.trace_id AND t.status NOT IN ('completed', 'not_traceable')
      JOIN record_holders rh ON rh.id = q.holder_id AND rh.connected
      LEFT JOIN LATERAL (
        SELECT a.disposition, a.disposed_to_holder_id, a.purchaser_name, a.purchaser_birth_date,
               a.purchaser_address, a.export_country, a.disposed_on
        FROM ad_records a
        WHERE a.holder_id = q.holder_id AND a.make_key = q.make_key AND a.serial_folded = q.serial
        ORDER BY a.disposed_on
        LIMIT 20
      ) r ON true
      GROUP BY q.trace_id, q.hop_index, q.holder_id
    )
    INSERT INTO trace_hops (trace_id, hop_index, holder_id, asked_at, due_at, answer, answered_at, answered_by, state)
    SELECT trace_id, hop_index, holder_id, ${askedAt}::timestamptz, ${dueAt}::timestamptz, answer,
           ${askedAt}::timestamptz, 'records', 'answered'
    FROM asked
    RETURNING id, trace_id, answer`.execute(tx);
  const byTrace = new Map(result.rows.map((r) => [r.trace_id, r]));
  const answered = new Map<string, AnsweredHop>();
  const entries = asks.map((ask) => {
    const row = byTrace.get(ask.traceId);
    // Nothing is read for an ask that fails the guard, but the transaction must not go on.
    if (!row)
      throw new Error('openHopsAnsweredFromRecords: the trace is not open or the holder not connected');
    answered.set(ask.traceId, { hopId: row.id, answer: row.answer });
    return {
      action: 'ad_record.lookup',
      recordType: 'trace',
      recordId: ask.traceId,
      ownerAgencyId: ask.holderAgencyId,
      details: {
        holderId: ask.holderId,
        make: ask.make,
        serial: ask.serialFolded,
        found: row.answer.kind === 'disposed' ? row.answer.dispositions.length : 0,
      },
    };
  });
  await audit(...entries);
  return answered;
}

/** A partly restored serial of one trace: the first holder to search, the make and model, the serial's pattern. */
export interface CandidateAsk {
  traceId: string;
  holderId: string;
  make: string;
  model: string | null;
  pattern: SerialPattern;
}

/**
 * For partly restored serials: the serials in the FIRST holder's records (the maker or importer that a tracing
 * centre would ask) that fit each pattern, make and model, ranked. Only serial and model come back (no
 * disposition); each look-up is audited for its holder like any other. One query for all the asks.
 */
export async function candidateSerialsOf(
  tx: Tx,
  asks: readonly CandidateAsk[],
  audit: Audit,
): Promise<Map<string, TraceCandidate[]>> {
  if (asks.length === 0) return new Map();
  const questions = asks.map((a, ord) => ({
    ord,
    holder_id: a.holderId,
    make_key: makeKeyOf(a.make),
    pattern: a.pattern.sqlLike,
    // The literal characters before the first wildcard: a range on the lookup index (bytewise, as the make and
    // serial keys compare), so only that prefix's records are read, not all of the holder's for the make.
    prefix: a.pattern.folded.split(/[?*]/)[0] ?? '',
  }));
  const result = await sql<{
    ord: number;
    agency_id: string | null;
    serial_folded: string | null;
    model: string | null;
  }>`
    SELECT q.ord, rh.agency_id, r.serial_folded, r.model
    FROM jsonb_to_recordset(${JSON.stringify(questions)}::jsonb)
           AS q(ord int, holder_id uuid, make_key text, pattern text, prefix text)
    JOIN record_holders rh ON rh.id = q.holder_id
    LEFT JOIN LATERAL (
      -- The pattern is tested on the index alone (an index-only scan): tested on each row, a prefix of a big
      -- maker's records meant ~20,000 heap fetches per ask. Only the fitting serials' rows are read for the model.
      SELECT DISTINCT a.serial_folded, a.model
      FROM (
        SELECT DISTINCT s.serial_folded
        FROM ad_records s
        WHERE s.holder_id = q.holder_id AND s.make_key = q.make_key
          AND s.serial_folded COLLATE "C" >= q.prefix AND s.serial_folded COLLATE "C" < q.prefix || chr(1114111)
          AND s.serial_folded LIKE q.pattern ESCAPE '\\'
        LIMIT 50
      ) fits
      JOIN ad_records a
        ON a.holder_id = q.holder_id AND a.make_key = q.make_key AND a.serial_folded = fits.serial_folded
      LIMIT 50
    ) r ON true`.execute(tx);
  const rowsOf = new Map<number, typeof result.rows>();
  for (const row of result.rows) rowsOf.set(row.ord, [...(rowsOf.get(row.ord) ?? []), row]);
  const candidates = new Map<string, TraceCandidate[]>();
  const entries = asks.map((ask, ord) => {
    const rows = rowsOf.get(ord);
    if (!rows) throw new Error(`candidateSerials: no record holder ${ask.holderId}`);
    const wanted = ask.model ? modelKey(ask.model) : null;
    const ranked = rows
      .flatMap((r) => (r.serial_folded === null ? [] : [{ serialFolded: r.serial_folded, model: r.model }]))
      .filter((r) => wanted === null || r.model === null || modelKey(r.model) === wanted)
      .map((r) => ({
        ...r,
        // A model on record that matches counts for more than one we could not compare.
        score: r.model !== null && wanted !== null ? 2 : 1,
      }))
      .sort((a, b) => b.score - a.score || a.serialFolded.localeCompare(b.serialFolded));
    candidates.set(ask.traceId, ranked);
    return {
      action: 'ad_record.candidate_lookup',
      recordType: 'trace',
      recordId: ask.traceId,
      ownerAgencyId: rows[0]!.agency_id,
      details: { holderId: ask.holderId, make: ask.make, pattern: ask.pattern.folded, found: ranked.length },
    };
  });
  await audit(...entries);
  return candidates;
}
