// The tracing officer closes an open trace as not traceable, with a reason from the list the walk cannot reach on
// its own (core OFFICER_CLOSING_REASONS) and an optional note to the requester: no candidate fits, the holder's
// firearm is another one, a holder went out of business or never answers. Open hops close with it, so they leave
// the holder's inbox. Only the officers of the centre the trace was routed to may close it.
import { sql } from 'kysely';
import { isFinal, type OfficerClosingReason } from '../../../../core/firearms';
import type { Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { AppError, conflict } from '../../../platform/errors';
import { inTransaction } from '../../../platform/transaction';
import { accessibleTrace } from '../queries';

export async function closeTrace(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  traceId: string,
  input: { reason: OfficerClosingReason; note?: string | null | undefined },
): Promise<void> {
  const { access } = await accessibleTrace(db, actor, traceId);
  if (!access.works) throw new AppError('forbidden');
  await inTransaction(db, context, async (tx, audit) => {
    const trace = await tx
      .selectFrom('traces')
      .select(['status', 'owner_agency_id', 'candidate_state'])
      .where('id', '=', traceId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (isFinal(trace.status)) throw conflict('trace_closed');
    const note = input.note?.trim() || null;
    const now = new Date();
    await tx
      .updateTable('traces')
      .set({
        status: 'not_traceable',
        reason: input.reason,
        reason_params: JSON.stringify(note ? { note } : {}),
        awaiting_holder_id: null,
        awaiting_since: null,
        // Candidates nobody will confirm: the trace no longer waits for the officer's choice.
        ...(trace.candidate_state === 'pending' ? { candidate_state: 'none' as const } : {}),
        completed_at: now,
        updated_at: now,
        version: sql<number>`version + 1`,
      })
      .where('id', '=', traceId)
      .execute();
    const closed = await tx
      .updateTable('trace_hops')
      .set({ state: 'closed' })
      .where('trace_id', '=', traceId)
      .where('state', '=', 'open')
      .returning('id')
      .execute();
    await audit({
      action: 'trace.not_traceable',
      recordType: 'trace',
      recordId: traceId,
      ownerAgencyId: trace.owner_agency_id,
      details: { reason: input.reason, closedBy: 'tracing_officer', hopsClosed: closed.length },
    });
  });
}
