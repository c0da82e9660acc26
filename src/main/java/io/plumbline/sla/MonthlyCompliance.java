package io.plumbline.sla;

import java.time.YearMonth;

/** One calendar month (in the client's time zone) of an SLA's history. */
public record MonthlyCompliance(YearMonth month, SlaEvaluation evaluation) {

    public MonthlyAvailability availability() {
        return new MonthlyAvailability(month, evaluation.availability());
    }
}
