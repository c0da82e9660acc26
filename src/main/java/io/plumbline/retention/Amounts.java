package io.plumbline.retention;

import io.plumbline.shared.format.Format;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Money per currency, never added across currencies: Plumbline keeps no exchange rates,
 * so a total of EUR and USD would be a number in no currency (docs/retention.md). Ordered
 * by currency code.
 */
public record Amounts(Map<Currency, BigDecimal> byCurrency) {

    public static final Amounts NONE = new Amounts(Map.of());

    public Amounts {
        Map<Currency, BigDecimal> sorted = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
        sorted.putAll(byCurrency);
        byCurrency = Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    }

    public BigDecimal get(Currency currency) {
        return byCurrency.getOrDefault(currency, BigDecimal.ZERO);
    }

    public List<Currency> currencies() {
        return List.copyOf(byCurrency.keySet());
    }

    public boolean isEmpty() {
        return byCurrency.isEmpty();
    }

    public Amounts plus(Currency currency, BigDecimal amount) {
        Map<Currency, BigDecimal> sum = new LinkedHashMap<>(byCurrency);
        sum.merge(currency, amount, BigDecimal::add);
        return new Amounts(sum);
    }

    /**
     * "EUR 12,400.00 · USD 3,000.00" ({@link Format#money}): each currency on its own,
     * since there are no exchange rates; empty when there is no amount.
     */
    public String format() {
        return byCurrency.entrySet()
            .stream()
            .map(e -> Format.money(e.getKey(), e.getValue()))
            .collect(Collectors.joining(" · "));
    }

    public Amounts plus(Amounts other) {
        Amounts sum = this;
        for (var entry : other.byCurrency.entrySet()) {
            sum = sum.plus(entry.getKey(), entry.getValue());
        }
        return sum;
    }
}
