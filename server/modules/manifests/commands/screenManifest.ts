// One manifest screening: read the file (CSV or XLSX, streamed), screen each line with the process-wide
// screener, the agency's watch list and its consignees' history, and hand each line report to the caller
// as it is made (the API collects them, the CLI writes them out), then an optional audited record.
import type { Locale } from '../../../../core/i18n/locale';
import {
  createManifestScreener,
  partyKey,
  type HeaderMapping,
  type LineReport,
  type ManifestSummary,
  type WatchEntry,
} from '../../../../core/chemicals/manifest';
import type { Screener } from '../../../../core/chemicals';
import type { Db } from '../../../db/connect';
import type { AuditActorContext } from '../../../platform/audit';
import { inTransaction } from '../../../platform/transaction';
import { screenerFor } from '../../chemicals/screeningService';
import { loadHistory, type HistoryLookup } from '../history';
import { csvRecords } from '../readers/csv';
import { openManifest, sniffFormat, type CellRecord, type ManifestFormat } from '../readers/records';
import { xlsxRecords } from '../readers/xlsx';
import { manifestDb } from '../tables';

export const MAX_MANIFEST_LINES = 200_000;

export interface ManifestScreeningRun {
  format: ManifestFormat;
  mapping: HeaderMapping;
  summary: ManifestSummary;
}

export async function activeWatchList(db: Db, agencyId: string): Promise<WatchEntry[]> {
  const rows = await manifestDb(db)
    .selectFrom('watch_list_entries')
    .select(['name', 'identifier', 'kind', 'reason'])
    .where('owner_agency_id', '=', agencyId)
    .where('removed_at', 'is', null)
    .execute();
  return rows;
}

export function recordsOf(
  bytes: Uint8Array,
  format: ManifestFormat = sniffFormat(bytes),
): AsyncIterable<CellRecord> {
  return format === 'xlsx' ? xlsxRecords(bytes) : csvRecords(bytes);
}

/** Screens every line; `onLine` sees each report in file order. Header problems throw ManifestFileError. */
export async function screenManifestBytes(
  options: {
    screener: Screener;
    locale: Locale;
    watchList: readonly WatchEntry[];
    history: HistoryLookup;
    maxLines?: number;
  },
  bytes: Uint8Array,
  onLine: (report: LineReport) => void | Promise<void>,
): Promise<ManifestScreeningRun> {
  const format = sniffFormat(bytes);
  const opened = await openManifest(
    recordsOf(bytes, format),
    options.locale,
    options.maxLines ?? MAX_MANIFEST_LINES,
  );
  const screener = createManifestScreener(options);
  for await (const row of opened.rows) await onLine(screener.screenRow(row));
  return { format, mapping: opened.mapping, summary: screener.summary() };
}

/** The screener, watch list and history an agency screens with. */
export async function screeningContext(db: Db, agencyId: string | null) {
  const screener = await screenerFor(db);
  const [watchList, history] = agencyId
    ? await Promise.all([activeWatchList(db, agencyId), loadHistory(db, agencyId, screener.reference)])
    : [[], () => undefined];
  return { screener, watchList, history };
}

/**
 * Audits the screening and, when asked, adds this manifest's per-consignee totals to the agency's history,
 * in one transaction.
 */
export async function recordManifestScreening(
  db: Db,
  context: AuditActorContext,
  agencyId: string,
  input: { fileName: string; summary: ManifestSummary; addToHistory: boolean },
): Promise<string> {
  const { summary } = input;
  return inTransaction(db, context, async (rawTx, audit) => {
    const tx = manifestDb(rawTx);
    const screening = await tx
      .insertInto('manifest_screenings')
      .values({
        owner_agency_id: agencyId,
        file_name: input.fileName.slice(0, 300),
        lines: summary.lines,
        by_status: JSON.stringify(summary.byStatus),
        red_flags: JSON.stringify(summary.redFlags),
        screened_by_user_id: context.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const shipments = input.addToHistory
      ? summary.shipments.filter((s) => s.total > 0 && s.consigneeKey !== '' && partyKey(s.consignee) !== '')
      : [];
    for (let i = 0; i < shipments.length; i += 1000)
      await tx
        .insertInto('manifest_shipments')
        .values(
          shipments.slice(i, i + 1000).map((s) => ({
            screening_id: screening.id,
            owner_agency_id: agencyId,
            consignee_key: s.consigneeKey.slice(0, 300),
            consignee_name: s.consignee.slice(0, 2000),
            substance_key: s.substanceKey.slice(0, 2100),
            base_unit: s.base,
            quantity: s.total,
          })),
        )
        .execute();
    await audit({
      action: 'manifest.screen',
      recordType: 'manifest_screening',
      recordId: screening.id,
      ownerAgencyId: agencyId,
      details: {
        fileName: input.fileName,
        lines: summary.lines,
        byStatus: summary.byStatus,
        redFlags: summary.redFlags,
        linesWithErrors: summary.linesWithErrors,
        addedToHistory: shipments.length,
      },
    });
    return screening.id;
  });
}
