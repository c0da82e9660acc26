-- The embedded H2 default reads rollups by period (RollupReader names these indexes for H2). H2 does not seek with a
-- list of integration ids in the primary key, yet picks it, so every read of a few integrations over an hour scanned
-- all rollup rows of the agency (the demo's dashboard took 12-15 s). PostgreSQL has its own index since V17_1.
CREATE INDEX ix_rollup_period ON rollup (agency_id, granularity, bucket_start, integration_id);
CREATE INDEX ix_rollup_latency_period ON rollup_latency (agency_id, granularity, bucket_start, integration_id);
