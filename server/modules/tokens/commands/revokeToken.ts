// Revokes one of the caller's own API tokens; it stops working at once.
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { notFound } from '../../../platform/errors';
import { inTransaction } from '../../../platform/transaction';

export async function revokeToken(
  db: Db,
  context: AuditActorContext,
  userId: string,
  agencyId: string,
  tokenId: string,
) {
  return inTransaction(db, context, async (tx, audit) => {
    const row = await tx
      .updateTable('api_tokens')
      .set({ revoked_at: new Date() })
      .where('id', '=', tokenId)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw notFound('api_token');
    await audit({
      action: 'token.revoke',
      recordType: 'api_token',
      recordId: tokenId,
      ownerAgencyId: agencyId,
    });
    return row;
  });
}
