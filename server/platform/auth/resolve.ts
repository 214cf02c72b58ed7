// onRequest hook: finds the caller from the session cookie or a Bearer API token, and enforces CSRF
// (sessions) for unsafe methods and token scopes (`read` to read, `write` to change) before any handler runs.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/connect';
import { requestedLocale } from '../../../core/i18n/locale';
import { AppError } from '../errors';
import type { AuthContext } from './context';
import { loadSessionUserAndActor, loadUserAndActor } from './loadUser';
import { sha256 } from './secrets';

export const SESSION_COOKIE = 'rastro_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

async function fromSession(db: Db, token: string): Promise<AuthContext | null> {
  const tokenHash = sha256(token);
  const loaded = await loadSessionUserAndActor(db, tokenHash);
  if (!loaded || loaded.expiresAt.getTime() <= Date.now() || loaded.disabled) return null;
  return {
    user: loaded.user,
    actor: loaded.actor,
    via: 'session',
    csrfToken: loaded.csrfToken,
    sessionTokenHash: tokenHash,
    scopes: ['read', 'write'],
  };
}

async function fromApiToken(db: Db, token: string): Promise<AuthContext> {
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'user_id', 'scopes', 'expires_at', 'revoked_at'])
    .where('token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!row) throw new AppError('token_invalid');
  if (row.revoked_at) throw new AppError('token_revoked');
  if (row.expires_at.getTime() <= Date.now())
    throw new AppError('token_expired', { at: row.expires_at.toISOString() });
  const loaded = await loadUserAndActor(db, row.user_id);
  if (!loaded || loaded.disabled) throw new AppError('token_invalid');
  await db.updateTable('api_tokens').set({ last_used_at: new Date() }).where('id', '=', row.id).execute();
  return {
    user: loaded.user,
    actor: loaded.actor,
    via: 'token',
    csrfToken: null,
    sessionTokenHash: null,
    scopes: row.scopes.filter((s): s is 'read' | 'write' => s === 'read' || s === 'write'),
  };
}

export function registerAuthResolution(app: FastifyInstance, db: Db) {
  app.decorateRequest('auth', null);
  app.decorateRequest('locale', 'en');
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const requested = requestedLocale(request.headers['accept-language']);
    request.locale = requested ?? 'en';
    if (!request.url.startsWith('/api/v1/')) return;
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      request.auth = await fromApiToken(db, authorization.slice(7).trim());
      const scope = SAFE_METHODS.has(request.method) ? 'read' : 'write';
      if (!request.auth.scopes.includes(scope)) throw new AppError('token_scope', { scope });
    } else {
      const cookie = request.cookies[SESSION_COOKIE];
      request.auth = cookie ? await fromSession(db, cookie) : null;
      if (request.auth && !SAFE_METHODS.has(request.method)) {
        const sent = request.headers['x-csrf-token'];
        if (typeof sent !== 'string' || !sameSecret(sent, request.auth.csrfToken ?? '')) {
          throw new AppError('csrf_failed');
        }
      }
    }
    if (request.auth && !requested) request.locale = request.auth.user.locale;
  });
}
