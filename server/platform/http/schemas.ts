// Shared request/response pieces: ids, problem documents, the sharing fields of a record.
import { z } from 'zod';
import { DISTRIBUTIONS, TLPS } from '../../../core/sharing';

export const idParam = z.object({ id: z.uuid() }).strict();

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string(),
    requestId: z.string(),
    errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem' });

/** Text fields are stored as given (never HTML-interpreted); control characters other than newlines and tabs are refused. */
export const plainText = (max: number, min = 1) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .refine((text) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text), {
      params: { message: 'invalid_format' },
    });

export const sharingInput = {
  distribution: z.enum(DISTRIBUTIONS),
  sharingGroupId: z.uuid().nullable().optional(),
  tlp: z.enum(TLPS),
  discoverable: z.boolean().default(true),
};

export const problemResponses = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};
