// Requests traces of many recovered firearms at once (a tracing centre's or an agency's bulk submission), with the
// same checks, sharing and audit per trace as one request each: the actor must read each recovery, a firearm with
// an open trace is refused, each trace is routed (core routeTrace) and walked. One request of one firearm is a
// batch of one (see requestTrace). Every step reads or writes all the batch's traces in one statement.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import {
  compileSerialPattern,
  makeKey,
  routeTrace,
  type NonCompletionReason,
} from '../../../../core/firearms';
import { CANDIDATE_ASK_LIMITS, candidateAskRefusal } from '../../../../core/firearms/candidateAsk';
import { can, type Actor, type Distribution, type Tlp } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext, AuditEntry } from '../../../platform/audit';
import { AppError, conflict, invalidFields, notFound } from '../../../platform/errors';
import { authorizeAbility, checkSharingChoice } from '../../../platform/policy';
import { inTransaction, type Audit, type Tx } from '../../../platform/transaction';
import { RECOVERY } from '../../firearms/recoveries/queries';
import { candidateSerialsOf, type CandidateAsk } from '../adRecords';
import { advanceTraces } from '../walk';
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
    // One text for any number of ids (an array parameter), so it runs prepared: its planning costs more than its run.
    .where(sql<boolean>`rc.id = ANY(${ids}::uuid[])`)
    .modifyFront(prepared)
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}
type RecoveryToTrace = NonNullable<
  Awaited<ReturnType<typeof recoveriesOf>> extends Map<string, infer R> ? R : never
>;

const recoveryYear = (recovery: RecoveryToTrace) => Number(recovery.recovered_on_text.slice(0, 4));

/** A firearm cannot have been made after the year it was recovered: such a year is a typing error, not a lead. */
function madeAfterRecovery(item: TraceRequestItem, recovery: RecoveryToTrace): boolean {
  return item.manufactureYear != null && item.manufactureYear > recoveryYear(recovery);
}

/** The agencies that run the tracing centres (the same few rows for every request). */
function tracingCentres(db: Db) {
  return db
    .selectFrom('agencies')
    .modifyFront(prepared)
    .select(['id', 'code'])
    .where('code', 'in', Object.values(TRACING_CENTRE_AGENCY))
    .execute();
}

/** Where each chain starts: the importers (few) and the manufacturers of the batch's makes, in one (prepared) query. */
async function startHolders(
  db: Db,
  recoveries: RecoveryToTrace[],
  centres: Awaited<ReturnType<typeof tracingCentres>>,
) {
  const withImporters = recoveries.some((r) => r.importer);
  const makeKeys = [...new Set(recoveries.flatMap((r) => (r.make_key ? [r.make_key] : [])))];
  const holders =
    withImporters || makeKeys.length
      ? await db
          .selectFrom('record_holders')
          .modifyFront(prepared)
          .selectAll()
          .where((eb) => {
            const wanted = [];
            if (withImporters) wanted.push(eb('kind', '=', 'importer'));
            // One array parameter: the same text (so one prepared statement) for any number of makes.
            if (makeKeys.length)
              wanted.push(
                eb.and([eb('kind', '=', 'manufacturer'), sql<boolean>`makes && ${makeKeys}::text[]`]),
              );
            return eb.or(wanted);
          })
          .orderBy('created_at')
          .execute()
      : [];
  const importers = holders.filter((h) => h.kind === 'importer');
  const makers = holders.filter((h) => h.kind === 'manufacturer');
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
  if (actor.recordHolder) throw new AppError('forbidden');
  const sharingGroupId = checkSharingChoice(actor, common.distribution, common.sharingGroupId);
  const ids = [...new Set(items.map((i) => i.recoveryId))];
  // Independent reads, on two pooled connections at once: one round trip's wait instead of two.
  const [recoveries, centres] = await Promise.all([recoveriesOf(db, ids), tracingCentres(db)]);
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
    else if (madeAfterRecovery(item, recovery))
      fail(
        item,
        invalidFields({
          field: 'manufactureYear',
          message: 'too_big',
          params: { maximum: recoveryYear(recovery) },
        }),
      );
    else {
      seen.add(recovery.id);
      readable.push({ item, recovery });
    }
  }
  const starts = await startHolders(
    db,
    readable.map((r) => r.recovery),
    centres,
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
    // A firearm whose trace is still open gets no second one: it is refused alone.
    const created = await createTraces(tx, audit, actor, common, sharingGroupId, planned);
    const creating = planned.filter((p) => {
      if (!created.has(p.recovery.id)) fail(p.item, openTraceConflict());
      return created.has(p.recovery.id);
    });
    if (creating.length === 0) return;
    const restoring: { p: Planned; row: Walking['row'] }[] = [];
    const closing: Closing[] = [];
    for (const p of creating) {
      const row = created.get(p.recovery.id)!;
      if (p.routing.kind !== 'centre' || !p.centreId) {
        const reason: NonCompletionReason =
          p.routing.kind === 'foreign' ? 'foreign_origin' : 'origin_unknown';
        closing.push({
          row,
          reason,
          params: p.routing.kind === 'foreign' ? { country: p.routing.country } : {},
        });
        continue;
      }
      const restored = p.recovery.serial_state === 'partly_restored' && p.recovery.serial_folded;
      if (restored && p.start && p.recovery.make && (p.item.manufactureYear ?? 9999) >= 1968)
        restoring.push({ p, row });
    }
    await proposeCandidates(tx, audit, restoring, closing);
    await closeUnwalked(audit, actor.agencyId, closing);
    // Every new trace goes through the walk, which inserts it once: those closed or waiting for a candidate to be
    // confirmed are already settled and only written.
    const rows = [...created.values()];
    const statusOf = await advanceTraces(
      tx,
      audit,
      rows.map((r) => r.id),
      rows,
      creating.flatMap((p) => (p.start ? [p.start] : [])),
    );
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

/** A new trace closed before any hop, and why. */
interface Closing {
  row: Walking['row'];
  reason: NonCompletionReason;
  params: Record<string, string>;
}

/**
 * A trace, in memory, for every firearm without an open trace (one read for all), with one audit row each; the new
 * rows by recovery id. The walk inserts them once, in the state it leaves them in (walk.ts insertCreated).
 */
async function createTraces(
  tx: Tx,
  audit: Audit,
  actor: Actor,
  common: TraceRequestCommon,
  sharingGroupId: string | null,
  creating: Planned[],
): Promise<Map<string, Walking['row']>> {
  const open = new Set(
    (
      await sql<{ recovery_id: string }>`${prepared}
        SELECT recovery_id FROM traces
        WHERE recovery_id = ANY(${creating.map((p) => p.recovery.id)}::uuid[])
          AND status NOT IN ('completed', 'not_traceable')`.execute(tx)
    ).rows.map((r) => r.recovery_id),
  );
  const now = new Date();
  const created = new Map<string, Walking['row']>();
  for (const { item, recovery, routing, centreId, start } of creating) {
    if (open.has(recovery.id)) continue;
    created.set(recovery.id, {
      id: randomUUID(),
      owner_agency_id: actor.agencyId,
      distribution: common.distribution,
      sharing_group_id: sharingGroupId,
      tlp: common.tlp,
      discoverable: common.discoverable,
      priority: common.priority,
      justification: common.justification ?? null,
      status: 'submitted',
      reason: null,
      reason_params: {},
      created_by_user_id: actor.userId,
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
      recovered_on: new Date(`${recovery.recovered_on_text}T00:00:00Z`),
      recovered_on_text: recovery.recovered_on_text,
      recovery_country: recovery.recovery_country,
      candidate_state: 'none',
      candidates: [],
      awaiting_holder_id: null,
      awaiting_since: null,
      result: null,
      warnings: [],
      purchaser_key: null,
      dealer_holder_id: null,
      ttc_days: null,
      created_at: now,
      updated_at: now,
      completed_at: null,
      version: 1,
    });
  }
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
 * (the trace waits, "submitted"); none fits: not traceable, serial not found. One look-up for all; the rows change in
 * memory and are inserted so.
 */
async function proposeCandidates(
  tx: Tx,
  audit: Audit,
  restoring: { p: Planned; row: Walking['row'] }[],
  closing: Closing[],
): Promise<void> {
  const asks: CandidateAsk[] = [];
  const refused = new Set<string>();
  for (const { p, row } of restoring) {
    const pattern = compileSerialPattern(p.recovery.serial_folded!);
    // Too loose to ask about (no registry): closed before any holder's records are read.
    const refusal = pattern.ok ? candidateAskRefusal(pattern.value) : null;
    if (refusal) {
      refused.add(row.id);
      closing.push({
        row,
        reason: 'serial_too_damaged',
        params: {
          refusal,
          maxUnreadable: String(CANDIDATE_ASK_LIMITS.maxUnreadable),
          minReadable: String(CANDIDATE_ASK_LIMITS.minReadable),
        },
      });
    } else if (pattern.ok)
      asks.push({
        traceId: row.id,
        holderId: p.start!.id,
        make: p.recovery.make!,
        model: p.recovery.model,
        pattern: pattern.value,
      });
  }
  const found = await candidateSerialsOf(tx, asks, audit);
  for (const { row } of restoring) {
    if (refused.has(row.id)) continue;
    const candidates = found.get(row.id) ?? [];
    if (candidates.length === 0) closing.push({ row, reason: 'serial_not_found', params: {} });
    else Object.assign(row, { candidate_state: 'pending', candidates });
  }
}

/** Closes the traces that never reached a hop (foreign or unknown origin, no candidate serial), with their reasons. */
async function closeUnwalked(audit: Audit, ownerAgencyId: string, closing: Closing[]) {
  // submitted → not_traceable is always allowed (core traceStatus): a trace closed before any hop.
  const now = new Date();
  for (const { row, reason, params } of closing)
    Object.assign(row, { status: 'not_traceable', reason, reason_params: params, completed_at: now });
  const entries: AuditEntry[] = closing.map((c) => ({
    action: 'trace.not_traceable',
    recordType: 'trace',
    recordId: c.row.id,
    ownerAgencyId,
    details: { reason: c.reason, params: c.params },
  }));
  await audit(...entries);
}
