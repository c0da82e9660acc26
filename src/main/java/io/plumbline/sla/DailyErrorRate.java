package io.plumbline.sla;

import java.time.LocalDate;

/** The failed share of one local day's eligible events. */
public record DailyErrorRate(LocalDate day, long total, long bad) {

    public double rate() {
        return (double) bad / total;
    }
}
