package io.plumbline.consent.ui;

import io.plumbline.shared.format.Format;
import com.vaadin.flow.component.html.Span;
import io.plumbline.consent.ConsentCounts;
import io.plumbline.shared.ui.Ui;
import java.util.OptionalDouble;

/**
 * How consent figures read everywhere: percentages with one decimal, "no data" rather
 * than 100 %.
 */
final class ConsentFormat {

    private ConsentFormat() {
    }

    static String percent(OptionalDouble share) {
        return share.isPresent() ? Ui.figures().percent(share, Format.Precision.COVERAGE) : "no data";
    }

    static Span badge(ConsentCounts counts, double targetPercent) {
        if (counts.coverage().isEmpty()) {
            return Ui.badge("No data", "none");
        }
        double coverage = counts.coverage().getAsDouble() * 100;
        return coverage >= targetPercent ? Ui.badge("On target", "ok") : coverage >= targetPercent - 2
                ? Ui.badge("Below target", "warn") : Ui.badge("Far below target", "bad");
    }

}
