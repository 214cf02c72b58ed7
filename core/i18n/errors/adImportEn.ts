// Field messages of the A&D CSV import (server/modules/traces/commands/importAdRecords.ts), in English: the
// reference the other languages must match. Kept apart so the import's messages are read and changed in one place.
export const adImportFieldsEn = {
  csv_required_column_missing: 'The header line lacks the required column "{{column}}".',
  csv_extra_cells:
    'This line has {{cells}} cells but the header line has {{columns}}: an unquoted comma shifts the columns after it. Put cells that contain commas in double quotes.',
  csv_unterminated_quote_stops:
    'A quoted cell opened on this line is never closed: this line and every line after it were not read.',
  acquired_after_disposed:
    'Acquired on {{acquiredOn}}, after it was disposed of on {{disposedOn}}: check both dates.',
  transfer_to_self:
    'A holder cannot transfer a firearm to its own licence ({{licence}}): give the licence of the holder that received it.',
  duplicate_of_line: 'Same record as line {{line}}: kept once.',
} as const;
