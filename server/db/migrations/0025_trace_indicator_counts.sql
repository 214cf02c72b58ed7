-- Running counts behind two trace indicators (decision 0021): a purchaser's traced guns and a dealer's short-TTC
-- traces. The walk counted them in traces on every completion, through partial indexes; on the embedded database
-- (no autovacuum, so no visibility map) every counted trace cost a table-page read, and a 1,000-trace request's count
-- grew from 19 to 95 ms over a 100,000-trace batch, without end as a node's traces accumulate. Statement triggers
-- keep one row per purchaser and per dealer instead, on every path that writes traces.
CREATE TABLE trace_indicator_counts (
  kind text NOT NULL CHECK (kind IN ('purchaser', 'dealer_short_ttc')),
  key text NOT NULL,
  traces integer NOT NULL CHECK (traces >= 0),
  PRIMARY KEY (kind, key)
);

-- What one trace counts towards: the same predicates the walk's count queries had.
CREATE FUNCTION trace_indicator_keys(t traces) RETURNS TABLE (kind text, key text)
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'purchaser', t.purchaser_key WHERE t.purchaser_key IS NOT NULL
  UNION ALL
  SELECT 'dealer_short_ttc', t.dealer_holder_id::text
  WHERE t.dealer_holder_id IS NOT NULL AND (t.result -> 'ttc' ->> 'band') IN ('strong', 'indicator')
$$;

-- One statement's change to the counts: rows it added count +1, rows it removed -1. Counters are written in key
-- order, so two transactions that move the same counters lock them in the same order.
CREATE FUNCTION trace_indicator_counts_apply() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO trace_indicator_counts AS c (kind, key, traces)
    SELECT k.kind, k.key, count(*) FROM new_rows n CROSS JOIN LATERAL trace_indicator_keys(n) k
    GROUP BY k.kind, k.key ORDER BY k.kind, k.key
    ON CONFLICT (kind, key) DO UPDATE SET traces = c.traces + excluded.traces;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO trace_indicator_counts AS c (kind, key, traces)
    SELECT d.kind, d.key, sum(d.delta) FROM (
      SELECT k.kind, k.key, 1 AS delta FROM new_rows n CROSS JOIN LATERAL trace_indicator_keys(n) k
      UNION ALL
      SELECT k.kind, k.key, -1 FROM old_rows o CROSS JOIN LATERAL trace_indicator_keys(o) k
    ) d
    GROUP BY d.kind, d.key HAVING sum(d.delta) <> 0 ORDER BY d.kind, d.key
    ON CONFLICT (kind, key) DO UPDATE SET traces = c.traces + excluded.traces;
  ELSE
    UPDATE trace_indicator_counts c SET traces = c.traces - d.n
    FROM (
      SELECT k.kind, k.key, count(*) AS n FROM old_rows o CROSS JOIN LATERAL trace_indicator_keys(o) k
      GROUP BY k.kind, k.key
    ) d
    WHERE c.kind = d.kind AND c.key = d.key;
  END IF;
  RETURN NULL;
END;
$$;

CREATE TRIGGER traces_indicator_counts_insert AFTER INSERT ON traces
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION trace_indicator_counts_apply();
CREATE TRIGGER traces_indicator_counts_update AFTER UPDATE ON traces
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION trace_indicator_counts_apply();
CREATE TRIGGER traces_indicator_counts_delete AFTER DELETE ON traces
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION trace_indicator_counts_apply();

INSERT INTO trace_indicator_counts (kind, key, traces)
SELECT k.kind, k.key, count(*) FROM traces t CROSS JOIN LATERAL trace_indicator_keys(t) k GROUP BY k.kind, k.key;

-- Only the counts read these.
DROP INDEX IF EXISTS traces_dealer_short_ttc_idx;
DROP INDEX IF EXISTS traces_purchaser_idx;
DROP INDEX IF EXISTS traces_dealer_idx;
