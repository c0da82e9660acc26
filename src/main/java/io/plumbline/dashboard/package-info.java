/**
 * The executive dashboard: portfolio KPIs over a period beside the previous one,
 * per-client figures with the at-risk score, charts, drill-down into a client and CSV
 * exports — read from the other modules' public services.
 */
package io.plumbline.dashboard;
