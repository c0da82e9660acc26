/**
 * The status-page layer on top of the figures: the live status of each integration
 * (operational, degraded, partial or major outage, under maintenance) derived from the
 * last minutes of observations and checks, the agency's hand-set overrides (table
 * {@code status_override}), the 90-day uptime strips, and the client's optional public
 * status page at {@code /status/{token}} (table {@code status_page}; docs/status.md). Its
 * API is {@link io.plumbline.status.StatusService} with
 * {@link io.plumbline.status.LiveStatus}, {@link io.plumbline.status.ComponentStatus},
 * {@link io.plumbline.status.LiveState} and {@link io.plumbline.status.StatusEvent}; the
 * portal shows its banner and strips through the named interface
 * {@code status :: components} ({@code ui.StatusComponents}).
 */
package io.plumbline.status;
