// Who is calling: resolved once per request from the session cookie or the API token.
import type { FastifyRequest } from 'fastify';
import type { Actor, Role } from '../../../core/sharing';
import type { Locale } from '../../../core/i18n/locale';
import type { AuditActorContext } from '../audit';
import { AppError } from '../errors';

export interface AuthenticatedUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  agencyId: string;
  agencyName: string;
  agencyCode: string;
  locale: Locale;
  totpEnabled: boolean;
  agencyRequiresTotp: boolean;
}

export interface AuthContext {
  user: AuthenticatedUser;
  actor: Actor;
  via: 'session' | 'token';
  /** For sessions: the CSRF token unsafe requests must echo in X-CSRF-Token. */
  csrfToken: string | null;
  sessionTokenHash: string | null;
  scopes: readonly ('read' | 'write')[];
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext | null;
    locale: Locale;
  }
}

/** Returns the caller or throws 401; callers whose agency demands TOTP must enrol first. */
export function requireAuth(
  request: FastifyRequest,
  options: { duringEnrollment?: boolean } = {},
): AuthContext {
  const auth = request.auth;
  if (!auth) throw new AppError('unauthenticated');
  if (!options.duringEnrollment && auth.user.agencyRequiresTotp && !auth.user.totpEnabled) {
    throw new AppError('totp_enrollment_required');
  }
  return auth;
}

export function auditContextOf(request: FastifyRequest): AuditActorContext {
  return {
    userId: request.auth?.user.id ?? null,
    agencyId: request.auth?.user.agencyId ?? null,
    ip: request.ip,
    requestId: String(request.id),
  };
}
