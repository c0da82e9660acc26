package io.plumbline.retention.ui;

import io.plumbline.shared.ui.Ui;
import io.plumbline.shared.format.Format;
import io.plumbline.retention.Amounts;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * How retention figures read: amounts with their currency code, percentages with one
 * decimal.
 */
final class RetentionFormat {

    private RetentionFormat() {
    }

    static String money(BigDecimal value, Currency currency) {
        return Ui.figures().money(currency, value);
    }

    /** "EUR 12,400.00 · USD 3,000.00", or a dash for none. */
    static String amounts(Amounts amounts) {
        return amounts.isEmpty() ? Format.NONE : amounts.format();
    }

    static String percent(Optional<BigDecimal> percent) {
        return percent.map(p -> Ui.figures().percentage(p, Format.Precision.COVERAGE)).orElse("no data");
    }

    /** "▲ 2.0 pts vs Q3 2026"; empty when either side has no figure. */
    static String change(Optional<BigDecimal> now, Optional<BigDecimal> before, String previousLabel,
            boolean upIsGood) {
        if (now.isEmpty() || before.isEmpty()) {
            return "no comparison with " + previousLabel;
        }
        BigDecimal delta = now.get().subtract(before.get());
        if (delta.signum() == 0) {
            return "= same as " + previousLabel;
        }
        String arrow = delta.signum() > 0 ? "▲" : "▼";
        String judgement = (delta.signum() > 0) == upIsGood ? "better" : "worse";
        return "%s %s vs %s (%s)".formatted(arrow,
                Ui.figures().points(delta.abs().movePointLeft(2).doubleValue(), Format.Precision.COVERAGE),
                previousLabel, judgement);
    }

}
