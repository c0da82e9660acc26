package io.plumbline.alerting.internal;

import java.math.BigDecimal;
import java.time.Duration;

/** Numbers and windows as alert summaries say them. */
public final class Phrasing {

    private Phrasing() {
    }

    /** 300 s → "5 min", 3,600 s → "1 h", 259,200 s → "3 d". */
    public static String window(Duration window) {
        long seconds = window.toSeconds();
        if (seconds % 86_400 == 0) {
            return seconds / 86_400 + " d";
        }
        if (seconds % 3_600 == 0) {
            return seconds / 3_600 + " h";
        }
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }

    /** 0.9723 → "97.23 %". */
    public static String percent(double share) {
        return "%.2f %%".formatted(share * 100);
    }

    /** 14.4 → "14.4", 6.0 → "6". */
    public static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

}
