// Creates and updates user accounts on behalf of an agency admin or a system admin.
import type { z } from 'zod';
import type { Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { hashPassword } from '../../../platform/auth';
import { AppError, invalidFields, notFound } from '../../../platform/errors';
import { inTransaction } from '../../../platform/transaction';
import type { createUserBody, updateUserBody } from '../schemas';
import { canAssignRole, canManageUsersOf } from '../policy';

export async function createUser(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  input: z.infer<typeof createUserBody>,
) {
  const agencyId = input.agencyId ?? actor.agencyId;
  if (!canManageUsersOf(actor, agencyId)) {
    throw input.agencyId && input.agencyId !== actor.agencyId
      ? invalidFields({ field: 'agencyId', message: 'other_agency' })
      : new AppError('forbidden');
  }
  if (!canAssignRole(actor, input.role)) throw new AppError('forbidden');
  const passwordHash = await hashPassword(input.password);
  return inTransaction(db, context, async (tx, audit) => {
    const agency = await tx.selectFrom('agencies').select('id').where('id', '=', agencyId).executeTakeFirst();
    if (!agency) throw invalidFields({ field: 'agencyId', message: 'invalid' });
    const taken = await tx
      .selectFrom('users')
      .select('id')
      .where('email', '=', input.email)
      .executeTakeFirst();
    if (taken) throw invalidFields({ field: 'email', message: 'email_taken' });
    const row = await tx
      .insertInto('users')
      .values({
        agency_id: agencyId,
        email: input.email,
        display_name: input.displayName,
        role: input.role,
        locale: input.locale,
        password_hash: passwordHash,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit({
      action: 'user.create',
      recordType: 'user',
      recordId: row.id,
      ownerAgencyId: agencyId,
      details: { email: row.email, role: row.role },
    });
    return row;
  });
}

export async function updateUser(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  id: string,
  input: z.infer<typeof updateUserBody>,
) {
  return inTransaction(db, context, async (tx, audit) => {
    const before = await tx
      .selectFrom('users')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!before || !canManageUsersOf(actor, before.agency_id)) throw notFound('user');
    if (input.role && !canAssignRole(actor, input.role)) throw new AppError('forbidden');
    if (before.role === 'system_admin' && !canAssignRole(actor, 'system_admin'))
      throw new AppError('forbidden');
    const row = await tx
      .updateTable('users')
      .set({
        ...(input.displayName !== undefined ? { display_name: input.displayName } : {}),
        ...(input.role !== undefined ? { role: input.role } : {}),
        ...(input.disabled !== undefined ? { disabled: input.disabled } : {}),
        ...(input.locale !== undefined ? { locale: input.locale } : {}),
        ...(input.unlock ? { locked_until: null, failed_logins: 0 } : {}),
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (input.disabled) await tx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await audit({
      action: 'user.update',
      recordType: 'user',
      recordId: id,
      ownerAgencyId: before.agency_id,
      details: {
        before: { displayName: before.display_name, role: before.role, disabled: before.disabled },
        change: input,
      },
    });
    return row;
  });
}
