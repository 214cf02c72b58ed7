-- The plain btree on serial_folded (0006, 0014) duplicates the text_pattern_ops btree of 0017 for everything Rastro
-- asks of it: text_pattern_ops carries the ordinary `=` as its equality operator, and nothing sorts by the folded
-- serial. At 10M-record scale the plain ones showed 0 scans (traces, recoveries) and 16 (lost/stolen) against tens of
-- thousands on the pattern indexes; each is still written on every insert and every non-HOT trace update.
DROP INDEX IF EXISTS traces_serial_folded_idx;
DROP INDEX IF EXISTS recoveries_serial_folded_idx;
DROP INDEX IF EXISTS lost_stolen_serial_folded_idx;
