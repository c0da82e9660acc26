package io.plumbline.retention;

import java.time.LocalDate;

/**
 * A churn to record: the first day without revenue, why (category) and what happened
 * (text).
 */
public record ChurnDraft(LocalDate date, ChurnCategory category, String reason) {
}
