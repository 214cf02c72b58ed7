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

export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    return result.success
      ? { value: result.data }
      : { error: new RequestValidationError(result.error.issues) };
  };
