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
import type { HolderRow } from './walkState';
import './tables';
import { prepared } from '../../db/preparedStatements';

/** A record holder's row as to_jsonb writes it: the same columns, its timestamp as text. */
type RecipientJson = Omit<HolderRow, 'created_at'> & { created_at: string };

/** The next hop of one open trace, to a connected holder: what did holder H do with make M, serial S? */
export interface DispositionAsk {
  traceId: string;
  holderId: string;
  /** The holder's agency: it owns the look-up's audit row, so the holder sees who asked. */
  holderAgencyId: string | null;
  make: string;
  serialFolded: string;
}

/**
 * Answers each trace's next hop to a connected holder from that holder's records, in one statement for all of them:
 * the guard (the holder is connected; a trace already stored is still open), that one firearm's rows in that
 * holder's records (through the lookup index) and the answer in its stored shape. The walker asks only for traces
 * it holds (locked, or being created in this transaction) and writes each answer onto the new hop in the same
 * transaction; a trace id that is not one of those fails that insert, so no answer outlives its hop. Refuses
 * (throws) if any ask fails the guard. Returns the answers by trace id; one audit row per look-up, owned by the
 * holder's agency.
 */
export async function answersFromRecords(
  tx: Tx,
  asks: readonly DispositionAsk[],
  audit: Audit,
): Promise<{ answers: Map<string, StoredHopAnswer>; recipients: HolderRow[] }> {
  if (asks.length === 0) return { answers: new Map(), recipients: [] };
  if (new Set(asks.map((a) => a.traceId)).size !== asks.length)
    throw new Error('answersFromRecords: one ask per trace');
  const questions = asks.map((a, ord) => ({
    ord,
    trace_id: a.traceId,
    holder_id: a.holderId,
    make_key: makeKeyOf(a.make),
    serial: foldLookAlikes(a.serialFolded),
  }));
  // The answer is built in SQL in the stored shape (StoredHopAnswer): recipients by holder id, never A&D rows.
  // The holders the answers transfer to come along (registry data of licensees, not A&D rows): the walk asks them
  // next, and would otherwise read them in a round trip of their own.
  const result = await sql<{
    ord: number;
    found: number;
    answer: StoredHopAnswer;
    recipients: RecipientJson[];
  }>`${prepared}
    SELECT q.ord, count(r.disposition)::int AS found,
      coalesce(jsonb_agg(r.recipient) FILTER (WHERE r.recipient IS NOT NULL), '[]'::jsonb) AS recipients,
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
           AS q(ord int, trace_id uuid, holder_id uuid, make_key text, serial text)
    JOIN record_holders rh ON rh.id = q.holder_id AND rh.connected
    -- One primary-key probe per ask (the LIMIT keeps it a subquery): as a join, the prepared statement's plan, made
    -- while traces was small, hashed the whole table on every call, 35 to 72 ms a call over a 100,000-trace batch.
    LEFT JOIN LATERAL (SELECT t.id, t.status FROM traces t WHERE t.id = q.trace_id LIMIT 1) t ON true
    LEFT JOIN LATERAL (
      SELECT a.disposition, a.disposed_to_holder_id, a.purchaser_name, a.purchaser_birth_date,
             a.purchaser_address, a.export_country, a.disposed_on,
             CASE WHEN a.disposition = 'transfer' THEN
               (SELECT to_jsonb(nh) FROM record_holders nh WHERE nh.id = a.disposed_to_holder_id) END AS recipient
      FROM ad_records a
      WHERE a.holder_id = q.holder_id AND a.make_key = q.make_key AND a.serial_folded = q.serial
      ORDER BY a.disposed_on
      LIMIT 20
    ) r ON true
    WHERE t.id IS NULL OR t.status NOT IN ('completed', 'not_traceable')
    GROUP BY q.ord`.execute(tx);
  const byOrd = new Map(result.rows.map((r) => [r.ord, r]));
  const answers = new Map<string, StoredHopAnswer>();
  const recipients = result.rows.flatMap((row) =>
    row.recipients.map((h): HolderRow => ({ ...h, created_at: new Date(h.created_at) })),
  );
  const entries = questions.map((q, i) => {
    const row = byOrd.get(q.ord);
    // Nothing was read for an ask that fails the guard, but the transaction must not go on.
    if (!row) throw new Error('answersFromRecords: the holder is not connected or the trace is closed');
    const ask = asks[i]!;
    answers.set(ask.traceId, row.answer);
    return {
      action: 'ad_record.lookup',
      recordType: 'trace',
      recordId: ask.traceId,
      ownerAgencyId: ask.holderAgencyId,
      details: { holderId: ask.holderId, make: ask.make, serial: ask.serialFolded, found: row.found },
    };
  });
  await audit(...entries);
  return { answers, recipients };
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
  /** Tests: how many of a prefix's serials the range reads before the skip scan goes on (default rangeRowsOf). */
  plan: { rangeRows?: (run: number) => number } = {},
): Promise<Map<string, TraceCandidate[]>> {
  if (asks.length === 0) return new Map();
  const questions = asks.map((a, ord) => {
    // The literal characters before the first wildcard: a range on the key index (bytewise, as the make and serial
    // keys compare), so only that prefix's records are read, not all of the holder's for the make.
    const prefix = a.pattern.folded.split(/[?*]/)[0] ?? '';
    const skip = skipScanOf(a.pattern.folded);
    return {
      ord,
      holder_id: a.holderId,
      make_key: makeKeyOf(a.make),
      pattern: a.pattern.sqlLike,
      prefix,
      head_length: skip?.headLength ?? null,
      after: skip?.after ?? null,
      range_rows: skip ? (plan.rangeRows ?? rangeRowsOf)(skip.run) : null,
    };
  });
  const result = await sql<{
    ord: number;
    agency_id: string | null;
    serial_folded: string | null;
    model: string | null;
  }>`
    SELECT q.ord, rh.agency_id, r.serial_folded, r.model
    FROM jsonb_to_recordset(${JSON.stringify(questions)}::jsonb)
           AS q(ord int, holder_id uuid, make_key text, pattern text, prefix text, head_length int, after text,
                range_rows int)
    JOIN record_holders rh ON rh.id = q.holder_id
    LEFT JOIN LATERAL (
      -- The pattern is tested on the index alone (index-only scans): tested on each row, a prefix of a big maker's
      -- records meant ~20,000 heap fetches per ask. Only the fitting serials' rows are read for the model.
      WITH RECURSIVE
      -- One or two unreadable characters after the prefix (decision 0015): the prefix's first serials, read in key
      -- order, up to range_rows of them (a small holder's prefix, read whole, costs less than its heads' descents).
      ranged AS MATERIALIZED (
        SELECT s.serial_folded FROM ad_records s
        WHERE q.head_length IS NOT NULL
          AND s.holder_id = q.holder_id AND s.make_key = q.make_key
          AND s.serial_folded >= q.prefix AND s.serial_folded < q.prefix || chr(1114111)
        ORDER BY s.serial_folded
        LIMIT q.range_rows
      ),
      -- The last serial read, when the prefix holds more: a skip scan goes on past it.
      cut AS (SELECT max(serial_folded) AS last FROM ranged HAVING count(*) = q.range_rows),
      -- The skip scan: each distinct head (prefix and the unreadable characters) is one index descent, then only the
      -- serials starting with that head and the literal after it are tested. A prefix holds every serial a maker
      -- stamped with it (sequential serials: hundreds of thousands); its heads are at most the alphabet squared.
      heads(head) AS (
        SELECT (SELECT left(s.serial_folded, q.head_length) FROM ad_records s
                WHERE s.holder_id = q.holder_id AND s.make_key = q.make_key
                  AND s.serial_folded > coalesce(cut.last, q.prefix)
                  AND s.serial_folded < q.prefix || chr(1114111)
                ORDER BY s.serial_folded LIMIT 1)
        FROM cut
        UNION ALL
        SELECT (SELECT left(s.serial_folded, q.head_length) FROM ad_records s
                WHERE s.holder_id = q.holder_id AND s.make_key = q.make_key
                  -- Past every serial starting with this head; a serial shorter than a head (A1C under A1??)
                  -- is passed alone, or the heads it starts (A1C2) would be skipped with it.
                  AND s.serial_folded > CASE WHEN length(h.head) < q.head_length THEN h.head
                                             ELSE h.head || chr(1114111) END
                  AND s.serial_folded < q.prefix || chr(1114111)
                ORDER BY s.serial_folded LIMIT 1)
        FROM heads h WHERE h.head IS NOT NULL
      )
      SELECT DISTINCT a.serial_folded, a.model
      FROM (
        -- Any other pattern (a leading *, three or more ?): the prefix range, tested serial by serial.
        (SELECT DISTINCT s.serial_folded
         FROM ad_records s
         WHERE q.head_length IS NULL
           AND s.holder_id = q.holder_id AND s.make_key = q.make_key
           AND s.serial_folded >= q.prefix AND s.serial_folded < q.prefix || chr(1114111)
           AND s.serial_folded LIKE q.pattern ESCAPE '\\'
         LIMIT 50)
        UNION ALL
        (SELECT DISTINCT r.serial_folded FROM ranged r WHERE r.serial_folded LIKE q.pattern ESCAPE '\\' LIMIT 50)
        UNION ALL
        (SELECT DISTINCT f.serial_folded
         FROM heads h
         CROSS JOIN LATERAL (
           SELECT s.serial_folded FROM ad_records s
           WHERE s.holder_id = q.holder_id AND s.make_key = q.make_key
             AND s.serial_folded >= h.head || q.after AND s.serial_folded < h.head || q.after || chr(1114111)
             AND s.serial_folded LIKE q.pattern ESCAPE '\\'
           -- Also keeps this a scan per head: flattened into a join, it was planned as one scan of all the
           -- holder's records for the make.
           LIMIT 50
         ) f
         LIMIT 50)
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
      // The pattern as the recovery recorded it (`serial`) besides the folded one the search ran (look-alikes merged:
      // LOG??01 is 106??01): the holder's log shows the former, which it can read against its own records.
      details: {
        holderId: ask.holderId,
        make: ask.make,
        pattern: ask.pattern.folded,
        serial: ask.pattern.source.trim(),
        found: ranked.length,
      },
    };
  });
  await audit(...entries);
  return candidates;
}

/** Unreadable characters a skip scan takes at most: its heads number up to the serial alphabet to this power. */
const SKIP_SCAN_MAX_RUN = 2;
/** Characters a folded serial mostly holds: digits and Latin capitals (look-alikes folded). */
const SERIAL_ALPHABET = 36;
/**
 * Index entries read in key order for the cost of one head of a skip scan (two descents, a subquery each), measured at
 * ~30-45 on both databases; below the break-even, so a big maker's prefix costs the skip scan little more.
 */
const RANGE_ROWS_PER_HEAD = 16;

/**
 * For a pattern whose first wildcard is a run of one or two `?`: the length (in characters) of the head, prefix and
 * run, the literal characters after the run, and the run's length. Null for any other pattern, which a prefix range
 * scan serves.
 */
export function skipScanOf(folded: string): { headLength: number; after: string; run: number } | null {
  const parts = /^([^?*]*)(\?+)([^?*]*)/u.exec(folded);
  if (!parts || parts[2]!.length > SKIP_SCAN_MAX_RUN) return null;
  const run = parts[2]!.length;
  return { headLength: [...parts[1]!].length + run, after: parts[3]!, run };
}

/**
 * How many of a prefix's serials a skip-scan pattern reads in key order before the skip scan takes over: what the
 * skip scan's heads would cost if the prefix held every head of the alphabet (576 for one `?`, 20,736 for two).
 */
export function rangeRowsOf(run: number): number {
  return RANGE_ROWS_PER_HEAD * SERIAL_ALPHABET ** run;
}
