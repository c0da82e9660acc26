/**
 * Synthetic HTTP checks: the module owns the tables {@code monitor} and
 * {@code outbound_allow_list}, the scheduled check runs with retries, and the monitor and
 * allow-list views. Its API is {@link io.plumbline.monitoring.MonitorService} and
 * {@link io.plumbline.monitoring.OutboundAllowListService} with their records, the
 * {@code MonitorEvent}/{@code AllowListEvent}/{@code SchemaDriftDetected} events, and
 * {@link io.plumbline.monitoring.OutboundUrlGuard} with {@code PinnedConnection}, the
 * guard that keeps every outbound call (alerting's webhooks too) away from our own
 * network. Entities, repositories, the scheduler task and the check runner live in
 * {@code internal}.
 */
package io.plumbline.monitoring;
