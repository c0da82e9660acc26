package io.plumbline.retention;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A renewal: the next term starts on the current term's renewal date and runs to
 * {@code nextRenewal}, at {@code monthlyValue} (higher: expansion, lower: contraction) in
 * the same currency.
 */
public record RenewalDraft(LocalDate nextRenewal, BigDecimal monthlyValue) {
}
