// Serial search across recoveries, traces and lost/stolen reports: exact (as typed, cleaned), normalized (look-alikes
// folded), wildcard for obliterated characters (`AB??34*`) and fuzzy (every serial within two edits, found through
// pigeonhole index look-ups, ranked by core/firearms). Readable matches in full; the others as "a match exists at agency X", to request access.
import { sql, type SqlBool } from 'kysely';
import { z } from 'zod';
import type { AppInstance } from '../../../app';
import {
  compileSerialPattern,
  explainSerialMatch,
  normaliseSerial,
  rankSerialCandidates,
} from '../../../../core/firearms';
import { FUZZY_MAX_EDITS } from '../../../../core/firearms/serialPieces';
import { actorHasAbility } from '../../../../core/sharing';
import { auditContextOf, requireAuth } from '../../../platform/auth';
import { AppError, invalidFields } from '../../../platform/errors';
import { problemResponses } from '../../../platform/http/schemas';
import { auditOnly } from '../../../platform/transaction';
import { patternError, serialColumns } from '../firearmInput';
import { presentRelatedRecord } from '../recoveries/presenters';
import { discoveryHitView, relatedRecordView } from '../recoveries/schemas';
import { fuzzySerialIds } from './fuzzy';
import { serialRecords, type SerialMatch, type SerialRecordRow } from './queries';

const MODES = ['exact', 'normalized', 'wildcard', 'fuzzy'] as const;
type Mode = (typeof MODES)[number];
/** Readable matches shown; more means the search is too broad to read through, and the answer says so. */
const MAX_MATCHES = 100;
/** Readable rows read per record type, to rank before keeping the best MAX_MATCHES. */
const READ_PER_TYPE = 200;

const serialSearchQuery = z
  .object({ q: z.string().trim().min(1).max(100), mode: z.enum(MODES).default('normalized') })
  .strict();

const serialMatchView = relatedRecordView
  .extend({
    serialState: z.enum(['intact', 'obliterated', 'partly_restored']),
    caliber: z.string().nullable(),
    type: z.string().nullable(),
    match: z.object({
      kind: z.enum(['exact', 'folded', 'fuzzy', 'wildcard']),
      distance: z.number().int(),
      score: z.number(),
      trigramSimilarity: z.number(),
    }),
  })
  .meta({ id: 'SerialMatch' });

const serialSearchView = z
  .object({
    mode: z.enum(MODES),
    query: z.object({ plain: z.string(), folded: z.string() }),
    matches: z.array(serialMatchView),
    truncated: z
      .boolean()
      .describe(
        `More readable records match than the ${MAX_MATCHES} returned (the best ranked): refine the search`,
      ),
    hidden: z.array(discoveryHitView),
  })
  .meta({ id: 'SerialSearchResults' });

/** The SQL condition for a mode, on alias `r`, and the folded form ranking compares with. */
function serialCondition(mode: Mode, q: string): { match: SerialMatch; plain: string; folded: string } {
  if (mode === 'wildcard') {
    const pattern = compileSerialPattern(q);
    if (!pattern.ok) throw invalidFields(patternError('q', pattern.error));
    return {
      match: sql<SqlBool>`r.serial_folded LIKE ${pattern.value.sqlLike} ESCAPE '\\'`,
      plain: pattern.value.folded,
      folded: pattern.value.folded,
    };
  }
  const serial = normaliseSerial(q);
  if (!serial.ok) {
    const checked = serialColumns('intact', q, 'q');
    throw invalidFields(checked.ok ? { field: 'q', message: 'invalid' } : checked.error);
  }
  const { plain, folded } = serial.value;
  const match: SerialMatch =
    mode === 'exact'
      ? sql<SqlBool>`r.serial_plain = ${plain}`
      : mode === 'normalized'
        ? sql<SqlBool>`r.serial_folded = ${folded}`
        : // Every row within two edits, by index look-ups in that table (fuzzy.ts); the folded form itself included.
          (table: string) => sql<SqlBool>`r.id IN (${fuzzySerialIds(table, folded)})`;
  return { match, plain, folded };
}

export function serialSearchRoutes(app: AppInstance) {
  const { db } = app.services;
  app.get(
    '/api/v1/serials/search',
    {
      schema: {
        tags: ['serial search'],
        summary:
          'Search serials in recoveries, traces and lost/stolen reports (discovery without disclosure)',
        querystring: serialSearchQuery,
        response: { 200: serialSearchView, ...problemResponses },
      },
    },
    async (request) => {
      const { actor } = requireAuth(request);
      if (!actorHasAbility(actor, 'search_records')) throw new AppError('forbidden');
      const { q, mode } = request.query;
      const { match, plain, folded } = serialCondition(mode, q);
      const { readable: rows, hidden } = await serialRecords(db, actor, match, folded, {
        readable: READ_PER_TYPE,
        hidden: 50,
        prepare: mode === 'exact' || mode === 'normalized',
      });
      const ranked = rank(mode, q, rows);
      const matches = ranked.slice(0, MAX_MATCHES);
      // A record type that filled its read limit may hold more matches than were ranked, even if fewer remain.
      const perType = new Map<string, number>();
      for (const row of rows) perType.set(row.record_type, (perType.get(row.record_type) ?? 0) + 1);
      const truncated = ranked.length > MAX_MATCHES || [...perType.values()].some((n) => n >= READ_PER_TYPE);
      await auditOnly(db, auditContextOf(request), {
        action: 'serial.search',
        details: { q, mode, readable: matches.map((m) => m.id), hidden: hidden.map((h) => h.recordId) },
      });
      return { mode, query: { plain, folded }, matches, truncated, hidden };
    },
  );
}

function rank(mode: Mode, q: string, rows: SerialRecordRow[]): z.infer<typeof serialMatchView>[] {
  const view = (row: SerialRecordRow, match: z.infer<typeof serialMatchView>['match']) => ({
    ...presentRelatedRecord(row),
    serialState: row.serial_state,
    caliber: row.caliber,
    type: row.type,
    match,
  });
  if (mode === 'wildcard') {
    return rows
      .sort(
        (a, b) => (a.serial_plain ?? '').localeCompare(b.serial_plain ?? '') || b.date.localeCompare(a.date),
      )
      .map((row) => {
        const m = explainSerialMatch(q, row.serial_plain ?? '');
        return view(row, {
          kind: 'wildcard',
          distance: m.distance,
          score: m.score,
          trigramSimilarity: m.trigramSimilarity,
        });
      });
  }
  return rankSerialCandidates(q, rows, (row) => row.serial_plain ?? '', {
    maxDistance: mode === 'fuzzy' ? FUZZY_MAX_EDITS : Number.POSITIVE_INFINITY,
  }).map((ranked) =>
    view(ranked.item, {
      kind: ranked.match.kind,
      distance: ranked.match.distance,
      score: ranked.match.score,
      trigramSimilarity: ranked.match.trigramSimilarity,
    }),
  );
}
