package io.plumbline.consent;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Mergeable counts of consent records and the figures derived from them
 * (docs/consent.md): coverage = complete / records; missing share of a field = 1 −
 * carrying / records; opt-in rate = opt-in true / records with an opt-in value; stale
 * share = stale / records with a consent timestamp. {@code complete} (every required
 * field), {@code untagged} (none of them) and {@code stale} are judged against the policy
 * in force when the records arrived.
 */
public record ConsentCounts(long records, long complete, long untagged, Map<ConsentField, Long> carrying,
        long optInTrue, long stale) {

    public static final ConsentCounts NONE = new ConsentCounts(0, 0, 0, Map.of(), 0, 0);

    public ConsentCounts {
        EnumMap<ConsentField, Long> copy = new EnumMap<>(ConsentField.class);
        for (ConsentField field : ConsentField.values()) {
            copy.put(field, carrying.getOrDefault(field, 0L));
        }
        carrying = Collections.unmodifiableMap(copy);
    }

    public long carrying(ConsentField field) {
        return carrying.get(field);
    }

    public ConsentCounts plus(ConsentCounts other) {
        EnumMap<ConsentField, Long> sum = new EnumMap<>(ConsentField.class);
        for (ConsentField field : ConsentField.values()) {
            sum.put(field, carrying(field) + other.carrying(field));
        }
        return new ConsentCounts(records + other.records, complete + other.complete, untagged + other.untagged, sum,
                optInTrue + other.optInTrue, stale + other.stale);
    }

    /** Empty without records: no data is never 100 %. */
    public OptionalDouble coverage() {
        return share(complete, records);
    }

    public OptionalDouble missing(ConsentField field) {
        return share(records - carrying(field), records);
    }

    public OptionalDouble optInRate() {
        return share(optInTrue, carrying(ConsentField.OPT_IN));
    }

    public OptionalDouble staleShare() {
        return share(stale, carrying(ConsentField.CONSENT_TIMESTAMP));
    }

    public long incomplete() {
        return records - complete;
    }

    private static OptionalDouble share(long part, long whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }
}
