// The OpenAPI description of the recoveries CSV import: the file format, built from the declaration the import reads
// (core/firearms/recoveryCsv.ts), so the API reference cannot describe columns the import does not read.
import {
  FIREARM_TYPE_CODES,
  RECOVERY_CSV_COLUMN_NAMES,
  RECOVERY_CSV_EXAMPLE,
  RECOVERY_CSV_HEADER_REQUIRED,
  RECOVERY_CSV_REQUIRED_WHEN,
  SERIAL_STATES,
  type RecoveryCsvColumn,
  type RecoveryCsvRequirement,
} from '../../../../core/firearms';

const MEANING: Record<RecoveryCsvColumn, string> = {
  serial: 'serial as stamped; partly restored: ? for each unreadable character; obliterated: empty',
  serial_state: `${SERIAL_STATES.join(', ')} (empty: intact)`,
  make: 'make as stamped',
  model: 'model',
  caliber: 'caliber',
  type: `NCIC type code: ${FIREARM_TYPE_CODES.join(', ')}`,
  country_of_manufacture: 'ISO 3166-1 alpha-2 code of the country of manufacture',
  importer: 'importer marked on the firearm',
  other_markings: 'other markings and remarks',
  recovered_on: 'date of the recovery (YYYY-MM-DD, not in the future)',
  recovery_country: 'ISO 3166-1 alpha-2 code of the country of the recovery',
  recovery_state: 'state or province of the recovery',
  recovery_municipality: 'municipality of the recovery',
  latitude: 'decimal degrees, -90 to 90',
  longitude: 'decimal degrees, -180 to 180',
  crime_code: 'the offence, in the agency’s own code',
  case_number: 'the agency’s case number',
  possessor_name: 'person it was recovered from (personal data)',
  possessor_birth_date: 'that person’s date of birth',
};

const REQUIREMENT: Record<RecoveryCsvRequirement, string> = {
  always: 'required',
  optional: 'optional',
  unless_obliterated: 'required unless serial_state is obliterated',
  with_other_coordinate: 'with the other coordinate',
  with_birth_date: 'required when possessor_birth_date is filled',
};

export const RECOVERY_IMPORT_DESCRIPTION = [
  'The body is the CSV file itself (RFC 4180; `,` or `;`; UTF-8 or Windows-1252; up to 50,000 rows). The first line',
  'names the columns, in any order and case; unknown columns are ignored and listed in `ignoredColumns`. One row per',
  'firearm. Every row is shared as the query parameters say (`distribution`, `sharingGroupId`, `tlp`,',
  '`discoverable`); no column sets sharing.',
  '',
  '| column | meaning | |',
  '| --- | --- | --- |',
  ...RECOVERY_CSV_COLUMN_NAMES.map(
    (c) => `| \`${c}\` | ${MEANING[c]} | ${REQUIREMENT[RECOVERY_CSV_REQUIRED_WHEN[c]]} |`,
  ),
  '',
  `A header without ${RECOVERY_CSV_HEADER_REQUIRED.map((c) => `\`${c}\``).join(', ')} is refused (422, one`,
  '`errors[]` entry per missing column, `field` naming it). Otherwise each row is validated as a single recovery and',
  'each bad one reported in `errors[]` by line, column and code (e.g. `invalid_date`, `invalid_country`,',
  '`serial_required`, `duplicate_row` for a row repeating an earlier line’s case number, serial and recovery date);',
  'the good rows are kept. A row already recorded is `unchanged`: uploading the same file again changes nothing.',
  '',
  'Example:',
  '',
  '```csv',
  RECOVERY_CSV_EXAMPLE.replaceAll('\r\n', '\n'),
  '```',
].join('\n');
