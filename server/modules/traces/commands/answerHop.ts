// A record holder answers a hop from its inbox: sold or transferred to whom and when, or "not in my records". The
// trace resumes in the same transaction. Only the holder the hop asks may answer, once. An answer the chain itself
// contradicts is refused at its field, because an accepted one is final: a sale before the holder acquired the gun
// (it would give a wrong time-to-crime), a transfer to the holder's own licence (a loop that closes the trace), a
// purchaser under age at the sale.
import type { z } from 'zod';
import { sql } from 'kysely';
import { addYears, compareDates, parseIsoDate } from '../../../../core/firearms';
import type { Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { AppError, conflict, invalidFields, notFound } from '../../../platform/errors';
import { inTransaction, type Tx } from '../../../platform/transaction';
import type { hopAnswerBody } from '../schemas';
import type { StoredHopAnswer } from '../tables';
import { advanceTrace } from '../walk';

/** No US licensee may sell a firearm to anyone under 18 (21 for handguns); a younger purchaser is a records error. */
const MINIMUM_PURCHASER_AGE = 18;

/** When the previous holder's answer says this holder received the gun; null for the first hop (the maker). */
async function acquiredOn(tx: Tx, traceId: string, hopIndex: number, holderId: string) {
  if (hopIndex === 0) return null;
  const row = await sql<{ date: string | null }>`
    SELECT min(d ->> 'date') AS date
    FROM trace_hops p CROSS JOIN LATERAL jsonb_array_elements(p.answer -> 'dispositions') d
    WHERE p.trace_id = ${traceId} AND p.hop_index = ${hopIndex - 1} AND d -> 'to' ->> 'holderId' = ${holderId}`.execute(
    tx,
  );
  return row.rows[0]?.date ?? null;
}

function underAgeAtSale(birthDate: string, saleDate: string): boolean {
  const born = parseIsoDate(birthDate);
  const sold = parseIsoDate(saleDate);
  return born.ok && sold.ok && compareDates(addYears(born.value, MINIMUM_PURCHASER_AGE), sold.value) > 0;
}

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
        'h.hop_index',
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
      const acquired = await acquiredOn(tx, hop.trace_id, hop.hop_index, hop.holder_id);
      if (acquired && input.date < acquired)
        throw invalidFields({
          field: 'date',
          message: 'date_before_acquired',
          params: { acquiredOn: acquired },
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
        if (to.id === hop.holder_id)
          throw invalidFields({ field: 'soldTo.licence', message: 'transfer_to_own_licence' });
        answer = {
          kind: 'disposed',
          dispositions: [{ date: input.date, to: { kind: 'holder', holderId: to.id } }],
        };
      } else {
        const p = input.soldTo.purchaser;
        if (p.birthDate && underAgeAtSale(p.birthDate, input.date))
          throw invalidFields({
            field: 'soldTo.purchaser.birthDate',
            message: 'purchaser_under_age',
            params: { minimumAge: MINIMUM_PURCHASER_AGE },
          });
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
