// Requests traces of many recovered firearms at once (a tracing centre's or an agency's bulk submission), with the
// same checks, sharing and audit per trace as one request each: the actor must read each recovery, a firearm with
// an open trace is refused, each trace is routed (core routeTrace) and walked. One request of one firearm is a
// batch of one (see requestTrace). Every step reads or writes all the batch's traces in one statement.
import { sql } from 'kysely';
import {
  compileSerialPattern,
  makeKey,
  routeTrace,
  type NonCompletionReason,
} from '../../../../core/firearms';
import { can, type Actor, type Distribution, type Tlp } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext, AuditEntry } from '../../../platform/audit';
import { AppError, conflict, notFound } from '../../../platform/errors';
import { authorizeAbility, checkSharingChoice } from '../../../platform/policy';
import { inTransaction, type Audit, type Tx } from '../../../platform/transaction';
import { RECOVERY } from '../../firearms/recoveries/queries';
import { candidateSerialsOf, type CandidateAsk } from '../adRecords';
import { agencyKindOf } from '../queries';
import { advanceTraces } from '../walk';
import type { TraceCandidate } from '../tables';
import type { HolderRow, Walking } from '../walkState';
import '../../firearms/tables';
import { prepared } from '../../../db/preparedStatements';

/** The agency that runs each country's tracing centre (DOMAIN.md: ATF's NTC; the RCMP's tracing service). */
export const TRACING_CENTRE_AGENCY = { US: 'US-NTC', CA: 'CA-RCMP' } as const;
/** Firearms per batch request: one transaction, a few seconds of work at most. */
export const MAX_BATCH_TRACES = 1000;
const AUDIT_CHUNK = 2000;

/** What every trace of a request shares: priority and why, and who may read the traces. */
export interface TraceRequestCommon {
  priority: 'routine' | 'urgent';
  justification?: string | null | undefined;
  distribution: Distribution;
  sharingGroupId?: string | null | undefined;
  tlp: Tlp;
  discoverable: boolean;
}

export interface TraceRequestItem {
  recoveryId: string;
  manufactureYear?: number | null | undefined;
}

export type TraceRequestOutcome =
  | { recoveryId: string; ok: true; traceId: string; status: string }
  | { recoveryId: string; ok: false; error: AppError };

async function recoveriesOf(db: Db, ids: string[]) {
  const rows = await db
    .selectFrom('recoveries as rc')
    .innerJoin('agencies as ag', 'ag.id', 'rc.owner_agency_id')
    .select([
      'rc.id',
      'rc.owner_agency_id',
      'rc.distribution',
      'rc.sharing_group_id',
      'rc.tlp',
      'rc.importer',
      'rc.country_of_manufacture',
      'rc.make',
      'rc.make_key',
      'rc.model',
      'rc.serial_folded',
      'rc.serial_plain',
      'rc.serial_state',
      'rc.recovery_country',
      sql<string>`rc.recovered_on::text`.as('recovered_on_text'),
      'ag.country as owner_country',
      // The recovery's live grants (as grantsByRecovery reads them), in the same round trip.
      sql<
        string[]
      >`array(SELECT g.grantee_agency_id FROM access_grants g WHERE g.record_type = ${RECOVERY.recordType}
        AND g.record_id = rc.id AND g.revoked_at IS NULL)`.as('granted_agency_ids'),
    ])
    .where('rc.id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}
type RecoveryToTrace = NonNullable<
  Awaited<ReturnType<typeof recoveriesOf>> extends Map<string, infer R> ? R : never
>;

/** Where each chain starts: the importers (few) and the manufacturers of the batch's makes, one query each. */
async function startHolders(db: Db, recoveries: RecoveryToTrace[]) {
  const importers = recoveries.some((r) => r.importer)
    ? await db.selectFrom('record_holders').selectAll().where('kind', '=', 'importer').execute()
    : [];
  const makeKeys = [...new Set(recoveries.flatMap((r) => (r.make_key ? [r.make_key] : [])))];
  const makers = makeKeys.length
    ? await db
        .selectFrom('record_holders')
        .selectAll()
        .where('kind', '=', 'manufacturer')
        .where(sql<boolean>`makes && ARRAY[${sql.join(makeKeys)}]::text[]`)
        .orderBy('created_at')
        .execute()
    : [];
  const centres = await db
    .selectFrom('agencies')
    .select(['id', 'code'])
    .where('code', 'in', Object.values(TRACING_CENTRE_AGENCY))
    .execute();
  return {
    importerNamed: (name: string): HolderRow | undefined =>
      importers.find((h) => makeKey(h.name) === makeKey(name)),
    // The first-registered manufacturer of this make in the centre's country, as one request chose it.
    makerOf: (makeKeyValue: string, country: string): HolderRow | undefined =>
      makers.find((h) => h.country === country && h.makes.includes(makeKeyValue)),
    centreOf: (country: keyof typeof TRACING_CENTRE_AGENCY) =>
      centres.find((c) => c.code === TRACING_CENTRE_AGENCY[country]),
  };
}

interface Planned {
  item: TraceRequestItem;
  recovery: RecoveryToTrace;
  routing: ReturnType<typeof routeTrace>;
  centreId: string | null;
  start: HolderRow | undefined;
}

export async function requestTraces(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  common: TraceRequestCommon,
  items: readonly TraceRequestItem[],
  /** Runs in the same transaction once the traces are walked (e.g. to read one back with its audit row). */
  then?: (tx: Tx, audit: Audit, outcomes: TraceRequestOutcome[]) => Promise<void>,
): Promise<TraceRequestOutcome[]> {
  authorizeAbility(actor, 'request_traces');
  if ((await agencyKindOf(db, actor.agencyId)) === 'record_holder') throw new AppError('forbidden');
  const sharingGroupId = checkSharingChoice(actor, common.distribution, common.sharingGroupId);
  const ids = [...new Set(items.map((i) => i.recoveryId))];
  const recoveries = await recoveriesOf(db, ids);
  const outcomes = new Map<TraceRequestItem, TraceRequestOutcome>();
  const fail = (item: TraceRequestItem, error: AppError) =>
    outcomes.set(item, { recoveryId: item.recoveryId, ok: false, error });
  const readable: { item: TraceRequestItem; recovery: RecoveryToTrace }[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const recovery = recoveries.get(item.recoveryId);
    // A recovery the actor may not read is "not found", as for one request: ids of others' records reveal nothing.
    if (
      !recovery ||
      !can(actor, 'read', {
        ownerAgencyId: recovery.owner_agency_id,
        ownerCountry: recovery.owner_country,
        distribution: recovery.distribution,
        sharingGroupId: recovery.sharing_group_id,
        tlp: recovery.tlp,
        grantedAgencyIds: recovery.granted_agency_ids,
      })
    )
      fail(item, notFound('recovery'));
    else if (seen.has(recovery.id)) fail(item, openTraceConflict());
    else {
      seen.add(recovery.id);
      readable.push({ item, recovery });
    }
  }
  const starts = await startHolders(
    db,
    readable.map((r) => r.recovery),
  );
  const planned: Planned[] = readable.map(({ item, recovery }) => {
    const importer = recovery.importer ? starts.importerNamed(recovery.importer) : undefined;
    const routing = routeTrace({
      countryOfManufacture: recovery.country_of_manufacture,
      importer: recovery.importer ? { name: recovery.importer, country: importer?.country ?? null } : null,
    });
    const centre = routing.kind === 'centre' ? starts.centreOf(routing.centre) : undefined;
    const start =
      routing.kind !== 'centre'
        ? undefined
        : routing.startsAt === 'importer'
          ? importer
          : recovery.make_key
            ? starts.makerOf(recovery.make_key, routing.centre)
            : undefined;
    return { item, recovery, routing, centreId: centre?.id ?? null, start };
  });

  if (planned.length)
    await inTransaction(db, context, async (tx, append) => {
      // Every audit row of the batch (creations, look-ups, outcomes) goes in at the end: one chain-head lock and
      // one insert per chunk instead of one of each per step, in the same order.
      const entries: AuditEntry[] = [];
      const audit: Audit = async (...more) => {
        entries.push(...more);
      };
      await createAndWalk(tx, audit);
      await then?.(
        tx,
        audit,
        items.map((item) => outcomes.get(item)!),
      );
      for (let i = 0; i < entries.length; i += AUDIT_CHUNK)
        await append(...entries.slice(i, i + AUDIT_CHUNK));
    });
  return items.map((item) => outcomes.get(item)!);

  async function createAndWalk(tx: Tx, audit: Audit) {
    // A firearm whose trace is still open gets no second one: the insert skips it, and it is refused alone.
    const created = await createTraces(tx, audit, actor, common, sharingGroupId, planned);
    const creating = planned.filter((p) => {
      if (!created.has(p.recovery.id)) fail(p.item, openTraceConflict());
      return created.has(p.recovery.id);
    });
    if (creating.length === 0) return;
    const walking: Walking['row'][] = [];
    const restoring: { p: Planned; traceId: string }[] = [];
    const statusOf = new Map<string, string>();
    const closing: { traceId: string; reason: NonCompletionReason; params: Record<string, string> }[] = [];
    for (const p of creating) {
      const row = created.get(p.recovery.id)!;
      const traceId = row.id;
      if (p.routing.kind !== 'centre' || !p.centreId) {
        const reason: NonCompletionReason =
          p.routing.kind === 'foreign' ? 'foreign_origin' : 'origin_unknown';
        closing.push({
          traceId,
          reason,
          params: p.routing.kind === 'foreign' ? { country: p.routing.country } : {},
        });
        continue;
      }
      const restored = p.recovery.serial_state === 'partly_restored' && p.recovery.serial_folded;
      if (restored && p.start && p.recovery.make && (p.item.manufactureYear ?? 9999) >= 1968) {
        restoring.push({ p, traceId });
        continue;
      }
      walking.push(row);
    }
    for (const [traceId, status] of await proposeCandidates(tx, audit, restoring, closing))
      statusOf.set(traceId, status);
    await closeUnwalked(tx, audit, actor.agencyId, closing);
    for (const c of closing) statusOf.set(c.traceId, 'not_traceable');
    for (const [id, status] of await advanceTraces(
      tx,
      audit,
      walking.map((w) => w.id),
      walking,
      creating.flatMap((p) => (p.start ? [p.start] : [])),
    ))
      statusOf.set(id, status);
    for (const p of creating) {
      const traceId = created.get(p.recovery.id)!.id;
      outcomes.set(p.item, {
        recoveryId: p.item.recoveryId,
        ok: true,
        traceId,
        status: statusOf.get(traceId) ?? 'submitted',
      });
    }
  }
}

const openTraceConflict = () => conflict('trace_open');

/** One insert for every firearm without an open trace, one audit row each; the new rows by recovery id. */
async function createTraces(
  tx: Tx,
  audit: Audit,
  actor: Actor,
  common: TraceRequestCommon,
  sharingGroupId: string | null,
  creating: Planned[],
): Promise<Map<string, Walking['row']>> {
  // What all the batch's traces share goes once; each firearm's own fields in one JSON document (one bind
  // parameter, whatever the batch size).
  const own = creating.map(({ item, recovery, routing, centreId, start }) => ({
    recovery_id: recovery.id,
    manufacture_year: item.manufactureYear ?? null,
    routing_reason: routing.reason,
    centre_agency_id: centreId,
    start_holder_id: start?.id ?? null,
    make: recovery.make,
    make_key: recovery.make_key,
    model: recovery.model,
    serial_folded: recovery.serial_folded,
    serial_plain: recovery.serial_plain,
    serial_state: recovery.serial_state,
    recovered_on: recovery.recovered_on_text,
    recovery_country: recovery.recovery_country,
  }));
  const { rows } = await sql<Walking['row']>`${prepared}
    INSERT INTO traces (owner_agency_id, distribution, sharing_group_id, tlp, discoverable, priority, justification,
      status, created_by_user_id, recovery_id, manufacture_year, routing_reason, centre_agency_id, start_holder_id,
      make, make_key, model, serial_folded, serial_plain, serial_state, recovered_on, recovery_country)
    SELECT ${actor.agencyId}::uuid, ${common.distribution}, ${sharingGroupId}::uuid, ${common.tlp},
      ${common.discoverable}, ${common.priority}, ${common.justification ?? null}, 'submitted', ${actor.userId}::uuid,
      x.recovery_id, x.manufacture_year, x.routing_reason, x.centre_agency_id, x.start_holder_id, x.make, x.make_key,
      x.model, x.serial_folded, x.serial_plain, x.serial_state, x.recovered_on, x.recovery_country
    FROM jsonb_to_recordset(${JSON.stringify(own)}::jsonb) AS x(recovery_id uuid, manufacture_year int,
      routing_reason text, centre_agency_id uuid, start_holder_id uuid, make text, make_key text, model text,
      serial_folded text, serial_plain text, serial_state text, recovered_on date, recovery_country text)
    WHERE NOT EXISTS (SELECT 1 FROM traces t WHERE t.recovery_id = x.recovery_id
      AND t.status NOT IN ('completed', 'not_traceable'))
    RETURNING *, recovered_on::text AS recovered_on_text`.execute(tx);
  const created = new Map(rows.map((r) => [r.recovery_id, r]));
  const entries: AuditEntry[] = creating
    .filter(({ recovery }) => created.has(recovery.id))
    .map(({ recovery, routing }) => ({
      action: 'trace.create',
      recordType: 'trace',
      recordId: created.get(recovery.id)!.id,
      ownerAgencyId: actor.agencyId,
      details: {
        recoveryId: recovery.id,
        priority: common.priority,
        routing: routing.reason,
        distribution: common.distribution,
        sharingGroupId,
        tlp: common.tlp,
      },
    }));
  await audit(...entries);
  return created;
}

/**
 * Partly restored serials: ranked candidates from each first holder's records, for the tracing officer to confirm
 * (the trace waits, "submitted"); none fits: not traceable, serial not found. One look-up and one update for all.
 */
async function proposeCandidates(
  tx: Tx,
  audit: Audit,
  restoring: { p: Planned; traceId: string }[],
  closing: { traceId: string; reason: NonCompletionReason; params: Record<string, string> }[],
): Promise<Map<string, string>> {
  const asks: CandidateAsk[] = [];
  for (const { p, traceId } of restoring) {
    const pattern = compileSerialPattern(p.recovery.serial_folded!);
    if (pattern.ok)
      asks.push({
        traceId,
        holderId: p.start!.id,
        make: p.recovery.make!,
        model: p.recovery.model,
        pattern: pattern.value,
      });
  }
  const found = await candidateSerialsOf(tx, asks, audit);
  const statuses = new Map<string, string>();
  const pending: { id: string; candidates: TraceCandidate[] }[] = [];
  for (const { traceId } of restoring) {
    const candidates = found.get(traceId) ?? [];
    if (candidates.length === 0) {
      closing.push({ traceId, reason: 'serial_not_found', params: {} });
      statuses.set(traceId, 'not_traceable');
    } else {
      pending.push({ id: traceId, candidates });
      statuses.set(traceId, 'submitted');
    }
  }
  if (pending.length)
    await sql`
      UPDATE traces t SET candidate_state = 'pending', candidates = x.candidates
      FROM jsonb_to_recordset(${JSON.stringify(pending)}::jsonb) AS x(id uuid, candidates jsonb)
      WHERE t.id = x.id`.execute(tx);
  return statuses;
}

/** Closes the traces that never reached a hop (foreign or unknown origin, no candidate serial), with their reasons. */
async function closeUnwalked(
  tx: Tx,
  audit: Audit,
  ownerAgencyId: string,
  closing: { traceId: string; reason: NonCompletionReason; params: Record<string, string> }[],
) {
  if (closing.length === 0) return;
  // submitted → not_traceable is always allowed (core traceStatus): a trace closed before any hop.
  await sql`
    UPDATE traces t SET status = 'not_traceable', reason = x.reason, reason_params = x.params, completed_at = now()
    FROM jsonb_to_recordset(${JSON.stringify(
      closing.map((c) => ({ id: c.traceId, reason: c.reason, params: c.params })),
    )}::jsonb) AS x(id uuid, reason text, params jsonb)
    WHERE t.id = x.id`.execute(tx);
  const entries: AuditEntry[] = closing.map((c) => ({
    action: 'trace.not_traceable',
    recordType: 'trace',
    recordId: c.traceId,
    ownerAgencyId,
    details: { reason: c.reason, params: c.params },
  }));
  await audit(...entries);
}
