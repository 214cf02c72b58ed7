// A record holder answers a hop from its inbox: sold or transferred to whom and when, or "not in my records". The
// trace resumes in the same transaction. Only the holder the hop asks may answer, once.
import type { z } from 'zod';
import { sql } from 'kysely';
import type { Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { AppError, conflict, invalidFields, notFound } from '../../../platform/errors';
import { inTransaction } from '../../../platform/transaction';
import type { hopAnswerBody } from '../schemas';
import type { StoredHopAnswer } from '../tables';
import { advanceTrace } from '../walk';

export async function answerHop(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  hopId: string,
  input: z.infer<typeof hopAnswerBody>,
): Promise<{ traceStatus: string }> {
  if (!actor.recordHolder) throw new AppError('forbidden');
  return inTransaction(db, context, async (tx, audit) => {
    const hop = await tx
      .selectFrom('trace_hops as h')
      .innerJoin('record_holders as rh', 'rh.id', 'h.holder_id')
      .innerJoin('traces as tr', 'tr.id', 'h.trace_id')
      .select([
        'h.id',
        'h.state',
        'h.trace_id',
        'h.holder_id',
        'rh.agency_id',
        'tr.status',
        'tr.owner_agency_id',
        sql<string>`tr.recovered_on::text`.as('recovered_on'),
      ])
      .where('h.id', '=', hopId)
      .forUpdate()
      .executeTakeFirst();
    if (!hop || hop.agency_id !== actor.agencyId) throw notFound('hop');
    if (hop.state !== 'open' || hop.status === 'completed' || hop.status === 'not_traceable')
      throw conflict('hop_answered');
    let answer: StoredHopAnswer;
    if ('notInRecords' in input) answer = { kind: 'not_in_records' };
    else {
      if (input.date > hop.recovered_on)
        throw invalidFields({
          field: 'date',
          message: 'date_after_recovery',
          params: { recoveredOn: hop.recovered_on },
        });
      if ('licence' in input.soldTo) {
        const to = await tx
          .selectFrom('record_holders')
          .select('id')
          .where('licence_number', '=', input.soldTo.licence)
          .executeTakeFirst();
        if (!to)
          throw invalidFields({
            field: 'soldTo.licence',
            message: 'holder_unknown',
            params: { licence: input.soldTo.licence },
          });
        answer = {
          kind: 'disposed',
          dispositions: [{ date: input.date, to: { kind: 'holder', holderId: to.id } }],
        };
      } else {
        const p = input.soldTo.purchaser;
        answer = {
          kind: 'disposed',
          dispositions: [
            {
              date: input.date,
              to: {
                kind: 'purchaser',
                name: p.name,
                birthDate: p.birthDate ?? null,
                address: p.address ?? null,
              },
            },
          ],
        };
      }
    }
    await tx
      .updateTable('trace_hops')
      .set({
        answer: JSON.stringify(answer),
        answered_at: new Date(),
        answered_by: 'holder',
        state: 'answered',
      })
      .where('id', '=', hop.id)
      .execute();
    // The audit row says that and how the holder answered, never the purchaser it named.
    await audit({
      action: 'trace_hop.answer',
      recordType: 'trace',
      recordId: hop.trace_id,
      ownerAgencyId: hop.owner_agency_id,
      details: {
        hopId: hop.id,
        holderId: hop.holder_id,
        answer: answer.kind === 'disposed' ? answer.dispositions[0]!.to.kind : answer.kind,
      },
    });
    return { traceStatus: await advanceTrace(tx, audit, hop.trace_id) };
  });
}
