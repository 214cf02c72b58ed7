-- One index for an A&D record's two jobs (docs/decisions/0014-ad-records-one-key-index.md).
-- Before: (holder_id, make_key, serial_folded) answered a hop's look-up and (holder_id, row_hash) refused a row
-- already stored, with row_hash a 64-character hex digest. At 10M records those two indexes took 2.5 GB (more than
-- the table's own 3 GB) and every imported row was inserted into both.
-- After: the row hash is the first 128 bits of the same sha256 digest, kept in a uuid column (16 fixed bytes,
-- compared as such; a collision among one holder's rows is ~10^-24 likely even at 10M), and one unique index on
-- (holder_id, make_key, serial_folded, row_hash) does both: its first three columns are the look-up key, and a row
-- with the same content has the same make and serial, so the same four values. Stored hashes are cut to the same
-- 128 bits, so rows imported before still meet their re-uploads.
DROP INDEX IF EXISTS ad_records_idempotency_idx;
DROP INDEX IF EXISTS ad_records_lookup_idx;
ALTER TABLE ad_records ALTER COLUMN row_hash TYPE uuid USING substr(row_hash, 1, 32)::uuid;
CREATE UNIQUE INDEX ad_records_key_idx ON ad_records (holder_id, make_key, serial_folded, row_hash);
