// Requests and views of recovered firearms (after ATF Form 3312.1's recovery fields; DOMAIN.md "Crime-gun tracing").
import { z } from 'zod';
import { FIREARM_TYPE_CODES, SERIAL_STATES } from '../../../../core/firearms';
import { isIsoCountryCode } from '../../../../core/firearms/countryCodes';
import { COUNTRIES, DISTRIBUTIONS, TLPS } from '../../../../core/sharing';
import { pageQuery } from '../../../platform/http/pagination';
import { plainText, sharingInput } from '../../../platform/http/schemas';
import { SHARED_RECORD_TYPES } from '../../../platform/policy';
import type { FieldError } from '../../../platform/errors';
import { isCalendarDate, pastDate, serialColumns } from '../firearmInput';
import { descriptionWarningView } from '../reference/schemas';

// Declared with the CSV format (core/firearms/recoveryCsv.ts), so the file's help names the states the API takes.
export { SERIAL_STATES };

const optionalText = (max: number) => plainText(max).nullable().optional();
const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isIsoCountryCode, { params: { message: 'invalid_country' } })
  .describe('ISO 3166-1 alpha-2 country code');

export const possessorInput = z
  .object({ name: plainText(200), birthDate: pastDate.nullable().optional() })
  .strict()
  .describe(
    'The person the firearm was recovered from (personal data: shown only to roles allowed to see it)',
  );

/** The fields of one recovered firearm, shared by the JSON API and each CSV row. */
export const recoveryFields = {
  serialState: z.enum(SERIAL_STATES).default('intact'),
  serial: z
    .string()
    .max(200)
    .nullable()
    .optional()
    .describe('As stamped; for a partly restored serial, ? for each unreadable character'),
  make: optionalText(120),
  model: optionalText(120),
  caliber: optionalText(60),
  type: z.enum(FIREARM_TYPE_CODES).nullable().optional().describe('NCIC/NIEM type code'),
  countryOfManufacture: countryCode.nullable().optional(),
  importer: optionalText(200),
  otherMarkings: optionalText(2000),
  recoveredOn: pastDate,
  recoveryCountry: countryCode,
  recoveryState: optionalText(80),
  recoveryMunicipality: optionalText(120),
  latitude: z.number().min(-90).max(90).nullable().optional(),
  longitude: z.number().min(-180).max(180).nullable().optional(),
  crimeCode: optionalText(40),
  caseNumber: optionalText(80),
  possessor: possessorInput.nullable().optional(),
};

/** One recovery's fields as validated (the JSON body without sharing, or one CSV row). */
export const recoveryRow = z
  .object(recoveryFields)
  .strict()
  .superRefine((v, ctx) => checkRecoveryShape(v, ctx), everyFieldAtOnce());
export type RecoveryFields = z.output<typeof recoveryRow>;

type RecoveryShape = {
  serialState?: (typeof SERIAL_STATES)[number] | undefined;
  serial?: string | null | undefined;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
};

/** Cross-field rules: the serial fits its state, and coordinates come in pairs. */
export function recoveryShapeErrors(value: RecoveryShape): FieldError[] {
  const errors: FieldError[] = [];
  if (value.serialState !== undefined || value.serial !== undefined) {
    const serial = serialColumns(value.serialState ?? 'intact', value.serial);
    if (!serial.ok) errors.push(serial.error);
  }
  const hasLat = value.latitude !== null && value.latitude !== undefined;
  const hasLon = value.longitude !== null && value.longitude !== undefined;
  if (hasLat !== hasLon)
    errors.push({ field: hasLat ? 'longitude' : 'latitude', message: 'coordinates_pair' });
  return errors;
}

/**
 * Zod skips refinements once a field failed, so a form got its errors one stage at a time (the date, then the
 * serial). The cross-field rules run anyway, over the fields that did parse.
 */
function everyFieldAtOnce() {
  return {
    when: (payload: { value: unknown }) => typeof payload.value === 'object' && payload.value !== null,
  };
}

/** The cross-field rules over a possibly partly invalid body: a pair with a failed member is not judged. */
export function checkRecoveryShape(value: RecoveryShape, ctx: z.RefinementCtx, partial = false) {
  const failed = new Set(ctx.issues.map((issue) => String(issue.path?.[0])));
  const judged = (a: keyof RecoveryShape, b: keyof RecoveryShape) =>
    !failed.has(a) && !failed.has(b) && (!partial || (value[a] !== undefined && value[b] !== undefined));
  const shape: RecoveryShape = {
    ...(judged('serialState', 'serial') ? { serialState: value.serialState, serial: value.serial } : {}),
    ...(judged('latitude', 'longitude') ? { latitude: value.latitude, longitude: value.longitude } : {}),
  };
  for (const error of recoveryShapeErrors(shape))
    ctx.addIssue({
      code: 'custom',
      path: [error.field],
      params: { message: error.message, ...error.params },
    });
}

export const createRecoveryBody = z
  .object({ ...recoveryFields, ...sharingInput })
  .strict()
  .superRefine((v, ctx) => checkRecoveryShape(v, ctx), everyFieldAtOnce());

export const updateRecoveryBody = z
  .object({
    ...recoveryFields,
    distribution: z.enum(DISTRIBUTIONS),
    sharingGroupId: z.uuid().nullable(),
    tlp: z.enum(TLPS),
    discoverable: z.boolean(),
  })
  .partial()
  .extend({
    version: z
      .number()
      .int()
      .min(1)
      .describe('The version you edited; a newer one on the server is a conflict'),
    serialState: z.enum(SERIAL_STATES).optional(),
  })
  .strict()
  // Only pairs the edit gives in full (the merged record is checked again by the command).
  .superRefine((v, ctx) => checkRecoveryShape(v, ctx, true), everyFieldAtOnce());

/** A list filter's date: a real calendar day (2024-02-30 is refused here, not by the database's cast). */
export const isoDateFilter = z.string().refine(isCalendarDate, { params: { message: 'invalid_date' } });

export const listRecoveriesQuery = z
  .object({
    ...pageQuery,
    recoveredFrom: isoDateFilter.optional(),
    recoveredTo: isoDateFilter.optional(),
    country: countryCode.optional(),
    state: z.string().trim().max(80).optional(),
    make: z.string().trim().max(120).optional(),
    caliber: z.string().trim().max(60).optional(),
    type: z.enum(FIREARM_TYPE_CODES).optional(),
  })
  .strict();

export const agencyRef = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  country: z.enum(COUNTRIES),
});

export const recoveryView = z
  .object({
    id: z.uuid(),
    serial: z.object({
      state: z.enum(SERIAL_STATES),
      raw: z.string().nullable(),
      plain: z.string().nullable(),
      folded: z.string().nullable(),
    }),
    make: z.string().nullable(),
    makeId: z.string().nullable(),
    model: z.string().nullable(),
    caliber: z.string().nullable(),
    caliberId: z.string().nullable(),
    type: z.enum(FIREARM_TYPE_CODES).nullable(),
    freeTextDescription: z.boolean(),
    countryOfManufacture: z.string().nullable(),
    importer: z.string().nullable(),
    otherMarkings: z.string().nullable(),
    recoveredOn: z.string(),
    recovery: z.object({
      country: z.string(),
      state: z.string().nullable(),
      municipality: z.string().nullable(),
      latitude: z.number().nullable(),
      longitude: z.number().nullable(),
    }),
    crimeCode: z.string().nullable(),
    caseNumber: z.string().nullable(),
    possessor: z
      .object({ name: z.string().nullable(), birthDate: z.string().nullable(), masked: z.boolean() })
      .nullable()
      .describe('Masked (name and birth date null) for roles not allowed to see personal data'),
    descriptionWarnings: z.array(descriptionWarningView),
    tlp: z.enum(TLPS),
    distribution: z.enum(DISTRIBUTIONS),
    sharingGroup: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    discoverable: z.boolean(),
    ownerAgency: agencyRef,
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    abilities: z.object({ update: z.boolean(), share: z.boolean(), export: z.boolean() }),
  })
  .meta({ id: 'Recovery' });

export const discoveryHitView = z.object({
  recordType: z.enum(SHARED_RECORD_TYPES),
  recordId: z.uuid(),
  ownerAgency: agencyRef,
  heldBy: agencyRef
    .nullable()
    .describe('For a dealer’s report: the tracing centre that holds it, which decides access requests'),
});

export const relatedRecordView = z
  .object({
    recordType: z.enum(['recovery', 'lost_stolen', 'trace']),
    id: z.uuid(),
    serial: z.string().nullable(),
    make: z.string().nullable(),
    model: z.string().nullable(),
    date: z.string().describe('Recovery date, or the date the loss or theft was reported'),
    kind: z.enum(['lost', 'stolen']).nullable(),
    ownerAgency: agencyRef,
  })
  .meta({ id: 'FirearmRelatedRecord' });

export const relatedView = z
  .object({ readable: z.array(relatedRecordView), hidden: z.array(discoveryHitView) })
  .describe(
    'Earlier records of the same serial and make: those you may read, and "a match exists at agency X"',
  );

export const recoveryDetailView = recoveryView
  .extend({ related: relatedView })
  .meta({ id: 'RecoveryDetail' });

export const recoveryPage = z
  .object({ items: z.array(recoveryView), nextCursor: z.string().nullable() })
  .meta({ id: 'RecoveryPage' });

export const importQuery = z
  .object({
    distribution: z.enum(DISTRIBUTIONS),
    sharingGroupId: z.uuid().optional(),
    tlp: z.enum(TLPS),
    discoverable: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
  })
  .strict();

export const importResultView = z
  .object({
    encoding: z.enum(['utf-8', 'windows-1252']),
    received: z.number().int(),
    inserted: z.number().int(),
    unchanged: z
      .number()
      .int()
      .describe('Rows already recorded (same case number, serial and recovery date)'),
    rejected: z.number().int(),
    errors: z.array(
      z.object({ line: z.number().int(), field: z.string(), code: z.string(), message: z.string() }),
    ),
    ignoredColumns: z.array(z.string()),
  })
  .meta({ id: 'RecoveryImportResult' });
