package io.plumbline.vendorstatus;

import java.time.Instant;

/** One update the provider posted on an incident ("investigating", "monitoring", …). */
public record ProviderIncidentUpdate(String status, String body, Instant at) {

}
