-- Fuzzy serial search without a similarity scan (docs/decisions/0010, amendment). A serial within two edits of the
-- query starts with one of its prefix pieces, ends with one of its suffix pieces or contains its middle piece
-- (core/firearms/serialPieces.ts): prefix look-ups need a pattern btree (the database collation is not C), suffix
-- look-ups one on the reversed serial, and queries too short for pieces read the serials of nearby lengths. Each index
-- carries the serial and the id, so the two-edit check runs on index entries and only verified rows reach the table.
-- The middle piece uses the existing trigram indexes.
CREATE INDEX recoveries_serial_prefix_idx ON recoveries (serial_folded text_pattern_ops) INCLUDE (id);
CREATE INDEX recoveries_serial_suffix_idx ON recoveries (reverse(serial_folded) text_pattern_ops)
  INCLUDE (serial_folded, id);
CREATE INDEX recoveries_serial_length_idx ON recoveries (length(serial_folded)) INCLUDE (serial_folded, id);

CREATE INDEX lost_stolen_serial_prefix_idx ON lost_stolen_reports (serial_folded text_pattern_ops) INCLUDE (id);
CREATE INDEX lost_stolen_serial_suffix_idx ON lost_stolen_reports (reverse(serial_folded) text_pattern_ops)
  INCLUDE (serial_folded, id);
CREATE INDEX lost_stolen_serial_length_idx ON lost_stolen_reports (length(serial_folded)) INCLUDE (serial_folded, id);

CREATE INDEX traces_serial_prefix_idx ON traces (serial_folded text_pattern_ops) INCLUDE (id);
CREATE INDEX traces_serial_suffix_idx ON traces (reverse(serial_folded) text_pattern_ops) INCLUDE (serial_folded, id);
CREATE INDEX traces_serial_length_idx ON traces (length(serial_folded)) INCLUDE (serial_folded, id);
