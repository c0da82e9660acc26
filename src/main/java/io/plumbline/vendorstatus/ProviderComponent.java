package io.plumbline.vendorstatus;

import java.time.Instant;

/**
 * A component a status page lists ("CRM API"), with its status as the page gave it
 * ({@code operational}, {@code degraded_performance}, {@code partial_outage},
 * {@code major_outage}, {@code under_maintenance}).
 */
public record ProviderComponent(String externalId, String name, String group, String status, Instant updatedAt) {

    /** "CRM API" or "APIs › CRM API". */
    public String label() {
        return group == null || group.isBlank() ? name : group + " › " + name;
    }

    public boolean operational() {
        return "operational".equals(status);
    }

    /** "degraded performance" from {@code degraded_performance}. */
    public static String words(String status) {
        return status == null ? "unknown" : status.replace('_', ' ');
    }

}
