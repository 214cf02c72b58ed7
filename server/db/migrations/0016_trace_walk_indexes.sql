-- The indicator counts of the trace walk (server/modules/traces/walkResult.ts), index-backed at scale.
-- "Dealer behind many short-TTC traces" counted a dealer's traces by reading every one's result jsonb (a detoast per
-- trace: hundreds per completed trace at 100,000 traces); this partial index holds only the short-TTC ones, so the
-- count is an index-only scan. The query repeats the predicate exactly, so the planner can use it.
CREATE INDEX traces_dealer_short_ttc_idx ON traces (dealer_holder_id)
  WHERE (result -> 'ttc' ->> 'band') IN ('strong', 'indicator');
