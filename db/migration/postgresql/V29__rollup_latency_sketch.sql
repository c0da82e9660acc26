-- Data engine v2, step 1: each rollup row carries its whole latency distribution as one compact
-- serialised sketch (io.plumbline.metrics.LatencyHistogram#toBytes: log bins of 2 %, every
-- percentile within 1 %), replacing the one-row-per-bin table rollup_latency. NULL: no successful
-- call in the bucket. V29_1 (a Java migration, RollupSketchMigration) fills it from rollup_latency,
-- V29_2 drops rollup_latency.
ALTER TABLE rollup ADD COLUMN latency BYTEA;
