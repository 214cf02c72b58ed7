// The OpenAPI description of the A&D import route: the file format, built from the same declaration the import checks
// (core/firearms/adCsv.ts), so the API reference cannot describe columns the import does not read.
import {
  AD_CSV_COLUMN_NAMES,
  AD_CSV_EXAMPLE,
  AD_CSV_REQUIRED,
  AD_DISPOSITION_TARGET,
  AD_DISPOSITIONS,
  type AdCsvColumn,
} from '../../../../core/firearms';

const MEANING: Record<AdCsvColumn, string> = {
  make: 'make as stamped on the firearm',
  model: 'model',
  serial: 'serial number as recorded',
  acquired_on: 'date the holder acquired it',
  acquired_from: 'licence number of the holder it came from (links the chain), or a name',
  disposition: `where it went: ${AD_DISPOSITIONS.join(', ')} (any letter case)`,
  disposed_on: 'date of the disposition; not before acquired_on',
  disposed_to_licence: 'licence number of the holder it was transferred to; not the uploading licence',
  purchaser_name: 'retail purchaser full name',
  purchaser_birth_date: 'retail purchaser date of birth',
  purchaser_address: 'retail purchaser address',
  export_country: 'ISO 3166-1 alpha-2 code of the country it was exported to',
};

function requiredWhen(column: AdCsvColumn): string {
  if (AD_CSV_REQUIRED.includes(column)) return 'required';
  const when = AD_DISPOSITIONS.filter((d) => AD_DISPOSITION_TARGET[d] === column);
  return when.length ? `required when disposition is ${when.join(' or ')}` : 'optional';
}

export const AD_IMPORT_DESCRIPTION = [
  'The body is the CSV file itself (RFC 4180; `,` or `;`; UTF-8 or Windows-1252). The first line names the columns,',
  'in any order and case; unknown columns are ignored and listed in `ignoredColumns`. One row per disposition;',
  'dates are YYYY-MM-DD, not in the future.',
  '',
  '| column | meaning | |',
  '| --- | --- | --- |',
  ...AD_CSV_COLUMN_NAMES.map((c) => `| \`${c}\` | ${MEANING[c]} | ${requiredWhen(c)} |`),
  '',
  'A header without a required column is refused (422, one `errors[]` entry per missing column, `field` naming',
  'it). Otherwise each bad row is reported in `errors[]` by line, field and code (e.g. `invalid_date`,',
  '`acquired_after_disposed`, `transfer_to_self`, `holder_unknown`, `disposition_target_required`,',
  '`csv_extra_cells` for a row with more cells than the header, `csv_unterminated_quote_stops` at the line where',
  'a quoted cell that never closes opened: nothing after it is read) and the good rows are kept. A row already',
  'imported is `unchanged`; a row repeating an earlier line of the same file is kept once and named in `notices[]`',
  '(`duplicate_of_line`), not rejected: uploading the same file again changes nothing.',
  '',
  'Example:',
  '',
  '```csv',
  AD_CSV_EXAMPLE.replaceAll('\r\n', '\n'),
  '```',
].join('\n');
