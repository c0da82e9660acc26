-- Portfolio reads (SLA batch evaluation: all of an agency's integrations over a period at one granularity) as an
-- index-only range scan: without it each of the ~60,000 day buckets of a month for 2,000 integrations was a random
-- heap read (1.1-1.5 s on the benchmark data, 40-80 ms with it; docs/performance.md, "Executive dashboard").
-- total and good are included, so rollup upserts that change them are no longer HOT updates.
CREATE INDEX ix_rollup_period ON rollup (agency_id, granularity, bucket_start, integration_id) INCLUDE (total, good);
