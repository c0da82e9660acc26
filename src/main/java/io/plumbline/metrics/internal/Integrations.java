package io.plumbline.metrics.internal;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Which integrations' rollups a read wants: {@code ids}, all visible to the tenant. With {@code agencyWide} (a portfolio
 * read by agency staff wanting most of the agency's integrations) the SQL selects by agency alone and the rows of other
 * integrations are dropped here: a list of thousands of ids costs PostgreSQL a check per row, and H2 does not seek with
 * it at all (it scanned every rollup row of the agency for each read).
 */
public record Integrations(List<UUID> ids, boolean agencyWide) {

    public Integrations {
        ids = List.copyOf(ids);
    }

    boolean none() {
        return ids.isEmpty();
    }

    /** The SQL condition after {@code agency_id = ?}: a parameter per id, or nothing agency-wide. */
    String condition() {
        return agencyWide ? "" : " AND integration_id IN (" + ids.stream().map(i -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** The values of {@link #condition()}'s parameters. */
    List<UUID> parameters() {
        return agencyWide ? List.of() : ids;
    }

    /** Whether a row read belongs to the wanted integrations. */
    java.util.function.Predicate<UUID> wanted() {
        if (!agencyWide) {
            return id -> true;
        }
        Set<UUID> wanted = Set.copyOf(ids);
        return wanted::contains;
    }
}
