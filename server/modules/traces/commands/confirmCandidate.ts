// The tracing officer picks the candidate firearm that fits a partly restored serial; the chain walk then starts
// with that serial. Only the officers of the centre the trace was routed to may choose.
import { sql } from 'kysely';
import { foldedSerial } from '../../../../core/firearms';
import type { Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { AppError, conflict, invalidFields } from '../../../platform/errors';
import { inTransaction } from '../../../platform/transaction';
import { accessibleTrace } from '../queries';
import { advanceTrace } from '../walk';

export async function confirmCandidate(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  traceId: string,
  serial: string,
): Promise<void> {
  const { access } = await accessibleTrace(db, actor, traceId);
  if (!access.works) throw new AppError('forbidden');
  const folded = foldedSerial(serial);
  await inTransaction(db, context, async (tx, audit) => {
    const trace = await tx
      .selectFrom('traces')
      .select(['candidate_state', 'candidates', 'owner_agency_id'])
      .where('id', '=', traceId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (trace.candidate_state !== 'pending') throw conflict('no_candidate_pending');
    const chosen = trace.candidates.find((c) => c.serialFolded === folded);
    if (!chosen) throw invalidFields({ field: 'serial', message: 'candidate_not_offered' });
    await tx
      .updateTable('traces')
      .set({
        serial_folded: chosen.serialFolded,
        // A&D records keep only the folded serial; it is the plain form serial search compares too.
        serial_plain: chosen.serialFolded,
        candidate_state: 'confirmed',
        updated_at: new Date(),
        version: sql<number>`version + 1`,
      })
      .where('id', '=', traceId)
      .execute();
    await audit({
      action: 'trace.candidate_confirmed',
      recordType: 'trace',
      recordId: traceId,
      ownerAgencyId: trace.owner_agency_id,
      details: { serial: chosen.serialFolded, offered: trace.candidates.length },
    });
    await advanceTrace(tx, audit, traceId);
  });
}
