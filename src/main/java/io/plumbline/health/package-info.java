/**
 * API health dashboards of a client: owns no table, only the views {@code health} and
 * {@code portal/health} with key figures over a period and charts rendered as SVG on the
 * server, read from the metrics module's rollups. Its root holds
 * {@link io.plumbline.health.Period} (a preset or custom window to look at); the charts
 * the reports draw are the named interface {@code health.charts}.
 */
package io.plumbline.health;
