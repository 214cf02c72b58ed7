// The CSV of recovered firearms an agency uploads (POST /api/v1/recoveries/import): its columns, which are required
// when, the values a few of them take and a small example file. One declaration for the server's import, the web's
// "file format" help and its downloadable example, the README and the API reference, so they cannot disagree.
import { csvColumnNames, csvExample, type CsvColumns } from '../csvFormat';
import { FIREARM_TYPE_CODES } from './referenceTypes';

/** How readable the serial is, as the `serial_state` column says it (empty: intact). */
export const SERIAL_STATES = ['intact', 'obliterated', 'partly_restored'] as const;
export type SerialStateCode = (typeof SERIAL_STATES)[number];

/** The file's columns (header names, any case and order), each with the request field it becomes. */
export const RECOVERY_CSV_COLUMNS = {
  serial: 'serial',
  serial_state: 'serialState',
  make: 'make',
  model: 'model',
  caliber: 'caliber',
  type: 'type',
  country_of_manufacture: 'countryOfManufacture',
  importer: 'importer',
  other_markings: 'otherMarkings',
  recovered_on: 'recoveredOn',
  recovery_country: 'recoveryCountry',
  recovery_state: 'recoveryState',
  recovery_municipality: 'recoveryMunicipality',
  latitude: 'latitude',
  longitude: 'longitude',
  crime_code: 'crimeCode',
  case_number: 'caseNumber',
  possessor_name: 'possessorName',
  possessor_birth_date: 'possessorBirthDate',
} as const satisfies CsvColumns;
export type RecoveryCsvColumn = keyof typeof RECOVERY_CSV_COLUMNS;

/** In column order, as the example's header line lists them. */
export const RECOVERY_CSV_COLUMN_NAMES: RecoveryCsvColumn[] = csvColumnNames(RECOVERY_CSV_COLUMNS);

/**
 * Columns the header line must name. The serial column is among them even though an obliterated serial leaves its
 * cell empty: a file without it could not say which firearm any row is.
 */
export const RECOVERY_CSV_HEADER_REQUIRED: readonly RecoveryCsvColumn[] = [
  'serial',
  'recovered_on',
  'recovery_country',
  'case_number',
];

/** Cells that hold numbers (decimal degrees), read as numbers rather than text. */
export const RECOVERY_CSV_NUMERIC: readonly RecoveryCsvColumn[] = ['latitude', 'longitude'];

/**
 * When a row must fill a column: always, never, or when another cell says so. The import checks these through the
 * recovery's own validation (the same as the form's); this names them for the help, the README and the API.
 */
export type RecoveryCsvRequirement =
  'always' | 'optional' | 'unless_obliterated' | 'with_other_coordinate' | 'with_birth_date';

export const RECOVERY_CSV_REQUIRED_WHEN: Record<RecoveryCsvColumn, RecoveryCsvRequirement> = {
  serial: 'unless_obliterated',
  serial_state: 'optional',
  make: 'optional',
  model: 'optional',
  caliber: 'optional',
  type: 'optional',
  country_of_manufacture: 'optional',
  importer: 'optional',
  other_markings: 'optional',
  recovered_on: 'always',
  recovery_country: 'always',
  recovery_state: 'optional',
  recovery_municipality: 'optional',
  latitude: 'with_other_coordinate',
  longitude: 'with_other_coordinate',
  crime_code: 'optional',
  case_number: 'always',
  possessor_name: 'with_birth_date',
  possessor_birth_date: 'optional',
};

/** The closed lists some columns take, for the help to name them. */
export const RECOVERY_CSV_VALUES: Partial<Record<RecoveryCsvColumn, readonly string[]>> = {
  serial_state: SERIAL_STATES,
  type: FIREARM_TYPE_CODES,
};

/** Where the sharing of every row comes from: the upload's query parameters, not columns. */
export const RECOVERY_IMPORT_PARAMETERS = ['distribution', 'sharingGroupId', 'tlp', 'discoverable'] as const;

/**
 * A small valid file, one row per serial state: the README shows it and the web offers it as a template. Recovered in
 * Mexico, so an agency there imports it as is (re-importing it changes nothing).
 */
export const RECOVERY_CSV_EXAMPLE = csvExample(RECOVERY_CSV_COLUMN_NAMES, [
  'EXA1001,intact,Glock,G19,9mm Luger,P,AT,,,2024-03-02,MX,Sonora,Hermosillo,29.0729,-110.9559,LFAFE-83,EJEMPLO/2024/001,Juan Perez,1990-05-14',
  'EXA??02,partly_restored,Colt,LE6920,5.56x45mm NATO,R,US,,"Sin cargador, culata plegable",2024-03-02,MX,Sonora,Nogales,,,,EJEMPLO/2024/002,,',
  ',obliterated,Romarm/Cugir,WASR-10,7.62x39mm,R,RO,Century Arms,,2024-03-05,MX,Sonora,Cajeme,,,,EJEMPLO/2024/003,,',
]);
