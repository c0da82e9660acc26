package io.plumbline.consent;

import io.plumbline.tenancy.ClientDetails;
import java.time.LocalDate;
import java.util.List;

/**
 * A client's coverage over a period against its policy, with the daily trend (oldest
 * first, days without data empty).
 */
public record ClientCoverage(ClientDetails client, ConsentPolicy policy, ConsentCounts counts,
        List<CoverageOf<LocalDate>> trend) {

    /** Coverage below the policy target (no data is not below). */
    public boolean belowTarget() {
        return counts.coverage().isPresent() && counts.coverage().getAsDouble() * 100 < policy.targetPercent();
    }

    /**
     * Percentage points below target (negative above it); no data sorts after every
     * client with data.
     */
    public double gap() {
        return counts.coverage().isPresent() ? policy.targetPercent() - counts.coverage().getAsDouble() * 100
                : Double.NEGATIVE_INFINITY;
    }
}
