// The one error type commands and routes throw; the error handler turns it into RFC 9457 problem+json.
import {
  conflictReasonText,
  type ConflictReason,
  type FieldMessage,
  type ProblemType,
} from '../../../core/i18n/errors';

export interface FieldError {
  /** JSON pointer-ish dotted path of the field, e.g. "title" or "members.2". */
  field: string;
  message: FieldMessage;
  params?: Record<string, string | number>;
}

const STATUS: Record<ProblemType, number> = {
  validation: 422,
  malformed_json: 400,
  body_too_large: 413,
  unsupported_media_type: 415,
  unauthenticated: 401,
  invalid_credentials: 401,
  account_locked: 423,
  account_disabled: 403,
  totp_required: 401,
  totp_invalid: 401,
  totp_enrollment_required: 403,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  token_invalid: 401,
  token_expired: 401,
  token_revoked: 401,
  token_scope: 403,
  not_ready: 503,
  internal: 500,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly type: ProblemType,
    readonly params: Record<string, string | number> = {},
    readonly fieldErrors: FieldError[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(type);
    this.status = STATUS[type];
  }
}

export const notFound = (resource: string) => new AppError('not_found', { resource });
export const forbidden = () => new AppError('forbidden');
/** A 409 with a catalogued reason: the problem's detail reaches each user in their language; `reason` is the English. */
export const conflict = (reasonKey: ConflictReason, params: Record<string, string | number> = {}) =>
  new AppError('conflict', { ...params, reasonKey, reason: conflictReasonText('en', reasonKey, params) });
export const invalidFields = (...errors: FieldError[]) => new AppError('validation', {}, errors);
