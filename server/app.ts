// Builds the Fastify application: platform hooks (auth, errors, i18n), every module's routes, the API
// reference and, when built, the web app. No listening here: main.ts and the tests decide that.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type RawReplyDefaultExpression,
  type RawRequestDefaultExpression,
  type RawServerDefault,
} from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import type { Config } from './config';
import type { DatabaseHandle } from './db/connect';
import { registerAuthResolution } from './platform/auth';
import { AppError, sendProblem, zodValidatorCompiler } from './platform/errors';
import { enforceDeclaredContentTypes } from './platform/http/contentTypes';
import { sendCsvWithBom } from './platform/http/csv';
import { registerModules } from './modules';
import { loadReferenceAdditions } from './modules/firearms/reference/proposals';

export interface AppServices {
  db: DatabaseHandle['db'];
  database: DatabaseHandle;
  config: Config;
}

export type AppInstance = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
> & { services: AppServices };

const WEB_DIST = fileURLToPath(new URL('../web/dist/', import.meta.url));

export const OPENAPI_INFO = {
  title: 'Rastro API',
  version: '1.0.0',
  description:
    'Crime-gun tracing, precursor-chemical control and sovereign information sharing between Mexico, the United States and Canada. Errors are RFC 9457 problem+json, localised by Accept-Language (en, es, fr).',
};

export async function buildApp(
  config: Config,
  database: DatabaseHandle,
  options: { logger?: boolean } = {},
): Promise<AppInstance> {
  const fastify = Fastify({
    logger:
      options.logger === false
        ? false
        : { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: false,
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : crypto.randomUUID();
    },
    requestIdHeader: false,
    ajv: undefined,
  });
  const app = fastify.withTypeProvider<ZodTypeProvider>() as AppInstance;
  app.decorate('services', { db: database.db, database, config });
  // Additions to the firearm reference table accepted on this database (the table itself ships with the code).
  await loadReferenceAdditions(database.db);
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler((error, request, reply) => sendProblem(request, reply, error, config.bodyLimitBytes));
  app.setNotFoundHandler((request, reply) => {
    if (request.method === 'GET' && !request.url.startsWith('/api/') && existsSync(WEB_DIST + 'index.html')) {
      return reply.type('text/html').sendFile('index.html');
    }
    return sendProblem(
      request,
      reply,
      new AppError('not_found', { resource: request.url.split('?')[0] ?? '' }),
      config.bodyLimitBytes,
    );
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (!request.url.startsWith('/api/docs')) {
      reply.header('x-frame-options', 'DENY');
      reply.header(
        'content-security-policy',
        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'",
      );
    }
    if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
  });

  // JSON only (plus the CSV parsers modules add): a text/plain body is a 415, not a string to validate.
  app.removeContentTypeParser('text/plain');
  enforceDeclaredContentTypes(app);
  sendCsvWithBom(app);
  await app.register(cookie);
  registerAuthResolution(app, database.db);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: OPENAPI_INFO,
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'rastro_session' },
          token: { type: 'http', scheme: 'bearer', description: 'API token created by a user (rst_…)' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async () => {
    try {
      await sql`SELECT 1`.execute(database.db);
      return { status: 'ready', database: database.kind };
    } catch {
      throw new AppError('not_ready');
    }
  });

  registerModules(app);

  if (existsSync(WEB_DIST + 'index.html')) {
    await app.register(fastifyStatic, { root: WEB_DIST, wildcard: true, index: ['index.html'] });
  }
  return app;
}
