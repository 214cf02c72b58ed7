// The reference table API: autocomplete for make, model and caliber, and the description check the form runs.
import { z } from 'zod';
import { FIREARM_TYPE_CODES } from '../../../../core/firearms';

const prefix = z.string().trim().max(80).default('');
const limit = z.coerce.number().int().min(1).max(50).default(10);

export const makesQuery = z.object({ q: prefix, limit }).strict();
export const modelsQuery = z.object({ make: z.string().trim().min(1).max(120), q: prefix, limit }).strict();
export const calibersQuery = z.object({ q: prefix, limit }).strict();

export const makeView = z
  .object({ id: z.string(), name: z.string(), aliases: z.array(z.string()), countries: z.array(z.string()) })
  .meta({ id: 'FirearmMake' });
export const modelView = z
  .object({
    name: z.string(),
    aliases: z.array(z.string()),
    types: z.array(z.enum(FIREARM_TYPE_CODES)),
    calibers: z.array(z.object({ id: z.string(), name: z.string() })),
  })
  .meta({ id: 'FirearmModel' });
export const caliberView = z
  .object({ id: z.string(), name: z.string(), aliases: z.array(z.string()) })
  .meta({ id: 'FirearmCaliber' });

export const makeList = z.object({ items: z.array(makeView) });
export const modelList = z.object({ make: makeView.nullable(), items: z.array(modelView) });
export const caliberList = z.object({ items: z.array(caliberView) });

const descriptionText = z.string().trim().max(120).nullable().optional();
export const descriptionCheckBody = z
  .object({
    make: descriptionText,
    model: descriptionText,
    caliber: descriptionText,
    type: z.string().trim().max(4).nullable().optional(),
    countryOfManufacture: z.string().trim().max(2).nullable().optional(),
  })
  .strict();

export const descriptionWarningView = z
  .object({
    code: z.string(),
    field: z.string(),
    messageKey: z.string(),
    message: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
  })
  .meta({ id: 'FirearmDescriptionWarning' });

export const descriptionCheckView = z
  .object({
    make: z.object({ id: z.string(), name: z.string() }).nullable(),
    model: z.object({ name: z.string(), types: z.array(z.enum(FIREARM_TYPE_CODES)) }).nullable(),
    caliber: z.object({ id: z.string(), name: z.string() }).nullable(),
    freeText: z.boolean(),
    warnings: z.array(descriptionWarningView),
  })
  .meta({ id: 'FirearmDescriptionCheck' });
