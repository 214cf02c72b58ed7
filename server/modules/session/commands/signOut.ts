// Ends the caller's session.
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { inTransaction } from '../../../platform/transaction';

export async function signOut(
  db: Db,
  context: AuditActorContext,
  sessionTokenHash: string,
  agencyId: string,
): Promise<void> {
  await inTransaction(db, context, async (tx, audit) => {
    await tx.deleteFrom('sessions').where('token_hash', '=', sessionTokenHash).execute();
    await audit({
      action: 'session.logout',
      recordType: 'user',
      recordId: context.userId ?? undefined,
      ownerAgencyId: agencyId,
    });
  });
}
