package io.plumbline.sla;

import java.time.Instant;

/** Error budget left at an instant, for the burn-down chart. */
public record BudgetPoint(Instant at, double left) {
}
