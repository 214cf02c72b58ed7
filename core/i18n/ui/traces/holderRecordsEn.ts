// Web text of the record holder's own records, in English (the reference): the A&D upload's file-format help and its
// report's notices, and the columns of the log of look-ups into the holder's records.
export const holderRecordsUiEn = {
  holderRecords: {
    formatTitle: 'File format',
    formatIntro:
      'One row per firearm disposed of. The first line names the columns, in any order; other columns are ignored. Dates are YYYY-MM-DD. Put cells that contain commas in double quotes.',
    formatColumn: 'Column',
    formatMeaning: 'What it holds',
    formatRequired: 'Required',
    requiredAlways: 'Always',
    requiredWhen: 'When disposition is {{dispositions}}',
    requiredNo: 'No',
    columns: {
      make: 'Make as stamped on the firearm, e.g. Glock.',
      model: 'Model, e.g. G19.',
      serial: 'Serial number as in your records.',
      acquired_on: 'Date you acquired the firearm.',
      acquired_from:
        'Licence number of the holder you acquired it from (this links the chain), or the name of whoever else it came from.',
      disposition:
        'Where it went: transfer (to another licensed holder), sale (to a retail purchaser), export, or lost_stolen. Any letter case.',
      disposed_on: 'Date of the transfer, sale, export or loss; not before the acquisition.',
      disposed_to_licence: 'Licence number of the holder you transferred it to (not your own).',
      purchaser_name: 'Full name of the retail purchaser.',
      purchaser_birth_date: 'Date of birth of the retail purchaser.',
      purchaser_address: 'Address of the retail purchaser.',
      export_country: 'Two-letter code of the country it was exported to, e.g. MX.',
    },
    downloadTemplate: 'Download an example file',
    duplicates_one: '{{formatted}} row repeats an earlier line of the file: it is stored once.',
    duplicates_other: '{{formatted}} rows repeat an earlier line of the file: each is stored once.',
    noticesTitle: 'Notes on rows kept',
    errorsTitle: 'Rows rejected',
    columnFirearm: 'Firearm asked about',
    columnLicence: 'Your licence',
    columnReference: 'Trace reference',
    referenceHint: 'Quote this reference to the tracing centre if you question a look-up.',
  },
};
