package io.plumbline.shared.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.util.HashSet;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

class ChartStyleTest {

    @Test
    void twelveMonthsOfCategoriesAreTurnedInsteadOfCutShort() {
        DefaultCategoryDataset months = new DefaultCategoryDataset();
        for (String month : new String[] { "Jan 26", "Feb 26", "Mar 26", "Apr 26", "May 26", "Jun 26", "Jul 26",
                "Aug 26", "Sep 26", "Oct 26", "Nov 26", "Dec 26" }) {
            months.addValue(12_000, "EUR", month);
        }
        JFreeChart chart = ChartFactory.createLineChart(null, null, "MRR at month end", months,
                PlotOrientation.VERTICAL, true, false, false);
        ChartStyle.categoryPlot(chart);

        String svg = ChartStyle.svg(chart);

        ChartLegibility.assertLegible(svg);
        assertThat(ChartLegibility.texts(svg)).contains("Jan 26", "Dec 26");
    }

    @Test
    void longNamesOnAHorizontalAxisWrapInsteadOfBeingCutShort() {
        DefaultCategoryDataset clients = new DefaultCategoryDataset();
        clients.addValue(99.1, "availability", "Southbridge Outdoor Equipment");
        clients.addValue(97.3, "availability", "Umbrella Finance Holdings");
        JFreeChart chart = ChartFactory.createBarChart(null, null, "%", clients, PlotOrientation.HORIZONTAL, false,
                false, false);
        ChartStyle.categoryPlot(chart);

        String svg = ChartStyle.svg(chart);

        ChartLegibility.assertLegible(svg);
        assertThat(String.join(" ", ChartLegibility.texts(svg))).contains("Southbridge", "Equipment", "Holdings");
    }

    @Test
    void thePaletteHasNoColourTwice() {
        assertThat(new HashSet<Color>(ChartStyle.SERIES)).hasSameSizeAs(ChartStyle.SERIES);
        assertThat(ChartStyle.SERIES).doesNotContain(ChartStyle.GREY, ChartStyle.LIGHT_GREY);
    }

    @Test
    void hexIsTheCssNotationOfTheColour() {
        assertThat(ChartStyle.hex(ChartStyle.VERMILLION)).isEqualTo("#d55e00");
    }

}
