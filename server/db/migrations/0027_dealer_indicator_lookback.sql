-- "Dealer with many short-TTC traces" looks back a year (decision 0022), as ATF's Demand Letter 2 counts 25 short-TTC
-- traces in a year, instead of over all the dealer's history: a dealer that sold 25 crime guns over two decades is
-- not the pattern the indicator names. The dealer's running count is therefore kept per recovery month, keyed
-- `<dealer id>|YYYY-MM`; the walk sums the twelve months up to a trace's recovery in one range of the primary key.
-- Purchaser counts stay over all time: one buyer behind two crime guns is the pattern whenever they were found.
CREATE OR REPLACE FUNCTION trace_indicator_keys(t traces) RETURNS TABLE (kind text, key text)
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'purchaser', t.purchaser_key WHERE t.purchaser_key IS NOT NULL
  UNION ALL
  SELECT 'dealer_short_ttc',
    t.dealer_holder_id::text || '|' || lpad(extract(year FROM t.recovered_on)::int::text, 4, '0') || '-'
      || lpad(extract(month FROM t.recovered_on)::int::text, 2, '0')
  WHERE t.dealer_holder_id IS NOT NULL AND (t.result -> 'ttc' ->> 'band') IN ('strong', 'indicator')
$$;

DELETE FROM trace_indicator_counts WHERE kind = 'dealer_short_ttc';

INSERT INTO trace_indicator_counts (kind, key, traces)
SELECT k.kind, k.key, count(*) FROM traces t CROSS JOIN LATERAL trace_indicator_keys(t) k
WHERE k.kind = 'dealer_short_ttc' GROUP BY k.kind, k.key;
