// Renders errors as RFC 9457 problem+json, localised by the request's language. Never a stack trace.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { fieldText, problemText, type ProblemType } from '../../../core/i18n/errors';
import { acceptedContentTypes } from '../http/contentTypes';
import { AppError } from './appError';
import { fieldErrorsFromZod } from './zodIssues';
import { RequestValidationError } from './validator';

export const PROBLEM_BASE = 'https://rastro.example/problems/';

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof RequestValidationError) {
    const part = error.validationContext ?? 'body';
    return new AppError('validation', {}, fieldErrorsFromZod(error.issues, part === 'body' ? '' : part));
  }
  const fastifyError = error as Partial<FastifyError>;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('malformed_json');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('body_too_large', { limit: 0 });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupported_media_type');
  }
  if (fastifyError.statusCode === 400 && fastifyError.message?.includes('JSON'))
    return new AppError('malformed_json');
  if (fastifyError.statusCode === 404) return new AppError('not_found', { resource: 'route' });
  return new AppError('internal');
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: unknown, bodyLimit: number) {
  const appError = toAppError(error);
  if (appError.type === 'internal') request.log.error({ err: error }, 'unhandled error');
  const locale = request.locale;
  const params: Record<string, string | number> = { ...appError.params, requestId: request.id };
  // Import and upload routes raise their own limit; report the one that applied.
  if (appError.type === 'body_too_large') params.limit = request.routeOptions?.bodyLimit ?? bodyLimit;
  // A route that refuses a body names no type; the route's declaration says what it takes.
  if (appError.type === 'unsupported_media_type' && params.accepted === undefined)
    params.accepted = acceptedContentTypes(request).join(', ');
  const { title, detail } = problemText(locale, appError.type as ProblemType, params);
  for (const [name, value] of Object.entries(appError.headers)) reply.header(name, value);
  return reply
    .status(appError.status)
    .header('content-language', locale)
    .type('application/problem+json')
    .send({
      type: PROBLEM_BASE + appError.type.replaceAll('_', '-'),
      title,
      status: appError.status,
      detail,
      instance: request.url,
      requestId: request.id,
      ...(appError.fieldErrors.length
        ? {
            errors: appError.fieldErrors.map((fieldError) => ({
              field: fieldError.field,
              code: fieldError.message,
              message: fieldText(locale, fieldError.message, fieldError.params),
            })),
          }
        : {}),
    });
}
