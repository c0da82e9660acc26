package io.plumbline.status;

import io.plumbline.tenancy.ClientId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A client's integrations' live status as of {@code asOf}, in the registry's order, and
 * the banner that sums them up.
 */
public record LiveStatus(ClientId client, Instant asOf, List<ComponentStatus> components) {

    /** The worst state shown, or {@link LiveState#NO_DATA} when nothing is known. */
    public LiveState overall() {
        return components.stream()
            .map(ComponentStatus::state)
            .max(Comparator.comparingInt(LiveState::severity))
            .orElse(LiveState.NO_DATA);
    }

    /**
     * "All integrations operational", "Partial outage of HubSpot CRM", "Degraded
     * performance of Klaviyo e-mail and GA4 reporting", "Scheduled maintenance in
     * progress: …", naming the integrations in the worst state.
     */
    public String headline() {
        LiveState worst = overall();
        if (components.isEmpty()) {
            return "No integrations registered yet";
        }
        if (worst == LiveState.NO_DATA) {
            return "No recent data from your integrations";
        }
        if (worst == LiveState.OPERATIONAL) {
            return components.stream().allMatch(c -> c.state() == LiveState.OPERATIONAL)
                    ? "All integrations operational" : "All integrations with recent data operational";
        }
        String names = names(components.stream().filter(c -> c.state() == worst).map(ComponentStatus::name).toList());
        return switch (worst) {
            case MAINTENANCE -> "Scheduled maintenance in progress: " + names;
            case DEGRADED -> "Degraded performance of " + names;
            case PARTIAL_OUTAGE -> "Partial outage of " + names;
            case MAJOR_OUTAGE -> "Major outage of " + names;
            default -> worst.label();
        };
    }

    /** "A", "A and B", "A, B and C". */
    static String names(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                + names.getLast();
    }

}
