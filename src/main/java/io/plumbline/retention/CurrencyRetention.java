package io.plumbline.retention;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Optional;

/**
 * The revenue movement of one currency over a period, for the clients that had revenue in
 * it when the period opened (the cohort; new clients are left out). {@code closing} is
 * the cohort's MRR when the period closed: opening + expansion − contraction − churned.
 */
public record CurrencyRetention(Currency currency, BigDecimal opening, BigDecimal expansion, BigDecimal contraction,
        BigDecimal churned, BigDecimal closing) {

    /**
     * GRR = (opening − contraction − churned) / opening × 100; none when nothing was
     * earned at the opening.
     */
    public Optional<BigDecimal> grossRetentionPercent() {
        return percentOfOpening(opening.subtract(contraction).subtract(churned));
    }

    /** NRR = (opening + expansion − contraction − churned) / opening × 100. */
    public Optional<BigDecimal> netRetentionPercent() {
        return percentOfOpening(closing);
    }

    private Optional<BigDecimal> percentOfOpening(BigDecimal amount) {
        if (opening.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(amount.multiply(BigDecimal.valueOf(100))
            .divide(opening, MathContext.DECIMAL64)
            .setScale(2, RoundingMode.HALF_UP));
    }
}
