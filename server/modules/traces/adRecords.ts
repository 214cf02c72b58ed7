// The ONLY read path into a record holder's acquisition & disposition (A&D) records (NO REGISTRY, DOMAIN.md): one
// firearm (holder + make + serial) for one open trace whose current hop asks that holder. Every look-up writes an
// audit row owned by the holder's agency, so the holder sees who asked, when and for which trace. Nothing here
// returns A&D rows themselves: only the answer to the hop's question. Do not add other readers of `ad_records`.
import { sql } from 'kysely';
import { foldLookAlikes, modelKey, type SerialPattern } from '../../../core/firearms';
import type { Audit, Tx } from '../../platform/transaction';
import { makeKeyOf } from '../firearms/firearmInput';
import type { StoredHopAnswer, TraceCandidate } from './tables';
import './tables';

/** Answers "what did holder H do with make M, serial S?" for trace T; refuses unless T's open hop asks H. */
export async function lookupDisposition(
  tx: Tx,
  holderId: string,
  make: string,
  serialFolded: string,
  traceId: string,
  audit: Audit,
): Promise<StoredHopAnswer> {
  // The guard and the holder's agency (the audit row's owner) in one round trip.
  const open = await tx
    .selectFrom('trace_hops as h')
    .innerJoin('traces as t', 't.id', 'h.trace_id')
    .innerJoin('record_holders as rh', 'rh.id', 'h.holder_id')
    .select(['h.id', 'rh.agency_id'])
    .where('h.trace_id', '=', traceId)
    .where('h.holder_id', '=', holderId)
    .where('h.state', '=', 'open')
    .where('t.status', 'not in', ['completed', 'not_traceable'])
    .executeTakeFirst();
  if (!open) throw new Error('lookupDisposition: no open hop of this trace asks this holder');
  const rows = await tx
    .selectFrom('ad_records')
    .select([
      'disposition',
      'disposed_to_holder_id',
      'purchaser_name',
      sql<string | null>`purchaser_birth_date::text`.as('purchaser_birth_date'),
      'purchaser_address',
      'export_country',
      sql<string>`disposed_on::text`.as('disposed_on'),
    ])
    .where('holder_id', '=', holderId)
    .where('make_key', '=', makeKeyOf(make))
    .where('serial_folded', '=', foldLookAlikes(serialFolded))
    .orderBy('disposed_on')
    .limit(20)
    .execute();
  await audit({
    action: 'ad_record.lookup',
    recordType: 'trace',
    recordId: traceId,
    ownerAgencyId: open.agency_id,
    details: { holderId, make, serial: serialFolded, found: rows.length },
  });
  if (rows.length === 0) return { kind: 'not_in_records' };
  return {
    kind: 'disposed',
    dispositions: rows.map((r) => ({
      date: r.disposed_on,
      to:
        r.disposition === 'transfer'
          ? { kind: 'holder', holderId: r.disposed_to_holder_id! }
          : r.disposition === 'sale'
            ? {
                kind: 'purchaser',
                name: r.purchaser_name!,
                birthDate: r.purchaser_birth_date,
                address: r.purchaser_address,
              }
            : r.disposition === 'export'
              ? { kind: 'exported', country: r.export_country! }
              : { kind: 'lost_or_stolen' },
    })),
  };
}

/**
 * For a partly restored serial: the serials in the FIRST holder's records (the maker or importer that a tracing
 * centre would ask) that fit the pattern, make and model, ranked. Only serial and model come back (no disposition);
 * the look-up is audited for the holder like any other.
 */
export async function candidateSerials(
  tx: Tx,
  holderId: string,
  make: string,
  model: string | null,
  pattern: SerialPattern,
  traceId: string,
  audit: Audit,
): Promise<TraceCandidate[]> {
  const holder = await tx
    .selectFrom('record_holders')
    .select(['agency_id'])
    .where('id', '=', holderId)
    .executeTakeFirstOrThrow();
  const rows = await tx
    .selectFrom('ad_records')
    .select(['serial_folded', 'model'])
    .distinct()
    .where('holder_id', '=', holderId)
    .where('make_key', '=', makeKeyOf(make))
    .where(sql<boolean>`serial_folded LIKE ${pattern.sqlLike} ESCAPE '\\'`)
    .limit(50)
    .execute();
  const wanted = model ? modelKey(model) : null;
  const candidates = rows
    .filter((r) => wanted === null || r.model === null || modelKey(r.model) === wanted)
    .map((r) => ({
      serialFolded: r.serial_folded,
      model: r.model,
      // A model on record that matches counts for more than one we could not compare.
      score: r.model !== null && wanted !== null ? 2 : 1,
    }))
    .sort((a, b) => b.score - a.score || a.serialFolded.localeCompare(b.serialFolded));
  await audit({
    action: 'ad_record.candidate_lookup',
    recordType: 'trace',
    recordId: traceId,
    ownerAgencyId: holder.agency_id,
    details: { holderId, make, pattern: pattern.folded, found: candidates.length },
  });
  return candidates;
}
