/**
 * Observations of API calls (pushed or from monitors) and their minute, hour and day
 * rollups with latency histograms; bulk writes (COPY on PostgreSQL), day partitions,
 * retention, and the health queries every dashboard and report uses.
 */
package io.plumbline.metrics;
