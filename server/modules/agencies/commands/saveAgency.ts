// Creating agencies is the system admin's; an agency admin may only make TOTP mandatory (or not) for their own.
import type { z } from 'zod';
import type { Actor } from '../../../../core/sharing';
import { actorHasAbility } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { AppError, invalidFields, notFound } from '../../../platform/errors';
import { inTransaction } from '../../../platform/transaction';
import type { createAgencyBody, updateAgencyBody } from '../schemas';

export async function createAgency(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  input: z.infer<typeof createAgencyBody>,
) {
  if (!actorHasAbility(actor, 'manage_agencies')) throw new AppError('forbidden');
  return inTransaction(db, context, async (tx, audit) => {
    const taken = await tx
      .selectFrom('agencies')
      .select('id')
      .where('code', '=', input.code)
      .executeTakeFirst();
    if (taken) throw invalidFields({ field: 'code', message: 'code_taken' });
    const row = await tx
      .insertInto('agencies')
      .values({
        code: input.code,
        name: input.name,
        country: input.country,
        kind: input.kind,
        totp_required: input.totpRequired,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit({
      action: 'agency.create',
      recordType: 'agency',
      recordId: row.id,
      ownerAgencyId: row.id,
      details: { code: row.code, country: row.country },
    });
    return row;
  });
}

export async function updateAgency(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof updateAgencyBody>,
) {
  const systemAdmin = actorHasAbility(actor, 'manage_agencies');
  const ownAgencyAdmin = actorHasAbility(actor, 'manage_agency_users') && actor.agencyId === id;
  if (!systemAdmin && !ownAgencyAdmin) throw new AppError('forbidden');
  if (!systemAdmin && (input.name !== undefined || input.kind !== undefined)) throw new AppError('forbidden');
  return inTransaction(db, context, async (tx, audit) => {
    const before = await tx
      .selectFrom('agencies')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!before) throw notFound('agency');
    const row = await tx
      .updateTable('agencies')
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.kind !== undefined ? { kind: input.kind } : {}),
        ...(input.totpRequired !== undefined ? { totp_required: input.totpRequired } : {}),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit({
      action: 'agency.update',
      recordType: 'agency',
      recordId: id,
      ownerAgencyId: id,
      details: {
        before: { name: before.name, kind: before.kind, totpRequired: before.totp_required },
        after: input,
      },
    });
    return row;
  });
}
