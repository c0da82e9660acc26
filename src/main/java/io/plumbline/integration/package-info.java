/**
 * The integration registry of each client: owns the table {@code integration} (provider,
 * base URL, API version, auth type, credential expiry and scopes, rate-limit quota,
 * criticality, owner), the table {@code integration_host_route} (the hosts of an
 * integration's HTTP calls, for the OTLP intake) and the view {@code integrations}. Its
 * API is {@link io.plumbline.integration.IntegrationService},
 * {@link io.plumbline.integration.HostRouteService} with
 * {@link io.plumbline.integration.IntegrationId}, its drafts, details and enums and
 * {@link io.plumbline.integration.IntegrationEvent}; the portal's columns are the named
 * interface {@code ui.IntegrationColumns}. The entity and its repository live in
 * {@code integration.internal}.
 */
package io.plumbline.integration;
