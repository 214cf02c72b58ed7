// The A&D (acquisition and disposition) CSV a record holder uploads: its columns, which are required, the
// disposition values and a small example file. One declaration for the server's import, the web's "file format" help
// and its downloadable template, so what the help says is what the import checks.
import { csvColumnNames, csvExample, type CsvColumns } from '../csvFormat';

/** Where a firearm went, as the `disposition` column says it (any letter case: `Sale` reads as `sale`). */
export const AD_DISPOSITIONS = ['transfer', 'sale', 'lost_stolen', 'export'] as const;
export type AdDisposition = (typeof AD_DISPOSITIONS)[number];

/** The file's columns (header names, any case and order), each with the request field it becomes. */
export const AD_CSV_COLUMNS = {
  make: 'make',
  model: 'model',
  serial: 'serial',
  acquired_on: 'acquiredOn',
  acquired_from: 'acquiredFrom',
  disposition: 'disposition',
  disposed_on: 'disposedOn',
  disposed_to_licence: 'disposedToLicence',
  purchaser_name: 'purchaserName',
  purchaser_birth_date: 'purchaserBirthDate',
  purchaser_address: 'purchaserAddress',
  export_country: 'exportCountry',
} as const satisfies CsvColumns;
export type AdCsvColumn = keyof typeof AD_CSV_COLUMNS;

/** In column order, as the template's header line lists them. */
export const AD_CSV_COLUMN_NAMES: AdCsvColumn[] = csvColumnNames(AD_CSV_COLUMNS);

/** Columns the header line must have: without them no row can say which firearm went where and when. */
export const AD_CSV_REQUIRED: readonly AdCsvColumn[] = ['make', 'serial', 'disposition', 'disposed_on'];

/** The column each disposition needs filled on its row (lost or stolen needs none). */
export const AD_DISPOSITION_TARGET: Record<AdDisposition, AdCsvColumn | null> = {
  transfer: 'disposed_to_licence',
  sale: 'purchaser_name',
  export: 'export_country',
  lost_stolen: null,
};

/**
 * A small valid file, one row per disposition: the README shows it and the web offers it as a template. Its licences
 * are demo holders' (bought from Glock, Inc., transferred to Rio Grande Outfitters), so it imports on the demo as is;
 * a real holder replaces them with its own partners' licences.
 */
export const AD_CSV_EXAMPLE = csvExample(AD_CSV_COLUMN_NAMES, [
  'Glock,G19,TPL0001,2023-01-12,1-58-067-07-5A-01234,transfer,2023-02-01,5-74-141-01-8D-03377,,,,',
  'Glock,G19,TPL0002,2023-01-12,Acme Wholesale,sale,2023-03-15,,Ana Ruiz,1990-01-02,"1 Main St, Laredo, TX",',
  'Ruger,LCP II,TPL0003,2022-11-30,,export,2023-04-02,,,,,CA',
  'Smith & Wesson,M&P9,TPL0004,2022-05-06,,lost_stolen,2023-05-20,,,,,',
]);
