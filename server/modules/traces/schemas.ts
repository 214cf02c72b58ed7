// Requests and views of traces, hops and A&D imports (after ATF Form 3312.1 and DOMAIN.md "Crime-gun tracing").
import { z } from 'zod';
import {
  INDICATOR_CODES,
  NON_COMPLETION_REASONS,
  OFFICER_CLOSING_REASONS,
  TRACE_STATUSES,
} from '../../../core/firearms';
import { COUNTRIES, DISTRIBUTIONS, TLPS } from '../../../core/sharing';
import { pageQuery } from '../../platform/http/pagination';
import { plainText } from '../../platform/http/schemas';
import { isCalendarDate, pastDate } from '../firearms/firearmInput';

export const PRIORITIES = ['routine', 'urgent'] as const;
const HOLDER_KINDS = ['manufacturer', 'importer', 'wholesaler', 'dealer'] as const;

/** The firearm asked about: the recovery and, when known, its year of manufacture (pre-1968 guns are not traceable). */
const traceFirearm = {
  recoveryId: z.uuid(),
  // A gun is not made in a year still to come (the static maximum only bounds the documented range); nor after its
  // recovery, which the request checks against the recovery (batch/requestTraces.ts).
  manufactureYear: z
    .number()
    .int()
    .min(1800)
    .max(2100)
    .superRefine((year, ctx) => {
      const thisYear = new Date().getUTCFullYear();
      if (year > thisYear)
        ctx.addIssue({ code: 'too_big', origin: 'number', maximum: thisYear, inclusive: true, input: year });
    })
    .nullable()
    .optional(),
};

/** How a trace is asked for and shared: the same for one request and for every firearm of a batch. */
const traceTerms = {
  priority: z.enum(PRIORITIES),
  justification: plainText(2000).nullable().optional(),
  distribution: z.enum(DISTRIBUTIONS).default('agency'),
  sharingGroupId: z.uuid().nullable().optional(),
  tlp: z.enum(TLPS).default('AMBER'),
  discoverable: z.boolean().default(true),
};

/** An urgent trace must say why. */
function requireJustificationWhenUrgent(
  v: { priority: (typeof PRIORITIES)[number]; justification?: string | null | undefined },
  ctx: z.RefinementCtx,
) {
  if (v.priority === 'urgent' && !v.justification)
    ctx.addIssue({ code: 'custom', path: ['justification'], params: { message: 'justification_required' } });
}

export const requestTraceBody = z
  .object({ ...traceFirearm, ...traceTerms })
  .strict()
  .superRefine(requireJustificationWhenUrgent);

/** Firearms per batch request (see batch/requestTraces.ts MAX_BATCH_TRACES). */
export const MAX_TRACE_BATCH = 1000;

/** Many trace requests at once: one list of recovered firearms, one priority and one distribution for all. */
export const requestTraceBatchBody = z
  .object({
    items: z
      .array(z.object(traceFirearm).strict())
      .min(1)
      .max(MAX_TRACE_BATCH)
      .describe(`The recovered firearms to trace, each once (at most ${MAX_TRACE_BATCH})`),
    ...traceTerms,
  })
  .strict()
  .superRefine((v, ctx) => {
    requireJustificationWhenUrgent(v, ctx);
    const seen = new Set<string>();
    v.items.forEach((item, i) => {
      if (!seen.has(item.recoveryId)) seen.add(item.recoveryId);
      else
        ctx.addIssue({
          code: 'custom',
          path: ['items', i, 'recoveryId'],
          params: { message: 'duplicate_recovery' },
        });
    });
  });

/** One firearm of a batch: its trace (id and where it stands) or, alone, why it was refused. */
export const traceBatchItemView = z
  .object({
    recoveryId: z.uuid(),
    trace: z.object({ id: z.uuid(), status: z.enum(TRACE_STATUSES) }).nullable(),
    problem: z
      .object({ type: z.string(), title: z.string(), status: z.number().int(), detail: z.string() })
      .nullable(),
  })
  .meta({ id: 'TraceBatchItem' });

export const traceBatchView = z
  .object({
    items: z.array(traceBatchItemView),
    summary: z.object({
      requested: z.number().int(),
      created: z.number().int(),
      refused: z.number().int(),
      byStatus: z.partialRecord(z.enum(TRACE_STATUSES), z.number().int()),
    }),
  })
  .meta({ id: 'TraceBatchResult' });

export const confirmCandidateBody = z
  .object({
    serial: z.string().trim().min(1).max(80).describe('One of the proposed candidates (folded serial)'),
  })
  .strict();

export const closeTraceBody = z
  .object({
    reason: z.enum(OFFICER_CLOSING_REASONS),
    note: plainText(1000)
      .nullable()
      .optional()
      .describe('What the tracing centre learnt, for the requester (shown with the reason)'),
  })
  .strict();

const licence = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9-]{3,40}$/);

export const hopAnswerBody = z.union([
  z.object({ notInRecords: z.literal(true) }).strict(),
  z
    .object({
      date: pastDate,
      soldTo: z.union([
        z.object({ licence }).strict().describe('Another licensed record holder (transfer)'),
        z
          .object({
            purchaser: z
              .object({
                name: plainText(200),
                birthDate: pastDate.nullable().optional(),
                address: plainText(400).nullable().optional(),
              })
              .strict(),
          })
          .strict()
          .describe('The first retail purchaser'),
      ]),
    })
    .strict(),
]);

const isoDate = z.string().refine(isCalendarDate, { params: { message: 'invalid_date' } });
export const TRACE_SORTS = ['created', 'status', 'ttc'] as const;

/** The filters of the trace list and its CSV export (place, make and caliber are the recovered firearm's). */
const traceFilterFields = z
  .object({
    status: z.enum(TRACE_STATUSES).optional(),
    recoveryId: z.uuid().optional().describe('The traces of one recovered firearm'),
    requestedFrom: isoDate.optional().describe('Requested on or after (YYYY-MM-DD)'),
    requestedTo: isoDate.optional().describe('Requested on or before (YYYY-MM-DD)'),
    recoveredFrom: isoDate.optional(),
    recoveredTo: isoDate.optional(),
    country: z.enum(COUNTRIES).optional().describe('Recovery country'),
    state: z
      .string()
      .trim()
      .max(80)
      .optional()
      .describe('Recovery state or province, by code or name (SON, Sonora, sonora; TX, Texas)'),
    make: z.string().trim().max(120).optional(),
    caliber: z.string().trim().max(60).optional(),
    indicator: z.enum(INDICATOR_CODES).optional(),
    sort: z.enum(TRACE_SORTS).default('created'),
    order: z.enum(['asc', 'desc']).optional().describe('Default: newest first; status and TTC ascending'),
  })
  .strict();

/**
 * A range whose end is before its start would list nothing, silently: refuse it on the end field instead.
 * ISO dates compare as text.
 */
function rangesInOrder(
  v: Partial<Record<'requestedFrom' | 'requestedTo' | 'recoveredFrom' | 'recoveredTo', string | undefined>>,
  ctx: z.RefinementCtx,
) {
  const pairs = [
    ['requestedFrom', 'requestedTo'],
    ['recoveredFrom', 'recoveredTo'],
  ] as const;
  for (const [from, to] of pairs) {
    const start = v[from];
    const end = v[to];
    if (start && end && end < start)
      ctx.addIssue({ code: 'custom', path: [to], params: { message: 'range_end_before_start' } });
  }
}

export const traceFilterQuery = traceFilterFields.superRefine(rangesInOrder);
export type TraceFilter = z.output<typeof traceFilterQuery>;

// Zod refuses to extend a refined object, so the page fields join the plain one and the rule is applied again.
export const listTracesQuery = traceFilterFields.extend(pageQuery).strict().superRefine(rangesInOrder);

export const importAdQuery = z
  .object({
    licence: licence.optional().describe('Which of your licences the file is for (when you hold several)'),
  })
  .strict();

const agencyRef = z.object({ id: z.uuid(), code: z.string(), name: z.string(), country: z.enum(COUNTRIES) });
const holderRef = z.object({
  id: z.uuid(),
  name: z.string(),
  kind: z.enum(HOLDER_KINDS),
  licence: z.string(),
  usState: z.string().nullable(),
});

export const hopView = z
  .object({
    id: z.uuid(),
    index: z.number().int(),
    holder: holderRef,
    askedAt: z.string(),
    dueAt: z.string(),
    overdue: z.boolean(),
    answeredAt: z.string().nullable(),
    answeredBy: z.enum(['records', 'holder']).nullable(),
    state: z.enum(['open', 'answered', 'closed']),
  })
  .meta({ id: 'TraceHop' });

const indicatorView = z.object({
  code: z.enum(INDICATOR_CODES),
  strength: z.enum(['strong', 'moderate']),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string().describe('Why it applies, in your language'),
});

export const traceResultView = z
  .object({
    custody: z.array(
      z.object({ holderId: z.uuid(), name: z.string(), kind: z.enum(HOLDER_KINDS), disposedOn: z.string() }),
    ),
    dealer: z.object({
      holderId: z.uuid(),
      name: z.string(),
      licence: z.string(),
      country: z.string(),
      usState: z.string().nullable(),
    }),
    purchaser: z
      .object({
        name: z.string().nullable(),
        birthDate: z.string().nullable(),
        address: z.string().nullable(),
        masked: z.boolean(),
      })
      .describe('Masked (null fields) for roles not allowed to see personal data'),
    purchaseDate: z.string(),
    timeToCrime: z.object({
      days: z.number().int(),
      years: z.number(),
      band: z.enum(['strong', 'indicator', 'none']),
    }),
    indicators: z.array(indicatorView),
  })
  .meta({ id: 'TraceResult' });

export const traceView = z
  .object({
    id: z.uuid(),
    recoveryId: z.uuid(),
    priority: z.enum(PRIORITIES),
    justification: z.string().nullable(),
    status: z.enum(TRACE_STATUSES),
    reason: z
      .object({
        code: z.enum(NON_COMPLETION_REASONS),
        params: z.record(z.string(), z.unknown()),
        message: z.string(),
      })
      .nullable(),
    firearm: z.object({
      make: z.string().nullable(),
      model: z.string().nullable(),
      serial: z.string().nullable(),
      serialState: z.enum(['intact', 'obliterated', 'partly_restored']),
      recoveredOn: z.string(),
      recoveryCountry: z.string(),
    }),
    tracingCentre: agencyRef.nullable(),
    routingReason: z.string(),
    awaiting: z
      .object({ holder: holderRef, since: z.string(), dueAt: z.string(), overdue: z.boolean() })
      .nullable()
      .describe('The record holder the trace waits for, since when, and its 24-hour answer deadline (SLA)'),
    candidates: z
      .object({
        state: z.enum(['none', 'pending', 'confirmed']),
        items: z.array(z.object({ serial: z.string(), model: z.string().nullable(), score: z.number() })),
      })
      .describe(
        'For a partly restored serial: the firearms that fit, for the tracing officer to confirm one',
      ),
    hops: z.array(hopView),
    warnings: z.array(z.string()),
    result: traceResultView.nullable(),
    tlp: z.enum(TLPS),
    distribution: z.enum(DISTRIBUTIONS),
    ownerAgency: agencyRef,
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
    abilities: z.object({ confirmCandidate: z.boolean(), close: z.boolean(), export: z.boolean() }),
  })
  .meta({ id: 'Trace' });

export const traceSummaryView = traceView
  .pick({
    id: true,
    recoveryId: true,
    priority: true,
    status: true,
    firearm: true,
    awaiting: true,
    tlp: true,
    distribution: true,
    ownerAgency: true,
    createdAt: true,
    updatedAt: true,
  })
  .meta({ id: 'TraceSummary' });

/** A row of the tracing centre's queue: the summary and the deadline the queue is ordered by. */
export const queuedTraceView = traceSummaryView
  .extend({
    dueAt: z
      .string()
      .describe("The open hop's answer deadline, or a day from the request while the centre itself must act"),
    overdue: z.boolean(),
  })
  .meta({ id: 'QueuedTrace' });

export const traceListItemView = traceSummaryView
  .extend({
    recoveryState: z.string().nullable(),
    caliber: z.string().nullable(),
    timeToCrimeDays: z.number().int().nullable(),
    timeToCrimeYears: z
      .number()
      .nullable()
      .describe(
        'Calendar years from the first retail sale to the recovery (two decimals), as analysts read TTC',
      ),
    indicatorCodes: z.array(z.enum(INDICATOR_CODES)),
  })
  .meta({ id: 'TraceListItem' });

export const tracePage = z
  .object({ items: z.array(traceListItemView), nextCursor: z.string().nullable() })
  .meta({ id: 'TracePage' });

export const inboxHopView = z
  .object({
    id: z.uuid(),
    holder: holderRef,
    firearm: z.object({
      make: z.string().nullable(),
      model: z.string().nullable(),
      serial: z.string().nullable(),
    }),
    priority: z.enum(PRIORITIES),
    askedAt: z.string(),
    dueAt: z.string(),
    overdue: z.boolean(),
    state: z.enum(['open', 'answered', 'closed']),
    answeredAt: z.string().nullable(),
  })
  .describe(
    'One question to the holder about one firearm: nothing about the requester, the case or the possessor',
  )
  .meta({ id: 'HolderHop' });

export const inboxView = z.object({ items: z.array(inboxHopView) }).meta({ id: 'HolderInbox' });

/** The licences of the caller's record-holder agency: the forms it files offer these instead of a typed number. */
export const holderLicencesView = z
  .object({
    items: z.array(
      z.object({
        licence: z.string(),
        name: z.string(),
        kind: z.enum(HOLDER_KINDS),
        country: z.enum(['US', 'CA']),
        usState: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'HolderLicences' });

export const lookupLogView = z
  .object({
    items: z.array(
      z.object({
        at: z.string(),
        action: z.string(),
        traceId: z.uuid().nullable(),
        traceRef: z
          .string()
          .nullable()
          .describe("The trace id's first 8 characters, upper-cased: a reference to quote, not a link"),
        askedBy: z.string().nullable(),
        licence: z.string().nullable().describe('Which of my licences the records looked into belong to'),
        make: z.string().nullable(),
        serial: z
          .string()
          .nullable()
          .describe('The serial asked about; for candidate serials, the pattern (? = unreadable character)'),
      }),
    ),
  })
  .meta({ id: 'HolderLookups' });

const adImportLine = z.object({
  line: z.number().int(),
  field: z.string().describe('The CSV column, or "file" for the line as a whole'),
  code: z.string(),
  message: z.string(),
});

export const adImportResultView = z
  .object({
    encoding: z.enum(['utf-8', 'windows-1252']),
    received: z.number().int(),
    inserted: z.number().int(),
    unchanged: z.number().int().describe('Rows already imported: re-uploading a file changes nothing'),
    rejected: z.number().int(),
    duplicates: z
      .number()
      .int()
      .describe('Rows repeating an earlier line of the file: kept once, in unchanged'),
    errors: z.array(adImportLine).describe('Rejected rows, by line'),
    notices: z
      .array(adImportLine)
      .describe('Kept rows worth a look (the first 1,000): a repeat of an earlier line of the file'),
    ignoredColumns: z.array(z.string()),
  })
  .describe('A summary only: imported A&D rows never leave the server')
  .meta({ id: 'AdImportResult' });
