// Requests a trace of a recovered firearm the actor may read. The request is routed (core routeTrace) to the
// tracing centre of the country where the chain starts, and the walk starts at once; a partly restored serial
// first gets ranked candidates from the first holder's records and waits for the tracing officer to confirm one.
import type { z } from 'zod';
import { compileSerialPattern, makeKey, routeTrace, transitionTrace } from '../../../../core/firearms';
import type { NonCompletionReason } from '../../../../core/firearms';
import type { Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { AppError, conflict, notFound } from '../../../platform/errors';
import { authorizeAbility, authorizeRecord, checkSharingChoice } from '../../../platform/policy';
import { inTransaction, type Audit, type Tx } from '../../../platform/transaction';
import { findRecovery } from '../../firearms/recoveries/queries';
import { candidateSerials } from '../adRecords';
import { agencyKindOf } from '../queries';
import type { requestTraceBody } from '../schemas';
import { advanceTrace } from '../walk';
import { sql } from 'kysely';

/** The agency that runs each country's tracing centre (DOMAIN.md: ATF's NTC; the RCMP's tracing service). */
export const TRACING_CENTRE_AGENCY = { US: 'US-NTC', CA: 'CA-RCMP' } as const;

export async function requestTrace(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  input: z.infer<typeof requestTraceBody>,
): Promise<string> {
  authorizeAbility(actor, 'request_traces');
  if ((await agencyKindOf(db, actor.agencyId)) === 'record_holder') throw new AppError('forbidden');
  const sharingGroupId = checkSharingChoice(actor, input.distribution, input.sharingGroupId);
  const recovery = await findRecovery(db, input.recoveryId);
  if (!recovery) throw notFound('recovery');
  await authorizeRecord(db, actor, 'read', 'recovery', recovery);

  const importers = recovery.importer
    ? (await db.selectFrom('record_holders').selectAll().where('kind', '=', 'importer').execute()).filter(
        (h) => makeKey(h.name) === makeKey(recovery.importer!),
      )
    : [];
  const importer = importers[0];
  const routing = routeTrace({
    countryOfManufacture: recovery.country_of_manufacture,
    importer: recovery.importer ? { name: recovery.importer, country: importer?.country ?? null } : null,
  });
  const centre =
    routing.kind === 'centre'
      ? await db
          .selectFrom('agencies')
          .select('id')
          .where('code', '=', TRACING_CENTRE_AGENCY[routing.centre])
          .executeTakeFirst()
      : undefined;
  const start =
    routing.kind !== 'centre'
      ? undefined
      : routing.startsAt === 'importer'
        ? importer
        : recovery.make_key
          ? await db
              .selectFrom('record_holders')
              .selectAll()
              .where('kind', '=', 'manufacturer')
              .where('country', '=', routing.centre)
              .where(sql<boolean>`makes @> ARRAY[${recovery.make_key}]::text[]`)
              .orderBy('created_at')
              .executeTakeFirst()
          : undefined;

  return inTransaction(db, context, async (tx, audit) => {
    const open = await tx
      .selectFrom('traces')
      .select('id')
      .where('recovery_id', '=', recovery.id)
      .where('status', 'not in', ['completed', 'not_traceable'])
      .executeTakeFirst();
    if (open) throw conflict('this firearm already has an open trace');
    const row = await tx
      .insertInto('traces')
      .values({
        owner_agency_id: actor.agencyId,
        distribution: input.distribution,
        sharing_group_id: sharingGroupId,
        tlp: input.tlp,
        discoverable: input.discoverable,
        recovery_id: recovery.id,
        priority: input.priority,
        justification: input.justification ?? null,
        manufacture_year: input.manufactureYear ?? null,
        status: 'submitted',
        routing_reason: routing.reason,
        centre_agency_id: centre?.id ?? null,
        start_holder_id: start?.id ?? null,
        make: recovery.make,
        make_key: recovery.make_key,
        model: recovery.model,
        serial_folded: recovery.serial_folded,
        serial_plain: recovery.serial_plain,
        serial_state: recovery.serial_state,
        recovered_on: recovery.recovered_on_text,
        recovery_country: recovery.recovery_country,
        created_by_user_id: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit({
      action: 'trace.create',
      recordType: 'trace',
      recordId: row.id,
      ownerAgencyId: actor.agencyId,
      details: {
        recoveryId: recovery.id,
        priority: input.priority,
        routing: routing.reason,
        distribution: input.distribution,
        sharingGroupId,
        tlp: input.tlp,
      },
    });
    if (routing.kind !== 'centre' || !centre) {
      const reason: NonCompletionReason = routing.kind === 'foreign' ? 'foreign_origin' : 'origin_unknown';
      await closeUnwalked(tx, audit, row.id, actor.agencyId, reason, {
        ...(routing.kind === 'foreign' ? { country: routing.country } : {}),
      });
      return row.id;
    }
    const restored = recovery.serial_state === 'partly_restored' && recovery.serial_folded;
    if (restored && start && recovery.make && (input.manufactureYear ?? 9999) >= 1968) {
      const pattern = compileSerialPattern(recovery.serial_folded!);
      const candidates = pattern.ok
        ? await candidateSerials(tx, start.id, recovery.make, recovery.model, pattern.value, row.id, audit)
        : [];
      if (candidates.length === 0) {
        await closeUnwalked(tx, audit, row.id, actor.agencyId, 'serial_not_found', {});
        return row.id;
      }
      await tx
        .updateTable('traces')
        .set({ candidate_state: 'pending', candidates: JSON.stringify(candidates) })
        .where('id', '=', row.id)
        .execute();
      return row.id;
    }
    await advanceTrace(tx, audit, row.id);
    return row.id;
  });
}

/** Closes a trace that never reached a hop, with its reason. */
async function closeUnwalked(
  tx: Tx,
  audit: Audit,
  traceId: string,
  ownerAgencyId: string,
  reason: NonCompletionReason,
  params: Record<string, string | number>,
) {
  const moved = transitionTrace({ status: 'submitted' }, { status: 'not_traceable', reason });
  if (!moved.ok) throw new Error(JSON.stringify(moved.error));
  await tx
    .updateTable('traces')
    .set({ status: 'not_traceable', reason, reason_params: JSON.stringify(params), completed_at: new Date() })
    .where('id', '=', traceId)
    .execute();
  await audit({
    action: 'trace.not_traceable',
    recordType: 'trace',
    recordId: traceId,
    ownerAgencyId,
    details: { reason, params },
  });
}
