// The trace list's rows and its CSV export. The export carries no personal data (no purchaser, no possessor):
// those stay on the trace's own page, where the role check applies.
import type { z } from 'zod';
import { INDICATOR_CODES, type IndicatorCode } from '../../../core/firearms';
import { csvLine } from '../../platform/http/csv';
import { displaySerial, presentTraceSummary } from './presenters';
import type { ListedTrace } from './queries';
import type { traceListItemView } from './schemas';

/** The most rows one export holds (the same ceiling as the recoveries export). */
export const EXPORT_LIMIT = 50_000;

function indicatorCodesOf(row: ListedTrace): IndicatorCode[] {
  const codes = row.result?.indicators.map((i) => i.code) ?? [];
  return INDICATOR_CODES.filter((c) => codes.includes(c));
}

export function presentTraceListItem(row: ListedTrace): z.infer<typeof traceListItemView> {
  return {
    ...presentTraceSummary(row),
    recoveryState: row.recovery_state,
    caliber: row.caliber,
    timeToCrimeDays: row.ttc_days,
    timeToCrimeYears: row.result?.ttc.years ?? null,
    indicatorCodes: indicatorCodesOf(row),
  };
}

const HEADER = [
  'id',
  'owner_agency',
  'tlp',
  'priority',
  'status',
  'reason',
  'requested_at',
  'completed_at',
  'make',
  'model',
  'caliber',
  'serial',
  'serial_state',
  'recovered_on',
  'recovery_country',
  'recovery_state',
  'dealer',
  'dealer_licence',
  'dealer_state',
  'purchase_date',
  'time_to_crime_days',
  'time_to_crime_years',
  'indicators',
];

export function traceListCsv(rows: readonly ListedTrace[]): string {
  const lines = [csvLine(HEADER)];
  for (const row of rows) {
    const result = row.result;
    lines.push(
      csvLine([
        row.id,
        row.owner_code,
        row.tlp,
        row.priority,
        row.status,
        row.reason,
        row.created_at,
        row.completed_at,
        row.make,
        row.model,
        row.caliber,
        displaySerial(row),
        row.serial_state,
        row.recovered_on_text,
        row.recovery_country,
        row.recovery_state,
        result?.dealer.name,
        result?.dealer.licence,
        result?.dealer.usState,
        result?.purchaseDate,
        row.ttc_days,
        result?.ttc.years,
        indicatorCodesOf(row).join(' '),
      ]),
    );
  }
  return lines.join('');
}
