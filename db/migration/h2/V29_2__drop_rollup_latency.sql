-- Every bin now lives in rollup.latency (V29_1).
DROP TABLE rollup_latency;
