// `rastro db seed --traces N`: requests traces of N untraced scale-seeded recoveries, each by a user of the agency
// that recovered it, through the batch command (requestTraces): the same checks, routing, chain walk and audit as
// any trace request. A seeded database then has what lists, time-to-crime and indicators are about: completed
// results, traces waiting in holders' inboxes, candidates to confirm, firearms closed as not traceable.
import { sql } from 'kysely';
import { actorHasAbility, type Actor } from '../../../../core/sharing';
import { loadUserAndActor } from '../../../platform/auth/loadUser';
import { MAX_BATCH_TRACES, requestTraces } from '../../../modules/traces/batch/requestTraces';
import type { Db } from '../../connect';
import '../../../modules/firearms/tables';

export interface TraceSeedReport {
  /** Recoveries asked about (fewer than N when fewer untraced seeded recoveries are left). */
  requested: number;
  /** Traces made, by status. */
  statuses: Record<string, number>;
  /** Recoveries not traced: their agency has no user who may request traces, or the request refused them. */
  skipped: number;
  seconds: number;
}

/** The year of manufacture a seeded recovery's markings give (pre-1968 guns), for the request like an officer would. */
export function manufactureYearOf(otherMarkings: string | null): number | undefined {
  const year = otherMarkings?.match(/Manufactured (\d{4})/)?.[1];
  return year ? Number(year) : undefined;
}

/** A user of the agency who may request traces, as an actor; undefined if it has none. */
async function requesterOf(db: Db, agencyId: string): Promise<Actor | undefined> {
  const users = await db
    .selectFrom('users')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('disabled', '=', false)
    .orderBy('email')
    .execute();
  for (const user of users) {
    const loaded = await loadUserAndActor(db, user.id);
    if (loaded && actorHasAbility(loaded.actor, 'request_traces')) return loaded.actor;
  }
  return undefined;
}

export async function traceSeededRecoveries(
  db: Db,
  count: number,
  onProgress?: (done: number, total: number) => void,
): Promise<TraceSeedReport> {
  const started = performance.now();
  // A pseudo-random sample (md5 of the id), so every kind of chain the seed made is in it.
  const recoveries = (
    await sql<{ id: string; owner_agency_id: string; other_markings: string | null }>`
      SELECT r.id, r.owner_agency_id, r.other_markings FROM recoveries r
      WHERE r.case_number LIKE 'SCALE%' AND NOT EXISTS (SELECT 1 FROM traces t WHERE t.recovery_id = r.id)
      ORDER BY md5(r.id::text) LIMIT ${count}`.execute(db)
  ).rows;
  const byAgency = new Map<string, typeof recoveries>();
  for (const recovery of recoveries) {
    const list = byAgency.get(recovery.owner_agency_id) ?? [];
    list.push(recovery);
    byAgency.set(recovery.owner_agency_id, list);
  }
  const statuses: Record<string, number> = {};
  let done = 0;
  let skipped = 0;
  onProgress?.(0, recoveries.length);
  for (const [agencyId, list] of byAgency) {
    const actor = await requesterOf(db, agencyId);
    for (let i = 0; i < list.length; i += MAX_BATCH_TRACES) {
      const batch = list.slice(i, i + MAX_BATCH_TRACES);
      if (actor) {
        const outcomes = await requestTraces(
          db,
          { userId: actor.userId, agencyId: actor.agencyId, ip: null, requestId: 'seed-traces' },
          actor,
          { priority: 'routine', distribution: 'partners', tlp: 'GREEN', discoverable: true },
          batch.map((r) => ({
            recoveryId: r.id,
            manufactureYear: manufactureYearOf(r.other_markings) ?? null,
          })),
        );
        for (const outcome of outcomes)
          if (outcome.ok) statuses[outcome.status] = (statuses[outcome.status] ?? 0) + 1;
          else skipped++;
      } else skipped += batch.length;
      done += batch.length;
      onProgress?.(done, recoveries.length);
    }
  }
  return {
    requested: recoveries.length,
    statuses,
    skipped,
    seconds: Math.round((performance.now() - started) / 100) / 10,
  };
}
