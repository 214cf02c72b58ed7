// Adding to and removing from an agency's watch list: audited, history kept (removal marks the row).
import type { z } from 'zod';
import { partyKey } from '../../../../core/chemicals/manifest';
import type { Actor } from '../../../../core/sharing';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { invalidFields, notFound } from '../../../platform/errors';
import { inTransaction } from '../../../platform/transaction';
import type { addWatchEntryBody } from '../schemas';
import { manifestDb } from '../tables';
import { authorizeWatchListChange } from '../watchListAccess';

export async function addWatchEntry(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  input: z.infer<typeof addWatchEntryBody>,
): Promise<string> {
  await authorizeWatchListChange(db, actor);
  const nameKey = partyKey(input.name);
  if (nameKey === '') throw invalidFields({ field: 'name', message: 'invalid_format' });
  return inTransaction(db, context, async (rawTx, audit) => {
    const tx = manifestDb(rawTx);
    const clash = await tx
      .selectFrom('watch_list_entries')
      .select('id')
      .where('owner_agency_id', '=', actor.agencyId)
      .where('kind', '=', input.kind)
      .where('name_key', '=', nameKey.slice(0, 300))
      .where('removed_at', 'is', null)
      .executeTakeFirst();
    if (clash) throw invalidFields({ field: 'name', message: 'watch_entry_exists' });
    const row = await tx
      .insertInto('watch_list_entries')
      .values({
        owner_agency_id: actor.agencyId,
        kind: input.kind,
        name: input.name,
        name_key: nameKey.slice(0, 300),
        identifier: input.identifier ?? null,
        reason: input.reason,
        added_by_user_id: actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit({
      action: 'watch_list.add',
      recordType: 'watch_list_entry',
      recordId: row.id,
      ownerAgencyId: actor.agencyId,
      details: {
        kind: input.kind,
        name: input.name,
        identifier: input.identifier ?? null,
        reason: input.reason,
      },
    });
    return row.id;
  });
}

export async function removeWatchEntry(
  db: Db,
  context: AuditActorContext,
  actor: Actor,
  id: string,
  reason: string,
): Promise<void> {
  await authorizeWatchListChange(db, actor);
  await inTransaction(db, context, async (rawTx, audit) => {
    const tx = manifestDb(rawTx);
    const removed = await tx
      .updateTable('watch_list_entries')
      .set({ removed_at: new Date(), removed_by_user_id: actor.userId, removal_reason: reason })
      .where('id', '=', id)
      .where('owner_agency_id', '=', actor.agencyId)
      .where('removed_at', 'is', null)
      .returning(['kind', 'name'])
      .executeTakeFirst();
    if (!removed) throw notFound('watch_list_entry');
    await audit({
      action: 'watch_list.remove',
      recordType: 'watch_list_entry',
      recordId: id,
      ownerAgencyId: actor.agencyId,
      details: { kind: removed.kind, name: removed.name, reason },
    });
  });
}
