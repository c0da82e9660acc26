package io.plumbline.dashboard;

import java.util.OptionalDouble;

/**
 * One portfolio figure in the period and in the previous one. {@code change} is current − previous (empty when
 * either has no data); whether a rise is good depends on the figure ({@link Better}).
 */
public record Kpi(String name, OptionalDouble current, OptionalDouble previous, Better better) {

    /** Which way is good for this figure. */
    public enum Better {
        HIGHER, LOWER
    }

    public OptionalDouble change() {
        return current.isPresent() && previous.isPresent()
                ? OptionalDouble.of(current.getAsDouble() - previous.getAsDouble()) : OptionalDouble.empty();
    }

    /** True when the change goes the good way, false the bad way, empty when there is no change to judge. */
    public java.util.Optional<Boolean> improved() {
        OptionalDouble change = change();
        if (change.isEmpty() || change.getAsDouble() == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of((change.getAsDouble() > 0) == (better == Better.HIGHER));
    }
}
