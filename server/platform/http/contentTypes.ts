// What body a route takes: JSON unless its schema declares `consumes` (the upload and import routes, which OpenAPI
// documents the same way). A body of another type is a 415 before any parser runs, so a CSV import does not take
// JSON merely because the app has a JSON parser; the problem names what the route takes (errors/problem.ts).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors/appError';

const JSON_ONLY = ['application/json'] as const;

/** The content types the request's route accepts, as its schema declares them. */
export function acceptedContentTypes(request: FastifyRequest): readonly string[] {
  return request.routeOptions?.schema?.consumes ?? JSON_ONLY;
}

/** Refuses a body whose type the route did not declare; bodiless requests are left to the route. */
export function enforceDeclaredContentTypes(app: FastifyInstance): void {
  app.addHook('preParsing', async (request, _reply, payload) => {
    const declared = request.routeOptions?.schema?.consumes;
    const sent = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
    if (declared && sent && !declared.some((type) => type.toLowerCase() === sent))
      throw new AppError('unsupported_media_type');
    return payload;
  });
}
