// Signs a user in: password (argon2id), lockout after repeated failures, TOTP when enabled, a new session.
// Failures are counted and audited in their own transaction, so a refused sign-in still leaves a trace.
import { verifyTotp } from '../../../../core/auth/totp';
import type { Config } from '../../../config';
import type { Db } from '../../../db/connect';
import { randomSecret, sha256, verifyAgainstDummy, verifyPassword } from '../../../platform/auth';
import type { AuditActorContext } from '../../../platform/audit';
import { AppError } from '../../../platform/errors';
import { auditOnly, inTransaction } from '../../../platform/transaction';

export interface SignInProps {
  email: string;
  password: string;
  totpCode?: string | undefined;
  ip: string;
  userAgent: string | undefined;
  requestId: string;
}

export async function signIn(
  db: Db,
  config: Config,
  props: SignInProps,
): Promise<{ token: string; userId: string; csrfToken: string }> {
  const context: AuditActorContext = {
    userId: null,
    agencyId: null,
    ip: props.ip,
    requestId: props.requestId,
  };
  const user = await db.selectFrom('users').selectAll().where('email', '=', props.email).executeTakeFirst();
  const refuse = async (
    reason: string,
    type: 'invalid_credentials' | 'account_locked' | 'account_disabled' | 'totp_invalid' | 'totp_required',
    params: Record<string, string> = {},
  ) => {
    await auditOnly(
      db,
      { ...context, userId: user?.id ?? null, agencyId: user?.agency_id ?? null },
      {
        action: 'session.login_failed',
        recordType: user ? 'user' : undefined,
        recordId: user?.id,
        ownerAgencyId: user?.agency_id ?? null,
        details: { email: props.email, reason },
      },
    );
    throw new AppError(type, params);
  };

  if (!user) {
    await verifyAgainstDummy(props.password);
    return refuse('unknown_email', 'invalid_credentials');
  }
  if (user.is_demo && config.nodeEnv === 'production')
    return refuse('demo_refused_in_production', 'invalid_credentials');
  if (user.disabled) return refuse('disabled', 'account_disabled');
  if (user.locked_until && user.locked_until.getTime() > Date.now()) {
    return refuse('locked', 'account_locked', { until: user.locked_until.toISOString() });
  }

  const countFailure = async (reason: string, type: 'invalid_credentials' | 'totp_invalid') => {
    const failures = user.failed_logins + 1;
    const lock = failures >= config.loginMaxFailures;
    const lockedUntil = lock ? new Date(Date.now() + config.loginLockoutMinutes * 60_000) : null;
    await db
      .updateTable('users')
      .set({ failed_logins: lock ? 0 : failures, locked_until: lockedUntil })
      .where('id', '=', user.id)
      .execute();
    if (lock) return refuse(`${reason}; locked`, 'account_locked', { until: lockedUntil!.toISOString() });
    return refuse(reason, type);
  };

  if (!(await verifyPassword(user.password_hash, props.password)))
    return countFailure('wrong_password', 'invalid_credentials');
  if (user.totp_enabled && user.totp_secret) {
    if (!props.totpCode) throw new AppError('totp_required');
    if (!verifyTotp(user.totp_secret, props.totpCode)) return countFailure('wrong_totp', 'totp_invalid');
  }

  const token = randomSecret();
  const csrfToken = randomSecret();
  await inTransaction(db, { ...context, userId: user.id, agencyId: user.agency_id }, async (tx, audit) => {
    await tx
      .updateTable('users')
      .set({ failed_logins: 0, locked_until: null })
      .where('id', '=', user.id)
      .execute();
    // Expired sessions of this user are swept here rather than by a timer: no background job needed.
    await tx
      .deleteFrom('sessions')
      .where('user_id', '=', user.id)
      .where('expires_at', '<=', new Date())
      .execute();
    await tx
      .insertInto('sessions')
      .values({
        token_hash: sha256(token),
        user_id: user.id,
        csrf_token: csrfToken,
        ip: props.ip,
        user_agent: props.userAgent?.slice(0, 500) ?? null,
        expires_at: new Date(Date.now() + config.sessionTtlHours * 3_600_000),
      })
      .execute();
    await audit({
      action: 'session.login',
      recordType: 'user',
      recordId: user.id,
      ownerAgencyId: user.agency_id,
    });
  });
  return { token, userId: user.id, csrfToken };
}
