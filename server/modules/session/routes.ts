// Sign in and out, the current session, language preference and TOTP enrolment.
import { z } from 'zod';
import type { AppInstance } from '../../app';
import {
  requireAuth,
  auditContextOf,
  SESSION_COOKIE,
  loadUserAndActor,
  FixedWindowLimiter,
  sha256,
} from '../../platform/auth';
import { requestedLocale } from '../../../core/i18n/locale';
import { AppError } from '../../platform/errors';
import { problemResponses } from '../../platform/http/schemas';
import { inTransaction } from '../../platform/transaction';
import { signIn } from './commands/signIn';
import { signOut } from './commands/signOut';
import { enableTotp, startTotpSetup } from './commands/totp';
import { presentSession } from './presenters';
import { sessionView, signInBody, totpEnableBody, totpSetupView, updateMeBody } from './schemas';

const tags = ['session'];

export function sessionRoutes(app: AppInstance) {
  const { db, config } = app.services;
  const limiter = new FixedWindowLimiter(config.loginRatePerMinute, 60_000);
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: config.cookieSecure,
  };

  const currentSession = async (request: Parameters<typeof requireAuth>[0]) => {
    const auth = requireAuth(request, { duringEnrollment: true });
    const agency = await db
      .selectFrom('agencies')
      .select('country')
      .where('id', '=', auth.user.agencyId)
      .executeTakeFirstOrThrow();
    return presentSession(auth, agency.country);
  };

  app.post(
    '/api/v1/session',
    {
      schema: {
        tags,
        summary: 'Sign in with email, password and (when enabled) a TOTP code',
        body: signInBody,
        response: {
          200: sessionView,
          ...problemResponses,
          423: problemResponses[403],
          429: problemResponses[403],
        },
      },
    },
    async (request, reply) => {
      const wait = limiter.hit(request.ip);
      if (wait > 0)
        throw new AppError('rate_limited', { seconds: wait }, [], { 'retry-after': String(wait) });
      const { token, userId, csrfToken } = await signIn(db, config, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
        requestId: String(request.id),
      });
      reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: config.sessionTtlHours * 3600 });
      const loaded = await loadUserAndActor(db, userId);
      if (!loaded) throw new AppError('invalid_credentials');
      request.auth = {
        user: loaded.user,
        actor: loaded.actor,
        via: 'session',
        csrfToken,
        sessionTokenHash: sha256(token),
        scopes: ['read', 'write'],
      };
      if (!requestedLocale(request.headers['accept-language'])) request.locale = loaded.user.locale;
      return currentSession(request);
    },
  );

  app.get(
    '/api/v1/session',
    {
      schema: {
        tags,
        summary: 'The signed-in user, their agency and abilities',
        response: { 200: sessionView, ...problemResponses },
      },
    },
    async (request) => currentSession(request),
  );

  app.delete(
    '/api/v1/session',
    { schema: { tags, summary: 'Sign out', response: { 204: z.null(), ...problemResponses } } },
    async (request, reply) => {
      const auth = requireAuth(request, { duringEnrollment: true });
      if (auth.sessionTokenHash)
        await signOut(db, auditContextOf(request), auth.sessionTokenHash, auth.user.agencyId);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.status(204).send(null);
    },
  );

  app.patch(
    '/api/v1/me',
    {
      schema: {
        tags,
        summary: 'Change my language',
        body: updateMeBody,
        response: { 200: sessionView, ...problemResponses },
      },
    },
    async (request) => {
      const auth = requireAuth(request, { duringEnrollment: true });
      await inTransaction(db, auditContextOf(request), async (tx, audit) => {
        await tx
          .updateTable('users')
          .set({ locale: request.body.locale })
          .where('id', '=', auth.user.id)
          .execute();
        await audit({
          action: 'user.locale_changed',
          recordType: 'user',
          recordId: auth.user.id,
          ownerAgencyId: auth.user.agencyId,
          details: { locale: request.body.locale },
        });
      });
      auth.user.locale = request.body.locale;
      return currentSession(request);
    },
  );

  app.post(
    '/api/v1/me/totp/setup',
    {
      schema: {
        tags,
        summary: 'Start TOTP enrolment: returns a secret for an authenticator app',
        response: { 200: totpSetupView, ...problemResponses },
      },
    },
    async (request) => {
      const auth = requireAuth(request, { duringEnrollment: true });
      return startTotpSetup(db, auditContextOf(request), auth.user.id, auth.user.email);
    },
  );

  app.post(
    '/api/v1/me/totp/enable',
    {
      schema: {
        tags,
        summary: 'Finish TOTP enrolment with a code from the app',
        body: totpEnableBody,
        response: { 200: sessionView, ...problemResponses },
      },
    },
    async (request) => {
      const auth = requireAuth(request, { duringEnrollment: true });
      await enableTotp(db, auditContextOf(request), auth.user.id, request.body.code);
      auth.user.totpEnabled = true;
      return currentSession(request);
    },
  );
}
