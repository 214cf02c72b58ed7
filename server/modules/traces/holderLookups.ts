// The record holder's log of look-ups into its own A&D records: who asked, when, about which firearm (make and the
// serial, or a partly restored serial's pattern) in which of its licences' records, for which trace. Read from the
// audit rows the look-ups wrote (adRecords.ts), owned by the holder's agency: a holder sees only look-ups into its own
// records (NO REGISTRY, decision 0005), and nothing about the asking case beyond the agency's code.
import { sql } from 'kysely';
import type { Db } from '../../db/connect';

export const LOOKUP_ACTIONS = ['ad_record.lookup', 'ad_record.candidate_lookup'] as const;
/** The most recent look-ups shown; the audit trail keeps them all. */
export const LOOKUP_LOG_LIMIT = 500;

export interface HolderLookup {
  at: string;
  action: string;
  traceId: string | null;
  /** A short reference to quote to the tracing centre: the trace id's first 8 characters, upper-cased. */
  traceRef: string | null;
  askedBy: string | null;
  /** Which of the agency's licences the records looked into belong to. */
  licence: string | null;
  make: string | null;
  /** The serial asked about (as stored: folded); a candidate look-up's pattern, `?` for unreadable characters. */
  serial: string | null;
}

const textOf = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export async function holderLookups(db: Db, agencyId: string): Promise<HolderLookup[]> {
  const rows = await db
    .selectFrom('audit_events as e')
    .leftJoin('agencies as a', 'a.id', 'e.actor_agency_id')
    // Only this agency's licences: a look-up row always names one, but a stray id must not name another's.
    .leftJoin('record_holders as h', (join) =>
      join
        .on('h.agency_id', '=', agencyId)
        .on(sql<string>`h.id::text`, '=', sql<string>`e.details->>'holderId'`),
    )
    .select(['e.at', 'e.action', 'e.record_id', 'e.details', 'a.code', 'h.licence_number'])
    .where('e.owner_agency_id', '=', agencyId)
    .where('e.action', 'in', LOOKUP_ACTIONS)
    .orderBy('e.at', 'desc')
    .limit(LOOKUP_LOG_LIMIT)
    .execute();
  return rows.map((r) => ({
    at: r.at.toISOString(),
    action: r.action,
    traceId: r.record_id,
    traceRef: r.record_id ? r.record_id.slice(0, 8).toUpperCase() : null,
    askedBy: r.code,
    licence: r.licence_number,
    make: textOf(r.details.make),
    serial: textOf(r.details.serial) ?? textOf(r.details.pattern),
  }));
}
