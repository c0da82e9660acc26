/**
 * The executive dashboard: owns no table, only the views {@code dashboard} (portfolio
 * KPIs over a period beside the previous one, per-client figures with the at-risk score)
 * and {@code dashboard/client/:clientId}, with CSV exports, read from the other modules'
 * public services. Its API is {@link io.plumbline.dashboard.DashboardService} with its
 * records, {@link io.plumbline.dashboard.DashboardFormat} (one formatter for figures the
 * reports show too) and {@link io.plumbline.dashboard.DashboardCsv}; the charts are the
 * named interface {@code dashboard.charts}.
 */
package io.plumbline.dashboard;
