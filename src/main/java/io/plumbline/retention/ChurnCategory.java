package io.plumbline.retention;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why a client left; the free text of the churn says the rest. */
public enum ChurnCategory {

    RELIABILITY("Reliability"), PRICE("Price"), SERVICE("Service quality"), PRODUCT_FIT("Product fit"),
    BUDGET("Budget cut"), COMPETITOR("Moved to a competitor"), BUSINESS_CHANGE("Business change (merger, closure)"),
    OTHER("Other");

    private final String label;

    ChurnCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * By name, case-insensitive, with spaces or hyphens for underscores ("product fit").
     */
    public static Optional<ChurnCategory> parse(String text) {
        String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst();
    }

}
