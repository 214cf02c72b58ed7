// Fastify validator compiler for zod schemas that keeps the zod issues whole, so the error handler can
// name each bad field in the user's language (the type provider's own compiler flattens them).
import type { FastifySchemaCompiler } from 'fastify';
import type { z } from 'zod';

export class RequestValidationError extends Error {
  validationContext?: string;
  constructor(readonly issues: readonly z.core.$ZodIssue[]) {
    super('request validation failed');
  }
}

/** Path of the first string holding a NUL character, which PostgreSQL text cannot store (it would fail as a 500). */
function pathOfNul(value: unknown, path: PropertyKey[] = []): PropertyKey[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    const found = pathOfNul(item, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return null;
}

export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const nul = pathOfNul(data);
    if (nul) {
      return {
        error: new RequestValidationError([
          {
            code: 'custom',
            path: nul,
            message: 'NUL character',
            params: { message: 'invalid_format' },
            input: undefined,
          },
        ]),
      };
    }
    const result = schema.safeParse(data, { reportInput: true });
    return result.success
      ? { value: result.data }
      : { error: new RequestValidationError(result.error.issues) };
  };
