package io.plumbline.dashboard;

import io.plumbline.shared.format.Format;
import io.plumbline.shared.format.Format.Precision;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;

/**
 * One portfolio figure in the period and in the previous one. {@code change} is current −
 * previous (empty when either has no data); whether a rise is good depends on the figure
 * ({@link Better}); {@link Unit} says how it reads, the same on the dashboard and in the
 * executive report.
 */
public record Kpi(String name, OptionalDouble current, OptionalDouble previous, Better better, Unit unit) {

    /** Written where a figure has no data. */
    public static final String NONE = "—";

    /** Which way is good for this figure. */
    public enum Better {

        HIGHER, LOWER

    }

    /**
     * How a figure and the size of its change read. Shares are 0–1; changes of shares are
     * in points.
     */
    public enum Unit {

        SHARE_WHOLE(v -> Format.percent(v, Precision.WHOLE), v -> Format.points(v, Precision.WHOLE)),
        SHARE_ONE_DECIMAL(v -> Format.percent(v, Precision.COVERAGE), v -> Format.points(v, Precision.COVERAGE)),
        SHARE_TWO_DECIMALS(v -> Format.percent(v, Precision.AVAILABILITY),
                v -> Format.points(v, Precision.AVAILABILITY)),
        PERCENT(v -> fmt("%.0f %%", v), v -> fmt("%.0f pts", v)), TIMES(v -> fmt("%.2f×", v), v -> fmt("%.2f×", v)),
        SIGNED(v -> fmt("%+.0f", v), v -> fmt("%.0f", v)),
        /** Durations given in hours, as every duration reads ("2 d 23 h"). */
        HOURS(Format::hours, Format::hours), COUNT(v -> fmt("%.0f", v), v -> fmt("%.0f", v));

        private final DoubleFunction<String> value;

        private final DoubleFunction<String> delta;

        Unit(DoubleFunction<String> value, DoubleFunction<String> delta) {
            this.value = value;
            this.delta = delta;
        }

        public String value(double v) {
            return value.apply(v);
        }

        /** The size of a change, without its sign. */
        public String delta(double size) {
            return delta.apply(Math.abs(size));
        }

        private static String fmt(String pattern, double v) {
            return String.format(Locale.ROOT, pattern, v);
        }

    }

    public OptionalDouble change() {
        return current.isPresent() && previous.isPresent()
                ? OptionalDouble.of(current.getAsDouble() - previous.getAsDouble()) : OptionalDouble.empty();
    }

    /**
     * True when the change goes the good way, false the bad way, empty when there is no
     * change to judge.
     */
    public Optional<Boolean> improved() {
        OptionalDouble change = change();
        if (change.isEmpty() || change.getAsDouble() == 0) {
            return Optional.empty();
        }
        return Optional.of((change.getAsDouble() > 0) == (better == Better.HIGHER));
    }

    /** The figure of the period, "—" without data. */
    public String currentText() {
        return current.isPresent() ? unit.value(current.getAsDouble()) : NONE;
    }

    /** The figure of the previous period, "—" without data. */
    public String previousText() {
        return previous.isPresent() ? unit.value(previous.getAsDouble()) : NONE;
    }
}
