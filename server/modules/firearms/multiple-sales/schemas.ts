// Multiple-sales report shapes: what a dealer or agency files and what a reader gets back.
import { z } from 'zod';
import { FIREARM_TYPE_CODES, MULTIPLE_SALES_FORMS } from '../../../../core/firearms';
import { DISTRIBUTIONS, TLPS } from '../../../../core/sharing';
import { plainText } from '../../../platform/http/schemas';
import { pastDate } from '../firearmInput';

const soldOn = pastDate;

export const multipleSalesFirearmInput = z
  .object({
    make: plainText(120),
    model: plainText(120).nullable().optional(),
    caliber: plainText(60).nullable().optional(),
    type: z.enum(FIREARM_TYPE_CODES),
    serial: z.string().max(200),
    soldOn,
  })
  .strict();

export const fileMultipleSalesBody = z
  .object({
    form: z.enum(MULTIPLE_SALES_FORMS),
    dealer: z
      .object({
        licence: plainText(40),
        name: plainText(200).nullable().optional(),
        state: plainText(40).nullable().optional(),
        country: z.enum(['US', 'CA']).default('US'),
      })
      .strict(),
    purchaser: z
      .object({
        name: plainText(200),
        // Past like every date filed; not after the sales, and 18 at the first one: fileReport.ts.
        birthDate: pastDate.nullable().optional(),
        address: plainText(400).nullable().optional(),
      })
      .strict(),
    firearms: z.array(multipleSalesFirearmInput).min(1).max(50),
    distribution: z.enum(DISTRIBUTIONS).default('agency'),
    sharingGroupId: z.uuid().nullable().optional(),
    tlp: z.enum(TLPS).default('AMBER'),
    discoverable: z.boolean().default(false),
  })
  .strict();

const agencyRef = z.object({ id: z.string(), code: z.string(), name: z.string(), country: z.string() });

export const multipleSalesView = z
  .object({
    id: z.string(),
    form: z.enum(MULTIPLE_SALES_FORMS),
    dealer: z.object({
      name: z.string(),
      licence: z.string(),
      state: z.string().nullable(),
      country: z.string(),
    }),
    purchaser: z.object({
      name: z.string().nullable(),
      birthDate: z.string().nullable(),
      address: z.string().nullable(),
      masked: z.boolean(),
    }),
    firstSaleOn: z.string(),
    lastSaleOn: z.string(),
    firearms: z.array(
      z.object({
        line: z.number(),
        make: z.string(),
        model: z.string().nullable(),
        caliber: z.string().nullable(),
        type: z.string().nullable(),
        serial: z.string(),
        soldOn: z.string(),
      }),
    ),
    ownerAgency: agencyRef,
    centre: z.object({ code: z.string(), name: z.string() }).nullable(),
    tlp: z.string(),
    distribution: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'MultipleSalesReport' });

export const multipleSalesPage = z.object({ items: z.array(multipleSalesView) });
