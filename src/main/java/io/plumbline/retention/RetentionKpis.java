package io.plumbline.retention;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Retention over one period (docs/metrics.md). The period opens with the MRR of the day
 * before its first day and closes with the MRR of its last day — or of {@code closedOn} =
 * today while it runs. Logos are clients: one that earned at the opening and earns
 * nothing at the close has churned. Revenue figures are per currency, never summed across
 * currencies.
 */
public record RetentionKpis(RetentionPeriod period, LocalDate closedOn, int logosAtOpening, int logosChurned,
        List<CurrencyRetention> revenue, Amounts closingMrr) {

    /** Logo churn = churned logos / logos at the opening × 100; none without logos. */
    public Optional<BigDecimal> logoChurnPercent() {
        if (logosAtOpening == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(logosChurned)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(logosAtOpening), MathContext.DECIMAL64)
            .setScale(2, RoundingMode.HALF_UP));
    }

    public boolean running() {
        return closedOn.isBefore(period.lastDay());
    }

    public Optional<CurrencyRetention> revenueIn(Currency currency) {
        return revenue.stream().filter(r -> r.currency().equals(currency)).findFirst();
    }
}
