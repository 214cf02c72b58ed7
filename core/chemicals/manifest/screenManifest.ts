// Screens manifest lines one at a time (so a 100,000-line file streams in bounded memory): each line's
// substance through the single-structure screener (cached by SMILES, CAS and name on top of its canonical-
// structure cache), then the red flags, then per-line errors that never stop the rest.
import type { Locale } from '../../i18n/locale';
import { parseCas } from '../cas';
import { worse } from '../findings';
import { LruCache } from '../lru';
import { normaliseName } from '../reference';
import type { ReferenceChemical } from '../reference';
import type { Screener } from '../screen';
import type { Finding, ScreeningOutcome, ScreeningResult, ScreeningStatus } from '../types';
import { createDescriptionMatcher } from './describedChemical';
import { equipmentHit } from './equipment';
import { manifestText, type ManifestMessageKey } from './messages';
import { partyKey, splitParties } from './partyNames';
import {
  createForwarderTracker,
  createWatchList,
  extraordinaryAbove,
  flag,
  number,
  pillPressFlag,
  quantityFlag,
  transitFlags,
  watchFlags,
} from './redFlags';
import { splitRoute } from './transitPoints';
import {
  LINE_STATUSES,
  MANIFEST_FIELDS,
  type HistoryStats,
  type LineError,
  type LineErrorCode,
  type LineReason,
  type LineReport,
  type LineStatus,
  type ManifestField,
  type ManifestRow,
  type ManifestSummary,
  type RedFlag,
  type RedFlagCode,
  type ShipmentTotal,
  type WatchEntry,
} from './types';
import { parseQuantity, type Quantity } from './units';

export interface ManifestScreeningOptions {
  readonly screener: Screener;
  readonly locale: Locale;
  readonly watchList?: readonly WatchEntry[];
  /** Earlier shipments of a substance (substanceKey) to a consignee (partyKey of its name). */
  readonly history?: (consigneeKey: string, substanceKey: string) => HistoryStats | undefined;
}

export interface ManifestScreener {
  screenRow(row: ManifestRow): LineReport;
  summary(): ManifestSummary;
}

/** Longest cell read; longer ones are a line error (bounds RDKit's work on hostile input). */
export const MAX_CELL_LENGTH = 2000;
/** Distinct consignee/substance totals kept for the summary and the history. */
const MAX_TOTALS = 50_000;

const SAME_CHEMICAL = new Set(['exact_match', 'identifier_match', 'salt_form', 'stereo_isotope_variant']);
const RULE_KEYS: Record<string, ManifestMessageKey> = {
  exact_match: 'rule.exact_match',
  identifier_match: 'rule.identifier_match',
  salt_form: 'rule.salt_form',
  stereo_isotope_variant: 'rule.stereo_isotope_variant',
  parent_by_transformation: 'rule.parent_by_transformation',
  similarity: 'rule.similarity',
};

export function createManifestScreener(options: ManifestScreeningOptions): ManifestScreener {
  const { screener, locale } = options;
  const reference = screener.reference;
  const matcher = createDescriptionMatcher(reference);
  const watchList = createWatchList(options.watchList ?? []);
  const history = options.history ?? (() => undefined);
  const outcomes = new LruCache<string, ScreeningOutcome>(20_000);
  const described = new LruCache<string, ReferenceChemical | null>(20_000);
  const forwarders = createForwarderTracker();
  const totals = new Map<string, ShipmentTotal>();
  const totalFlagged = new Set<string>();
  const structures = new Set<string>();
  const byStatus = Object.fromEntries(LINE_STATUSES.map((s) => [s, 0])) as Record<LineStatus, number>;
  const flagCounts: Partial<Record<RedFlagCode, number>> = {};
  let lines = 0;
  let linesWithErrors = 0;
  let linesWithRedFlags = 0;

  const text = (key: ManifestMessageKey, params: Readonly<Record<string, string | number>> = {}) =>
    manifestText(locale, key, params);

  function cached(key: string, run: () => ScreeningOutcome): ScreeningOutcome {
    let outcome = outcomes.get(key);
    if (outcome === undefined) {
      outcome = run();
      outcomes.set(key, outcome);
    }
    return outcome;
  }

  function describedChemical(description: string): ReferenceChemical | null {
    const key = description.trim();
    if (key === '') return null;
    let hit = described.get(key);
    if (hit === undefined) {
      hit = matcher.find(key);
      described.set(key, hit);
    }
    return hit;
  }

  function reasonsOf(from: LineReason['from'], result: ScreeningResult): LineReason[] {
    const reasons: LineReason[] = [];
    const seen = new Set<string>();
    for (const f of result.findings) {
      const controlledIn = f.jurisdictions
        .filter((j) => j.status === 'controlled')
        .map((j) => j.jurisdiction);
      const unknownIn = f.jurisdictions.filter((j) => j.status === 'unknown').map((j) => j.jurisdiction);
      if (controlledIn.length === 0 && unknownIn.length === 0) continue;
      const key = `${f.ruleId}:${f.parentId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      reasons.push({
        from,
        ruleId: f.ruleId,
        parentId: f.parentId,
        parentName: f.parentName,
        confidence: f.confidence,
        controlledIn,
        unknownIn,
        message: reasonText(f, controlledIn, unknownIn),
      });
    }
    if (result.status === 'unresolved' && reasons.length === 0)
      reasons.push({
        from,
        ruleId: 'not_found',
        parentId: null,
        parentName: null,
        confidence: null,
        controlledIn: [],
        unknownIn: [],
        message:
          result.note?.messageKey === 'chemicals.screening.listing_unknown'
            ? result.note.message
            : text('rule.not_found', { value: result.input.trim() }),
      });
    return reasons;
  }

  function reasonText(f: Finding, controlledIn: readonly string[], unknownIn: readonly string[]): string {
    const score = f.confidence.kind === 'similarity' ? f.confidence.score.toFixed(2) : '';
    const parts = [text(RULE_KEYS[f.ruleId] ?? 'rule.core', { parent: f.parentName, score })];
    if (controlledIn.length)
      parts.push(text('reason.controlledIn', { jurisdictions: controlledIn.join(', ') }));
    if (unknownIn.length) parts.push(text('reason.unknownIn', { jurisdictions: unknownIn.join(', ') }));
    return parts.join('; ');
  }

  /** Parents the result says this substance *is* (not merely derives from). */
  function sameChemical(result: ScreeningResult | null): Map<string, string> {
    const out = new Map<string, string>();
    if (!result) return out;
    if (result.resolvedReferenceId) {
      const chem = reference.byId(result.resolvedReferenceId);
      if (chem) out.set(chem.id, chem.name);
    }
    for (const f of result.findings) if (SAME_CHEMICAL.has(f.ruleId)) out.set(f.parentId, f.parentName);
    return out;
  }

  function screenRow(row: ManifestRow): LineReport {
    const errors: LineError[] = [];
    const error = (field: ManifestField, code: LineErrorCode, params: Record<string, string | number>) =>
      errors.push({ field, code, message: text(`error.${code}`, params) });
    const cell = {} as Record<ManifestField, string>;
    for (const field of MANIFEST_FIELDS) {
      const value = row.cells[field].trim();
      if (value.length > MAX_CELL_LENGTH) {
        error(field, 'cell_too_long', { maximum: MAX_CELL_LENGTH });
        cell[field] = '';
      } else cell[field] = value;
    }
    const { description, cas, smiles } = cell;
    const forwarderNames = splitParties(cell.forwarder);
    const route = splitRoute(cell.route);
    const base = {
      fileLine: row.fileLine,
      line: cell.line,
      description,
      cas,
      smiles,
      hsCode: cell.hs_code,
      consignor: cell.consignor,
      consignee: cell.consignee,
      forwarders: forwarderNames,
      route,
      consignment: cell.consignment,
    };
    if (!description && !cas && !smiles && !cell.quantity && !cell.hs_code && errors.length === 0) {
      error('description', 'empty_line', {});
      return count({
        ...base,
        quantity: null,
        status: 'error',
        substanceKey: null,
        reasons: [],
        redFlags: [],
        errors,
      });
    }

    let quantity: Quantity | null = null;
    const parsed = parseQuantity(cell.quantity, cell.unit);
    if (parsed.ok) quantity = parsed.quantity;
    else {
      const field: ManifestField = parsed.error.startsWith('unit') ? 'unit' : 'quantity';
      error(field, parsed.error, { value: cell.quantity, unit: cell.unit });
    }

    // The substance, from each cell that can name it.
    let smilesResult: ScreeningResult | null = null;
    let casResult: ScreeningResult | null = null;
    let casValid = false;
    const reasons: LineReason[] = [];
    let status = null as ScreeningStatus | null; // set inside take(); `as` keeps TS from narrowing to null
    const take = (from: LineReason['from'], outcome: ScreeningOutcome): ScreeningResult | null => {
      if (outcome.kind === 'error') return null;
      reasons.push(...reasonsOf(from, outcome));
      status = status === null ? outcome.status : worse(status, outcome.status);
      return outcome;
    };
    if (smiles) {
      const outcome = cached(`s:${smiles}`, () => screener.screen({ smiles }));
      if (outcome.kind === 'error') error('smiles', 'invalid_smiles', { value: smiles });
      smilesResult = take('smiles', outcome);
      if (smilesResult?.canonicalSmiles) structures.add(smilesResult.canonicalSmiles);
    }
    if (cas) {
      const check = parseCas(cas);
      if (!check.ok)
        error('cas', check.error.kind === 'check_digit' ? 'invalid_cas' : 'invalid_cas_format', {
          value: cas,
          expected: check.error.kind === 'check_digit' ? check.error.expected : '',
        });
      else {
        casValid = true;
        casResult = take(
          'cas',
          cached(`c:${check.cas}`, () => screener.screen({ cas: check.cas })),
        );
      }
    }
    const describedChem = describedChemical(description);
    const equipment = equipmentHit(description, cell.hs_code);
    if (!smiles && !cas && description && !(equipment && !describedChem)) {
      const name = describedChem?.name ?? description;
      take(
        'description',
        cached(`n:${normaliseName(name)}`, () => screener.screen({ name })),
      );
    }
    const identifierFailed = errors.some((e) => e.field === 'smiles' || e.field === 'cas');
    const lineStatus: LineStatus =
      status ?? (identifierFailed ? 'error' : equipment ? 'clear' : 'unresolved');
    if (status === null && !identifierFailed && !equipment)
      reasons.push({
        from: 'description',
        ruleId: 'not_found',
        parentId: null,
        parentName: null,
        confidence: null,
        controlledIn: [],
        unknownIn: [],
        message: text('rule.not_found', { value: description || cell.hs_code }),
      });

    // Identity: which listed chemical the line is, for mismatches and for the consignee's history.
    const fromStructure = sameChemical(smilesResult);
    const fromCas = sameChemical(casResult);
    const declared = new Map([...fromStructure, ...fromCas]);
    const firstSame = [...declared.keys()][0] ?? describedChem?.id;
    const substanceKey =
      firstSame ??
      smilesResult?.canonicalSmiles ??
      (casValid ? `cas:${casResult?.input ?? cas}` : null) ??
      (description && !equipment ? `name:${normaliseName(description)}` : null);

    const redFlags: RedFlag[] = [];
    const push = (f: RedFlag | null) => {
      if (f) redFlags.push(f);
    };
    // Naming the listed parent of a variant ("4-AP" for a fluoro-Boc-4-AP structure) is not a mislabel.
    const related = new Set([
      ...declared.keys(),
      ...reasons.flatMap((r) => (r.parentId ? [r.parentId] : [])),
    ]);
    if (describedChem && (smilesResult || casValid) && !related.has(describedChem.id))
      push(
        flag(locale, 'description_mismatch', {
          described: describedChem.name,
          declared:
            [...declared.values()].join(', ') ||
            (smilesResult?.canonicalSmiles ?? '') ||
            (casValid ? `CAS ${cas}` : text('structure.unlisted')),
        }),
      );
    if (smilesResult && casResult) {
      const casId = casResult.resolvedReferenceId;
      if ((casId && !fromStructure.has(casId)) || (!casId && fromStructure.size > 0))
        push(
          flag(locale, 'identifier_mismatch', {
            cas: casId ? (reference.byId(casId)?.name ?? cas) : `CAS ${cas}`,
            structure: [...fromStructure.values()].join(', ') || (smilesResult.canonicalSmiles ?? smiles),
          }),
        );
    }
    if (
      (lineStatus === 'controlled' || lineStatus === 'suspected_designer_precursor') &&
      description &&
      !describedChem &&
      !(cas && description.includes(cas))
    )
      push(
        flag(locale, 'innocuous_description', {
          description,
          parent: reasons.find((r) => r.parentName)?.parentName ?? '',
        }),
      );
    push(pillPressFlag(locale, description, cell.hs_code));
    redFlags.push(
      ...watchFlags(locale, watchList, [
        { role: 'consignee', name: cell.consignee },
        { role: 'consignor', name: cell.consignor },
        ...forwarderNames.map((name) => ({ role: 'forwarder' as const, name })),
      ]),
    );
    push(forwarders(locale, cell.consignment || `consignee:${partyKey(cell.consignee)}`, forwarderNames));
    redFlags.push(...transitFlags(locale, route));
    if (quantity && substanceKey && cell.consignee) {
      const consigneeKey = partyKey(cell.consignee);
      const stats = history(consigneeKey, substanceKey);
      const lineFlag = quantityFlag(locale, quantity, cell.consignee, stats);
      push(lineFlag);
      const totalKey = `${consigneeKey}\u0000${substanceKey}\u0000${quantity.base}`;
      const previous = totals.get(totalKey);
      if (previous || totals.size < MAX_TOTALS) {
        const total = (previous?.total ?? 0) + quantity.baseValue;
        totals.set(totalKey, {
          consigneeKey,
          consignee: cell.consignee,
          substanceKey,
          base: quantity.base,
          total,
        });
        const above = extraordinaryAbove(stats);
        if (
          !lineFlag &&
          above !== null &&
          stats?.base === quantity.base &&
          total > above &&
          !totalFlagged.has(totalKey)
        ) {
          totalFlagged.add(totalKey);
          push(
            flag(locale, 'extraordinary_total', {
              total: number(total),
              unit: quantity.base,
              consignee: cell.consignee,
              max: number(stats.max),
            }),
          );
        }
      }
    }
    return count({
      fileLine: base.fileLine,
      line: base.line,
      description,
      cas,
      smiles,
      hsCode: base.hsCode,
      quantity,
      consignor: base.consignor,
      consignee: base.consignee,
      forwarders: base.forwarders,
      route: base.route,
      consignment: base.consignment,
      status: lineStatus,
      substanceKey,
      reasons,
      redFlags,
      errors,
    });
  }

  function count(report: LineReport): LineReport {
    lines += 1;
    byStatus[report.status] += 1;
    if (report.errors.length) linesWithErrors += 1;
    if (report.redFlags.length) linesWithRedFlags += 1;
    for (const f of report.redFlags) flagCounts[f.code] = (flagCounts[f.code] ?? 0) + 1;
    return report;
  }

  return {
    screenRow,
    summary: () => ({
      lines,
      byStatus: { ...byStatus },
      linesWithErrors,
      linesWithRedFlags,
      redFlags: { ...flagCounts },
      shipments: [...totals.values()],
      uniqueStructures: structures.size,
    }),
  };
}

/** Screens a stream of rows lazily: the caller writes each report out before the next row is read. */
export async function* screenManifestRows(
  rows: AsyncIterable<ManifestRow> | Iterable<ManifestRow>,
  screener: ManifestScreener,
): AsyncGenerator<LineReport> {
  for await (const row of rows) yield screener.screenRow(row);
}
