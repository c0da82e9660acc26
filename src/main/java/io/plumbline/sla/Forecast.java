package io.plumbline.sla;

import java.time.Instant;

/**
 * When the error budget runs out at the recent rate of failures; {@code at} only for
 * EXHAUSTED and RUNS_OUT.
 */
public record Forecast(Kind kind, Instant at) {

    public enum Kind {

        NO_DATA, EXHAUSTED, RUNS_OUT, NOT_AT_THIS_RATE, CLOSED

    }

    public static Forecast of(Kind kind) {
        return new Forecast(kind, null);
    }
}
