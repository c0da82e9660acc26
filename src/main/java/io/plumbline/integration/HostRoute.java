package io.plumbline.integration;

import io.plumbline.tenancy.ClientId;

/**
 * HTTP client spans to this host (and path prefix) belong to this integration of this
 * client, unless they name their integration (docs/otlp.md).
 */
public record HostRoute(IntegrationId integration, String integrationKey, ClientId client, HostPattern pattern) {
}
