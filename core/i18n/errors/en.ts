// Problem titles, details and field messages in English: the reference catalogue the others must match.
import { adImportFieldsEn } from './adImportEn';

export const errorsEn = {
  problem: {
    validation: {
      title: 'Invalid request',
      detail: 'Some fields are not valid. Check the highlighted fields.',
    },
    malformed_json: { title: 'Malformed JSON', detail: 'The request body is not valid JSON.' },
    body_too_large: { title: 'Request too large', detail: 'The request body exceeds {{limit}} bytes.' },
    unsupported_media_type: { title: 'Unsupported media type', detail: 'Send the body as {{accepted}}.' },
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
    ...adImportFieldsEn,
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
    date_in_future: 'Must not be in the future.',
    invalid_date: 'Not a valid date (YYYY-MM-DD).',
    serial_required: 'Give the serial number, or mark it obliterated.',
    serial_not_expected: 'An obliterated serial has no characters; choose partly restored if some were read.',
    serial_invalid_character: 'A serial cannot contain "{{character}}".',
    serial_too_long: 'A serial has at most {{maximum}} characters.',
    serial_wildcard_not_allowed: 'Use ? for unreadable characters only in a partly restored serial.',
    serial_pattern_no_literal: 'The pattern needs at least one known character.',
    invalid_country: 'Not an ISO 3166-1 country code (two letters, e.g. MX, US, AT).',
    coordinates_pair: 'Give both latitude and longitude, or neither.',
    csv_missing_column: 'This required column is missing from the header line.',
    csv_empty: 'The file has no data rows.',
    csv_unterminated_quote: 'A quoted cell is never closed.',
    csv_too_many_rows: 'At most {{maximum}} rows per file.',
    manifest_unreadable: 'The file cannot be read as a CSV or XLSX manifest.',
    manifest_empty: 'The manifest has no lines.',
    manifest_too_many_lines: 'At most {{maximum}} lines per manifest.',
    manifest_no_substance_column:
      'No column names the substance: add one headed description, CAS or SMILES (or descripción, désignation…).',
    manifest_duplicate_column: 'Columns "{{first}}" and "{{second}}" both read as {{field}}.',
    watch_entry_exists: 'This name is already on your watch list as this kind of party.',
    duplicate_row: 'Same firearm as line {{line}} (case number, serial and recovery date).',
    invalid_smiles: 'Not a structure RDKit can read (SMILES).',
    invalid_cas: 'Not a CAS number (NNNNNNN-NN-N).',
    cas_check_digit: 'The CAS check digit is wrong (expected {{expected}}).',
    cas_taken: 'This CAS number is already in the registry.',
    invalid_formula: 'Not a molecular formula.',
    formula_mismatch: 'Does not match the structure ({{expected}}).',
    one_identifier: 'Give exactly one of SMILES, CAS number or name.',
    justification_required: 'An urgent trace needs a justification.',
    date_after_recovery: 'This date is after the firearm was recovered ({{recoveredOn}}).',
    holder_unknown: 'No record holder has licence number "{{licence}}".',
    date_before_acquired: 'This date is before you acquired the firearm ({{acquiredOn}}).',
    transfer_to_own_licence:
      'This is your own licence: give the licence of the holder you transferred the firearm to.',
    purchaser_under_age: 'With this birth date the purchaser was under {{minimumAge}} on the date of sale.',
    birth_after_sale: 'The purchaser cannot be born after the sale ({{soldOn}}).',
    candidate_not_offered: 'Choose one of the proposed candidates.',
    duplicate_recovery: 'This recovered firearm is already earlier in the list.',
    disposition_target_required: 'Say where the firearm went: a licence number, a purchaser or a country.',
    not_competent_authority: 'Not another country’s competent authority for precursor chemicals.',
    unknown_party: 'No such party among your authority’s parties.',
    unknown_chemical: 'No such chemical in the registry.',
    one_substance: 'Give exactly one of registry chemical, name, CAS number or SMILES.',
    quantity_absurd: 'This quantity is not plausible for one consignment line.',
    invalid_rfc: 'Not an RFC (3 or 4 letters, YYMMDD, 3-character homoclave).',
    invalid_ein: 'Not an EIN (NN-NNNNNNN).',
    invalid_bn:
      'Not a business number (9 digits with a valid check digit, optionally a program account such as RT0001).',
    notice_too_late:
      'A notice must be sent at least 15 days before dispatch (by {{sendBy}}); mark it voluntary if the chemical is not scheduled.',
    dispatch_not_future: 'The dispatch date has been reached: a notice must be sent before it.',
    attachment_type:
      'Only PDF, PNG or JPEG files can be attached (judged by the file’s content, not its name).',
    attachment_too_large: 'An attachment may be at most {{maximum}} bytes.',
    attachment_empty: 'The file is empty.',
    attachment_limit: 'A notification may have at most {{maximum}} attachments.',
    multiple_sales_too_few: 'A multiple-sales report lists at least two firearms.',
    multiple_sales_wrong_type: 'This form covers firearms of type {{expected}} only.',
    multiple_sales_window:
      'The sales span {{businessDays}} business days: a multiple-sale is at most five consecutive business days.',
    multiple_sales_not_border_state:
      'The rifle report covers dealers in Texas, Arizona, California and New Mexico only.',
    dealer_licence_not_yours: 'This licence is not one of your agency’s record holders.',
    stale_version:
      'Someone else changed this record meanwhile (you edited version {{yourVersion}}; it is now at {{currentVersion}}). Reload it, then try again.',
    invalid: 'Not valid.',
    already_in_reference: 'The reference table already has this: {{entry}}.',
    proposal_exists: 'This addition has already been proposed.',
    unknown_make: 'This make is not in the reference table: propose the make first.',
    unknown_caliber_named: 'Caliber "{{caliber}}" is not in the reference table: propose it first.',
  },
  /** Localised details of 409 conflicts, chosen by the `reasonKey` a command gives (`reason` stays the English fallback). */
  conflictReason: {
    notification_changed:
      'Someone else changed this notification meanwhile (you had version {{yourVersion}}). Reload it to see their changes, then try again.',
    notification_status:
      'This is no longer possible: the notification has moved on to another status. Reload it to see where it stands.',
    notification_not_draft:
      'The notification is no longer a draft: its content and attachments can no longer change.',
    trace_open: 'This firearm already has an open trace: follow that one instead of starting another.',
    trace_closed: 'This trace is already closed: completed or not traceable.',
    no_candidate_pending: 'No candidate is waiting to be confirmed for this trace.',
    hop_answered: 'This hop has already been answered.',
    access_already_readable: 'You can already read this record.',
    access_request_pending: 'Your agency already has a pending request for this record.',
    access_request_decided: 'This request has already been decided.',
    access_request_not_granted:
      'Only access currently granted can be revoked: this request is still pending, was refused, or has already been revoked.',
    totp_enabled: 'Two-step sign-in is already enabled.',
    recovery_duplicate: 'This firearm is already recorded in this case (same serial and recovery date).',
    alert_changed:
      'Someone else changed this alert meanwhile (you had version {{yourVersion}}; it is now at {{currentVersion}}). Reload it, then try again.',
    listing_superseded:
      'The current {{jurisdiction}} listing changed since you loaded it. Reload the chemical, then try again.',
    reference_proposal_decided: 'This proposal has already been decided.',
    reference_entry_exists: 'The reference table already has "{{name}}": this proposal can only be rejected.',
  },
} as const;

/** Widens the literal strings so the other languages must have the same keys, with their own words. */
type Catalogue<T> = { readonly [K in keyof T]: T[K] extends string ? string : Catalogue<T[K]> };
export type ErrorCatalogue = Catalogue<typeof errorsEn>;
