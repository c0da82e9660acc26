package io.plumbline.consent.internal;

import io.plumbline.consent.ConsentAggregate;
import io.plumbline.consent.ConsentCounts;
import io.plumbline.consent.ConsentField;
import io.plumbline.consent.ConsentPolicy;
import io.plumbline.consent.ConsentRecord;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Turns one record, or one sync job's counts, into {@link ConsentCounts} under a policy
 * (pure; docs/consent.md).
 */
public final class ConsentTally {

    private ConsentTally() {
    }

    public static ConsentCounts of(ConsentRecord record, ConsentPolicy policy) {
        Map<ConsentField, Long> carrying = new EnumMap<>(ConsentField.class);
        for (ConsentField field : ConsentField.values()) {
            carrying.put(field, record.carries(field) ? 1L : 0L);
        }
        boolean complete = policy.required().stream().allMatch(record::carries);
        boolean untagged = !policy.required().isEmpty() && policy.required().stream().noneMatch(record::carries);
        boolean stale = record.consentTimestamp() != null
                && record.consentTimestamp().isBefore(record.observedAt().minus(Duration.ofDays(policy.maxAgeDays())));
        return new ConsentCounts(1, complete ? 1 : 0, untagged ? 1 : 0, carrying,
                Boolean.TRUE.equals(record.optIn()) ? 1 : 0, stale ? 1 : 0);
    }

    /**
     * Without a reported {@code complete}, the lowest count the per-field counts allow
     * (records − the records missing any required field, at most); untagged is the most
     * records that can have carried none of the required fields.
     */
    public static ConsentCounts of(ConsentAggregate aggregate, ConsentPolicy policy) {
        long records = aggregate.records();
        long missingSomewhere = policy.required()
            .stream()
            .mapToLong(field -> records - aggregate.carrying().getOrDefault(field, 0L))
            .sum();
        long complete = aggregate.complete() != null ? aggregate.complete() : Math.max(0, records - missingSomewhere);
        long mostCarrying = policy.required()
            .stream()
            .mapToLong(field -> aggregate.carrying().getOrDefault(field, 0L))
            .max()
            .orElse(records);
        return new ConsentCounts(records, complete, records - mostCarrying, aggregate.carrying(), aggregate.optInTrue(),
                aggregate.stale());
    }

}
