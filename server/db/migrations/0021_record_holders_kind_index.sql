-- Where a trace starts: the importers (a handful) or the manufacturers of a make, read for every trace request in
-- one statement (batch/requestTraces.ts startHolders). Without an index on kind, asking for the importers read every
-- holder, and dealers are 98% of them (9,652 of 9,868 at the 10M-record scale); with it, one bitmap scan per kind.
CREATE INDEX record_holders_kind_idx ON record_holders (kind);
