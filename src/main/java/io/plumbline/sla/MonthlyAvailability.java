package io.plumbline.sla;

import java.time.YearMonth;
import java.util.OptionalDouble;

/**
 * One calendar month (in the client's time zone) of an SLA's availability: good events of
 * those counted against the objective, maintenance excluded; empty without such events.
 */
public record MonthlyAvailability(YearMonth month, OptionalDouble availability) {
}
