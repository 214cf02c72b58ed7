// Match notice shapes: the agency's own record, and the other one either disclosed or as a discovery hit. A
// multiple-sales report shows its listed firearm only: the purchaser (personal data) never travels in a notice.
import { z } from 'zod';
import { discoveryHitView } from '../recoveries/schemas';

const recordType = z.enum(['recovery', 'lost_stolen', 'multiple_sales']);
const agencyRef = z.object({ id: z.string(), code: z.string(), name: z.string(), country: z.string() });

export const matchNoticeView = z
  .object({
    id: z.uuid(),
    createdAt: z.string(),
    read: z.boolean(),
    serial: z.string().describe('The serial number as your own record has it'),
    own: z.object({
      recordType,
      id: z.uuid(),
      make: z.string().nullable(),
      model: z.string().nullable(),
      date: z
        .string()
        .describe('Recovered on, reported on, or (a multiple-sales report) the firearm sold on'),
      agency: agencyRef.describe(
        'Whose record it is: your agency, or the record holder whose report your tracing centre holds',
      ),
    }),
    other: z
      .object({
        recordType,
        agency: agencyRef,
        disclosed: z.boolean(),
        /** Only when disclosed. */
        id: z.uuid().nullable(),
        make: z.string().nullable(),
        model: z.string().nullable(),
        date: z.string().nullable(),
        kind: z.enum(['lost', 'stolen']).nullable(),
      })
      .describe('The matching record: in full when you may read it, else only which agency holds it'),
    requestAccess: discoveryHitView
      .nullable()
      .describe(
        'When the other record is not disclosed: what to send to POST /api/v1/access-requests (none for a multiple-sales report, which is not an access-request record type)',
      ),
  })
  .meta({ id: 'FirearmMatchNotice' });

export const matchNoticeList = z.object({ items: z.array(matchNoticeView), unread: z.number() });
export const matchNoticeQuery = z
  .object({
    unread: z
      .enum(['true', 'false'])
      .optional()
      .transform((v) => v === 'true'),
  })
  .strict();
