// Creates an API token for a user: scoped, expiring, stored only as a hash. The token is shown once.
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { newApiToken } from '../../../platform/auth';
import { inTransaction } from '../../../platform/transaction';

export interface CreateTokenProps {
  userId: string;
  agencyId: string;
  name: string;
  scopes: ('read' | 'write')[];
  expiresInDays: number;
}

export async function createToken(db: Db, context: AuditActorContext, props: CreateTokenProps) {
  const { token, prefix, hash } = newApiToken();
  const row = await inTransaction(db, context, async (tx, audit) => {
    const inserted = await tx
      .insertInto('api_tokens')
      .values({
        user_id: props.userId,
        name: props.name,
        token_prefix: prefix,
        token_hash: hash,
        scopes: [...new Set(props.scopes)],
        expires_at: new Date(Date.now() + props.expiresInDays * 86_400_000),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit({
      action: 'token.create',
      recordType: 'api_token',
      recordId: inserted.id,
      ownerAgencyId: props.agencyId,
      details: { name: props.name, scopes: inserted.scopes },
    });
    return inserted;
  });
  return { token, row };
}
