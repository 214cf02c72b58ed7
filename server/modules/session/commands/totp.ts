// TOTP enrolment: a secret is proposed, and enabled only once the user proves their app produces codes.
import { generateTotpSecret, totpUri, verifyTotp } from '../../../../core/auth/totp';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { AppError, conflict } from '../../../platform/errors';
import { inTransaction } from '../../../platform/transaction';

export async function startTotpSetup(db: Db, context: AuditActorContext, userId: string, email: string) {
  const secret = generateTotpSecret();
  await inTransaction(db, context, async (tx, audit) => {
    const updated = await tx
      .updateTable('users')
      .set({ totp_secret: secret })
      .where('id', '=', userId)
      .where('totp_enabled', '=', false)
      .executeTakeFirst();
    if (updated.numUpdatedRows === 0n) throw conflict('totp_enabled');
    await audit({
      action: 'user.totp_setup_started',
      recordType: 'user',
      recordId: userId,
      ownerAgencyId: context.agencyId,
    });
  });
  return { secret, otpauthUri: totpUri(secret, email) };
}

export async function enableTotp(db: Db, context: AuditActorContext, userId: string, code: string) {
  await inTransaction(db, context, async (tx, audit) => {
    const user = await tx
      .selectFrom('users')
      .select(['totp_secret', 'totp_enabled'])
      .where('id', '=', userId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (user.totp_enabled) throw conflict('totp_enabled');
    if (!user.totp_secret || !verifyTotp(user.totp_secret, code)) throw new AppError('totp_invalid');
    await tx.updateTable('users').set({ totp_enabled: true }).where('id', '=', userId).execute();
    await audit({
      action: 'user.totp_enabled',
      recordType: 'user',
      recordId: userId,
      ownerAgencyId: context.agencyId,
    });
  });
}
