package io.plumbline.monitoring;

import io.plumbline.integration.IntegrationId;
import io.plumbline.tenancy.ClientId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A monitor as lists show it: the request's header names and whether it has a body, never
 * their values, which may carry credentials.
 *
 * @param lastStatus {@code null} until the first scheduled check
 * @param lastMessage the last check's sentence for people; {@code null} until the first
 * check
 */
public record MonitorSummary(MonitorId id, IntegrationId integration, ClientId client, String name, String method,
        String url, List<String> headerNames, boolean hasBody, Duration interval, boolean enabled,
        Instant lastCheckedAt, MonitorStatus lastStatus, String lastMessage) {
}
