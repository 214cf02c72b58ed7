-- Serial search covers traces too (issue 4, point 5): a trace's serial is its recovery's, or the candidate the
-- tracing officer confirmed for a partly restored serial. The plain form is kept beside the folded one, as in
-- recoveries, so exact, normalized, wildcard and fuzzy search treat every record type alike.
ALTER TABLE traces ADD COLUMN serial_plain text CHECK (length(serial_plain) <= 80);
UPDATE traces SET serial_plain = CASE
    WHEN traces.candidate_state = 'confirmed' THEN traces.serial_folded
    ELSE (SELECT rc.serial_plain FROM recoveries rc WHERE rc.id = traces.recovery_id)
  END;
CREATE INDEX traces_serial_folded_idx ON traces (serial_folded);
CREATE INDEX traces_serial_plain_idx ON traces (serial_plain);
CREATE INDEX traces_serial_trgm_idx ON traces USING gin (serial_folded gin_trgm_ops);
