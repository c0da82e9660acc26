package io.plumbline.retention;

import java.time.LocalDate;

/**
 * The end of a term by churn: from {@code date} on there is no revenue (the date is
 * exclusive).
 */
public record Churn(LocalDate date, ChurnCategory category, String reason) {
}
