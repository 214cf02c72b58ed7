// Request and response shapes of lost/stolen firearm reports.
import { z } from 'zod';
import { FIREARM_TYPE_CODES } from '../../../../core/firearms';
import { DISTRIBUTIONS, TLPS } from '../../../../core/sharing';
import { pageQuery } from '../../../platform/http/pagination';
import { plainText, sharingInput } from '../../../platform/http/schemas';
import { pastDate } from '../firearmInput';
import { agencyRef, discoveryHitView, isoDateFilter, relatedRecordView } from '../recoveries/schemas';

export const createLostStolenBody = z
  .object({
    kind: z.enum(['lost', 'stolen']),
    serial: plainText(200),
    make: plainText(120).nullable().optional(),
    model: plainText(120).nullable().optional(),
    caliber: plainText(60).nullable().optional(),
    type: z.enum(FIREARM_TYPE_CODES).nullable().optional(),
    reportedOn: pastDate,
    details: plainText(2000).nullable().optional(),
    ...sharingInput,
  })
  .strict();

export const listLostStolenQuery = z
  .object({
    ...pageQuery,
    kind: z.enum(['lost', 'stolen']).optional(),
    reportedFrom: isoDateFilter.optional(),
    reportedTo: isoDateFilter.optional(),
    make: z.string().trim().max(120).optional(),
  })
  .strict();

export const lostStolenView = relatedRecordView
  .extend({
    kind: z.enum(['lost', 'stolen']),
    caliber: z.string().nullable(),
    type: z.enum(FIREARM_TYPE_CODES).nullable(),
    details: z.string().nullable().describe('What the reporting agency wrote about the loss or theft'),
    tlp: z.enum(TLPS),
    distribution: z.enum(DISTRIBUTIONS),
    sharingGroup: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    discoverable: z.boolean(),
    heldBy: agencyRef
      .nullable()
      .describe(
        'For a record holder’s report: the tracing centre of its country, which holds it and is notified',
      ),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'LostStolenReport' });

export const lostStolenDetail = lostStolenView
  .extend({ related: z.object({ readable: z.array(relatedRecordView), hidden: z.array(discoveryHitView) }) })
  .meta({ id: 'LostStolenReportDetail' });

export const lostStolenPage = z
  .object({ items: z.array(lostStolenView), nextCursor: z.string().nullable() })
  .meta({ id: 'LostStolenPage' });
