package io.plumbline.shared.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks on the SVG {@link ChartStyle#svg} makes, for the chart tests of every module:
 * both drawings are there, no text is smaller than 11 px at the narrowest container that
 * shows its drawing, and no label was cut short with an ellipsis.
 */
public final class ChartLegibility {

    /**
     * The narrowest chart container on a 390 px phone (page and card padding taken off).
     */
    static final int NARROWEST_CONTAINER = 300;

    private static final Pattern DRAWING = Pattern.compile("<svg class=\"(pl-chart-\\w+)\".*?</svg>", Pattern.DOTALL);

    private static final Pattern FONT_SIZE = Pattern.compile("font-size: ?([0-9.]+)px");

    private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");

    private ChartLegibility() {
    }

    public static void assertLegible(String svg) {
        List<String> drawings = new ArrayList<>();
        Matcher drawing = DRAWING.matcher(svg);
        while (drawing.find()) {
            drawings.add(drawing.group(1));
            double shownFrom = drawing.group(1).equals(ChartStyle.WIDE.cssClass()) ? ChartStyle.NARROW_BELOW
                    : NARROWEST_CONTAINER;
            int width = drawing.group(1).equals(ChartStyle.WIDE.cssClass()) ? ChartStyle.WIDE.width()
                    : ChartStyle.NARROW.width();
            Matcher size = FONT_SIZE.matcher(drawing.group());
            while (size.find()) {
                assertThat(Double.parseDouble(size.group(1)) * shownFrom / width)
                    .as("smallest size of %s text shown in a %s px container", drawing.group(1), shownFrom)
                    .isGreaterThanOrEqualTo(11);
            }
            Matcher text = TEXT.matcher(drawing.group());
            while (text.find()) {
                assertThat(text.group(1)).as("a label of the %s drawing", drawing.group(1))
                    .doesNotContain("...")
                    .doesNotContain("…")
                    .doesNotContain("&#8230;");
            }
        }
        assertThat(drawings).containsExactly(ChartStyle.WIDE.cssClass(), ChartStyle.NARROW.cssClass());
    }

    /** Every text of the SVG, in drawing order, for checks on what a chart labels. */
    public static List<String> texts(String svg) {
        List<String> texts = new ArrayList<>();
        Matcher text = TEXT.matcher(svg);
        while (text.find()) {
            texts.add(text.group(1));
        }
        return texts;
    }

}
