// What recoveries and lost/stolen reports share on the way in: the serial as typed (validated and normalised by
// core/firearms) and the description resolved against the reference table, with its warnings.
import { z } from 'zod';
import {
  checkDescription,
  compileSerialPattern,
  makeKey,
  normaliseSerial,
  plainSerial,
  type DescriptionWarning,
} from '../../../core/firearms';
import type { FieldMessage } from '../../../core/i18n/errors';
import type { FieldError } from '../../platform/errors';
import type { SerialState } from './tables';

export interface SerialColumns {
  serial_raw: string | null;
  serial_plain: string | null;
  serial_folded: string | null;
}

/**
 * Validates a serial for its state: intact serials are normalised (no wildcards); a partly restored one keeps `?`
 * (and `*`) for what could not be read; an obliterated one has no characters at all.
 */
export function serialColumns(
  state: SerialState,
  raw: string | null | undefined,
  field = 'serial',
): { ok: true; value: SerialColumns } | { ok: false; error: FieldError } {
  const given = raw !== null && raw !== undefined && raw.trim() !== '';
  if (state === 'obliterated') {
    return given
      ? { ok: false, error: { field, message: 'serial_not_expected' } }
      : { ok: true, value: { serial_raw: null, serial_plain: null, serial_folded: null } };
  }
  if (!given) return { ok: false, error: { field, message: 'serial_required' } };
  if (state === 'partly_restored') {
    const pattern = compileSerialPattern(raw);
    if (!pattern.ok) return { ok: false, error: patternError(field, pattern.error) };
    return {
      ok: true,
      value: { serial_raw: raw, serial_plain: plainOfPattern(raw), serial_folded: pattern.value.folded },
    };
  }
  const serial = normaliseSerial(raw);
  if (!serial.ok) {
    const { code, character, length } = serial.error;
    if (code === 'invalid_character' && (character === '?' || character === '*'))
      return { ok: false, error: { field, message: 'serial_wildcard_not_allowed' } };
    if (code === 'invalid_character')
      return {
        ok: false,
        error: { field, message: 'serial_invalid_character', params: { character: visible(character) } },
      };
    if (code === 'too_long')
      return {
        ok: false,
        error: { field, message: 'serial_too_long', params: { maximum: 40, length: length ?? 0 } },
      };
    return { ok: false, error: { field, message: 'serial_required' } };
  }
  return {
    ok: true,
    value: { serial_raw: raw, serial_plain: serial.value.plain, serial_folded: serial.value.folded },
  };
}

/** A search pattern (`AB??34*`) or serial, as a field error when it cannot be used. */
export function patternError(
  field: string,
  error: { code: string; character?: string | undefined },
): FieldError {
  const message: FieldMessage =
    error.code === 'no_literal'
      ? 'serial_pattern_no_literal'
      : error.code === 'too_long'
        ? 'serial_too_long'
        : error.code === 'invalid_character'
          ? 'serial_invalid_character'
          : 'serial_required';
  return {
    field,
    message,
    params: { maximum: 40, ...(error.character ? { character: visible(error.character) } : {}) },
  };
}

function plainOfPattern(raw: string): string {
  return plainSerial(raw).replace(/\*+/g, '*');
}

/** Control characters are shown as their code point, never echoed raw into a message. */
function visible(character: string | undefined): string {
  if (!character) return '';
  return /[\p{Cc}\p{Cf}]/u.test(character)
    ? `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
    : character;
}

export interface DescriptionInput {
  make?: string | null | undefined;
  model?: string | null | undefined;
  caliber?: string | null | undefined;
  type?: string | null | undefined;
  countryOfManufacture?: string | null | undefined;
  /** Undefined when the record has no markings (lost/stolen): see FirearmDescription.importer. */
  importer?: string | null | undefined;
}

export interface DescriptionColumns {
  make_id: string | null;
  make_key: string | null;
  caliber_id: string | null;
  free_text_description: boolean;
  warnings: DescriptionWarning[];
}

/**
 * Resolves make, model and caliber against the reference table. What does not resolve is kept as typed and the
 * record is marked as a free-text description (traces on those fail most often).
 */
export function describeFirearm(input: DescriptionInput): DescriptionColumns {
  const check = checkDescription(input);
  const present = (s: string | null | undefined) => typeof s === 'string' && s.trim() !== '';
  const freeText =
    (present(input.make) && !check.make) ||
    (present(input.model) && !check.model) ||
    (present(input.caliber) && !check.caliber);
  return {
    make_id: check.make?.id ?? null,
    make_key: check.make ? check.make.id : present(input.make) ? `text:${makeKey(input.make!)}` : null,
    caliber_id: check.caliber?.id ?? null,
    free_text_description: freeText,
    warnings: [...check.warnings],
  };
}

/** The key duplicate detection compares makes by: the reference id, or the make's key when it is free text. */
export function makeKeyOf(make: string): string {
  return describeFirearm({ make }).make_key ?? '';
}

/** 'YYYY-MM-DD' that is a real calendar date. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Today in UTC: no partner country is ahead of UTC, so a local date is never later than this. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Why a date is refused: missing, not a real day (or before 1900), or in the future; null when it is fine. */
function pastDateError(value: string): FieldMessage | null {
  if (value.trim() === '') return 'required';
  if (!isCalendarDate(value) || value < '1900-01-01') return 'invalid_date';
  return value > todayUtc() ? 'date_in_future' : null;
}

/**
 * A calendar date not after today (recoveries, reports and birth dates are never in the future). One check with one
 * message, not aborting refinements: an abort would stop the form's other (cross-field) checks too.
 */
export const pastDate = z
  .string()
  .superRefine((value, ctx) => {
    const message = pastDateError(value);
    if (message) ctx.addIssue({ code: 'custom', params: { message } });
  })
  .meta({ format: 'date' });
