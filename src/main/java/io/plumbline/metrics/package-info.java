/**
 * Observations of API calls (pushed or from monitors) and their minute, hour and day
 * rollups, each row with its latency sketch: the module owns the tables
 * {@code observation} and {@code rollup}, their bulk writes (COPY on PostgreSQL), day
 * partitions and retention. Its API is {@link io.plumbline.metrics.MetricsService} with
 * the records it takes and returns ({@code Observation}, {@code TimeRange},
 * {@code HealthSummary}, {@code MetricBucket}, {@code LatencyHistogram}, ...), the health
 * figures every dashboard and report uses; the stores and writers live in
 * {@code internal}.
 */
package io.plumbline.metrics;
