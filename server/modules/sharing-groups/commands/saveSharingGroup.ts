// System admins create sharing groups and set their member agencies; every change is audited with the
// members before and after, because membership decides who reads group-distributed records.
import type { z } from 'zod';
import type { Actor } from '../../../../core/sharing';
import { actorHasAbility } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { AppError, invalidFields, notFound } from '../../../platform/errors';
import { inTransaction, type Tx } from '../../../platform/transaction';
import type { createSharingGroupBody, updateSharingGroupBody } from '../schemas';

async function checkAgencies(tx: Tx, ids: string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return unique;
  const found = await tx.selectFrom('agencies').select('id').where('id', 'in', unique).execute();
  const known = new Set(found.map((f) => f.id));
  const index = ids.findIndex((id) => !known.has(id));
  if (index >= 0) throw invalidFields({ field: `memberAgencyIds.${index}`, message: 'invalid' });
  return unique;
}

async function nameTaken(tx: Tx, name: string, exceptId?: string) {
  let query = tx.selectFrom('sharing_groups').select('id').where('name', '=', name);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return Boolean(await query.executeTakeFirst());
}

export async function createSharingGroup(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  input: z.infer<typeof createSharingGroupBody>,
) {
  if (!actorHasAbility(actor, 'manage_sharing_groups')) throw new AppError('forbidden');
  return inTransaction(db, context, async (tx, audit) => {
    if (await nameTaken(tx, input.name)) throw invalidFields({ field: 'name', message: 'name_taken' });
    const members = await checkAgencies(tx, input.memberAgencyIds);
    const group = await tx
      .insertInto('sharing_groups')
      .values({ name: input.name, description: input.description })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (members.length)
      await tx
        .insertInto('sharing_group_members')
        .values(members.map((agency_id) => ({ group_id: group.id, agency_id })))
        .execute();
    await audit({
      action: 'sharing_group.create',
      recordType: 'sharing_group',
      recordId: group.id,
      details: { name: input.name, members },
    });
    return group.id;
  });
}

export async function updateSharingGroup(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof updateSharingGroupBody>,
) {
  if (!actorHasAbility(actor, 'manage_sharing_groups')) throw new AppError('forbidden');
  return inTransaction(db, context, async (tx, audit) => {
    const group = await tx
      .selectFrom('sharing_groups')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!group) throw notFound('sharing_group');
    if (input.name && (await nameTaken(tx, input.name, id)))
      throw invalidFields({ field: 'name', message: 'name_taken' });
    const before = (
      await tx.selectFrom('sharing_group_members').select('agency_id').where('group_id', '=', id).execute()
    ).map((m) => m.agency_id);
    if (input.name !== undefined || input.description !== undefined) {
      await tx
        .updateTable('sharing_groups')
        .set({
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.description !== undefined ? { description: input.description } : {}),
        })
        .where('id', '=', id)
        .execute();
    }
    let after = before;
    if (input.memberAgencyIds) {
      after = await checkAgencies(tx, input.memberAgencyIds);
      await tx.deleteFrom('sharing_group_members').where('group_id', '=', id).execute();
      if (after.length)
        await tx
          .insertInto('sharing_group_members')
          .values(after.map((agency_id) => ({ group_id: id, agency_id })))
          .execute();
    }
    await audit({
      action: 'sharing_group.update',
      recordType: 'sharing_group',
      recordId: id,
      details: {
        name: input.name ?? group.name,
        added: after.filter((a) => !before.includes(a)),
        removed: before.filter((b) => !after.includes(b)),
      },
    });
    return id;
  });
}
