// Problem titles, details and field messages in English: the reference catalogue the others must match.
export const errorsEn = {
  problem: {
    validation: { title: 'Invalid request', detail: 'Some fields are not valid. See errors for each field.' },
    malformed_json: { title: 'Malformed JSON', detail: 'The request body is not valid JSON.' },
    body_too_large: { title: 'Request too large', detail: 'The request body exceeds {{limit}} bytes.' },
    unsupported_media_type: { title: 'Unsupported media type', detail: 'Send the body as application/json.' },
    unauthenticated: { title: 'Sign-in required', detail: 'Sign in or send a valid API token.' },
    invalid_credentials: { title: 'Sign-in failed', detail: 'The email or password is not correct.' },
    account_locked: {
      title: 'Account locked',
      detail: 'Too many failed sign-ins. Try again after {{until}}.',
    },
    account_disabled: {
      title: 'Account disabled',
      detail: 'This account is disabled. Ask your agency administrator.',
    },
    totp_required: {
      title: 'Code required',
      detail: 'Enter the six-digit code from your authenticator app.',
    },
    totp_invalid: { title: 'Wrong code', detail: 'The authenticator code is not correct.' },
    totp_enrollment_required: {
      title: 'Second factor required',
      detail: 'Your agency requires an authenticator app. Set it up before continuing.',
    },
    csrf_failed: {
      title: 'Security check failed',
      detail: 'The request is missing a valid CSRF token. Reload the page.',
    },
    forbidden: { title: 'Not allowed', detail: 'You are not allowed to do this.' },
    not_found: { title: 'Not found', detail: 'There is no such {{resource}}, or you may not see it.' },
    conflict: { title: 'Conflict', detail: '{{reason}}' },
    rate_limited: { title: 'Too many requests', detail: 'Wait {{seconds}} seconds and try again.' },
    token_invalid: { title: 'Invalid token', detail: 'The API token is not valid.' },
    token_expired: { title: 'Token expired', detail: 'The API token expired on {{at}}.' },
    token_revoked: { title: 'Token revoked', detail: 'The API token was revoked.' },
    token_scope: { title: 'Missing scope', detail: 'The API token lacks the "{{scope}}" scope.' },
    not_ready: { title: 'Not ready', detail: 'The database is not reachable.' },
    internal: {
      title: 'Internal error',
      detail: 'Something went wrong. Quote request id {{requestId}} to support.',
    },
  },
  field: {
    required: 'Required.',
    invalid_type: 'Expected {{expected}}.',
    too_short: 'Must be at least {{minimum}} characters.',
    too_long: 'Must be at most {{maximum}} characters.',
    too_small: 'Must be at least {{minimum}}.',
    too_big: 'Must be at most {{maximum}}.',
    invalid_value: 'Must be one of: {{options}}.',
    unknown_field: 'Unknown field.',
    invalid_email: 'Not a valid email address.',
    invalid_uuid: 'Not a valid identifier.',
    invalid_datetime: 'Not a valid date and time (ISO 8601).',
    invalid_format: 'Not in the expected format.',
    date_in_past: 'Must be in the future.',
    group_required: 'Choose a sharing group for group distribution.',
    group_not_member: 'Your agency is not a member of this sharing group.',
    weak_password: 'Use at least 12 characters.',
    email_taken: 'This email is already in use.',
    code_taken: 'This code is already in use.',
    name_taken: 'This name is already in use.',
    other_agency: 'You may only manage users of your own agency.',
    invalid: 'Not valid.',
  },
} as const;

/** Widens the literal strings so the other languages must have the same keys, with their own words. */
type Catalogue<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };
export type ErrorCatalogue = Catalogue<typeof errorsEn>;
