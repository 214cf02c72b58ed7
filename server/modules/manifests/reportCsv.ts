// The manifest report as CSV: one row per line, formula-safe (cells starting = + - @ are neutralised) so a
// hostile manifest cannot plant a formula in the spreadsheet that opens the report.
import type { LineReport } from '../../../core/chemicals/manifest';
import { csvLine } from '../../platform/http/csv';

export const REPORT_COLUMNS = [
  'file_line',
  'line',
  'status',
  'description',
  'cas',
  'smiles',
  'hs_code',
  'quantity',
  'unit',
  'quantity_base',
  'base_unit',
  'consignor',
  'consignee',
  'forwarders',
  'route',
  'parents',
  'controlled_in',
  'reasons',
  'red_flags',
  'errors',
] as const;

export const reportHeader = () => csvLine(REPORT_COLUMNS);

const unique = (values: Iterable<string>) => [...new Set(values)];

export function reportRow(r: LineReport): string {
  return csvLine([
    r.fileLine,
    r.line,
    r.status,
    r.description,
    r.cas,
    r.smiles,
    r.hsCode,
    r.quantity?.value ?? '',
    r.quantity?.unit ?? '',
    r.quantity ? Number(r.quantity.baseValue.toPrecision(9)) : '',
    r.quantity?.base ?? '',
    r.consignor,
    r.consignee,
    r.forwarders.join('; '),
    r.route.join(' > '),
    unique(r.reasons.flatMap((x) => (x.parentName ? [x.parentName] : []))).join('; '),
    unique(r.reasons.flatMap((x) => x.controlledIn)).join(' '),
    r.reasons.map((x) => x.message).join(' | '),
    r.redFlags.map((f) => f.message).join(' | '),
    r.errors.map((e) => e.message).join(' | '),
  ]);
}
