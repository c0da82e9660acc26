package io.plumbline.retention.internal;

import io.plumbline.retention.ChurnCategory;
import io.plumbline.retention.ChurnDraft;
import io.plumbline.shared.InvalidInputException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;

/**
 * What a contract term must satisfy, for the forms and the CSV import alike. Each refusal
 * names the form field ({@code reference}, {@code start}, {@code renewal},
 * {@code monthlyValue}, {@code currency}, {@code date}, {@code category},
 * {@code reason}); the import maps it to its column.
 */
public final class ContractRules {

    public static final int REFERENCE_MAX = 60;

    public static final int REASON_MAX = 1000;

    /** NUMERIC(15, 3) holds up to 12 integer digits. */
    private static final BigDecimal MAX_VALUE = new BigDecimal("999999999999");

    private ContractRules() {
    }

    public static String reference(String reference) {
        if (reference == null || reference.isBlank()) {
            throw new InvalidInputException("reference", "Enter a contract reference, e.g. ACME-RETAINER.");
        }
        if (reference.strip().length() > REFERENCE_MAX) {
            throw new InvalidInputException("reference", "At most %d characters.".formatted(REFERENCE_MAX));
        }
        return reference.strip();
    }

    public static void term(LocalDate start, LocalDate renewal) {
        if (start == null) {
            throw new InvalidInputException("start", "Enter the start date.");
        }
        if (renewal == null) {
            throw new InvalidInputException("renewal", "Enter the renewal date.");
        }
        if (!renewal.isAfter(start)) {
            throw new InvalidInputException("renewal", "The renewal date must be after the start date.");
        }
    }

    /** An ISO 4217 code of a real currency (not gold, not XXX). */
    public static Currency currency(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("currency", "Choose the currency (ISO 4217 code, e.g. EUR).");
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        try {
            Currency currency = Currency.getInstance(upper);
            if (currency.getDefaultFractionDigits() < 0 || !upper.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException(upper);
            }
            return currency;
        }
        catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency",
                    "'%s' is not an ISO 4217 currency code (e.g. EUR, USD, GBP).".formatted(code.strip()));
        }
    }

    public static BigDecimal monthlyValue(BigDecimal value, Currency currency) {
        if (value == null) {
            throw new InvalidInputException("monthlyValue", "Enter the monthly value.");
        }
        if (value.signum() <= 0) {
            throw new InvalidInputException("monthlyValue", "The monthly value must be above 0.");
        }
        if (value.compareTo(MAX_VALUE) > 0) {
            throw new InvalidInputException("monthlyValue", "The monthly value is too large.");
        }
        int digits = currency.getDefaultFractionDigits();
        if (value.stripTrailingZeros().scale() > digits) {
            throw new InvalidInputException("monthlyValue",
                    "%s has %d decimal places; enter at most that many.".formatted(currency.getCurrencyCode(), digits));
        }
        return value.setScale(digits, RoundingMode.UNNECESSARY);
    }

    public static String churn(ChurnDraft draft, LocalDate start) {
        if (draft.date() == null) {
            throw new InvalidInputException("date", "Enter the churn date: the first day without revenue.");
        }
        if (draft.date().isBefore(start)) {
            throw new InvalidInputException("date",
                    "The churn date cannot be before the term started (%s).".formatted(start));
        }
        if (draft.category() == null) {
            throw new InvalidInputException("category", "Choose why the client left.");
        }
        if (draft.reason() == null || draft.reason().isBlank()) {
            throw new InvalidInputException("reason", "Describe what happened, in a sentence.");
        }
        if (draft.reason().strip().length() > REASON_MAX) {
            throw new InvalidInputException("reason", "At most %d characters.".formatted(REASON_MAX));
        }
        return draft.reason().strip();
    }

    public static ChurnCategory category(String text) {
        return ChurnCategory.parse(text)
            .orElseThrow(() -> new InvalidInputException("category", "'%s' is not a churn category; use one of %s."
                .formatted(text, Arrays.toString(ChurnCategory.values()))));
    }

}
