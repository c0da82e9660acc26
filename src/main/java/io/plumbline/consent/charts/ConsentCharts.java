package io.plumbline.consent.charts;

import io.plumbline.consent.ConsentCounts;
import io.plumbline.consent.CoverageOf;
import io.plumbline.shared.charts.ChartStyle;
import java.awt.BasicStroke;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * Consent charts in the shared chart style (SVG for the views, the chart itself for PDF
 * reports), and the small sparklines of the overview.
 */
public final class ConsentCharts {

    private ConsentCharts() {
    }

    /**
     * Daily coverage in percent (days without records left out) with the target as a red
     * line.
     */
    public static String trend(List<CoverageOf<LocalDate>> days, double targetPercent) {
        return lines(Map.of("coverage %", days), targetPercent);
    }

    /**
     * Several daily lines (e.g. the worst clients, or one per field's presence) against
     * one target.
     */
    public static String lines(Map<String, List<CoverageOf<LocalDate>>> series, double targetPercent) {
        return ChartStyle.svg(linesChart(series, targetPercent));
    }

    /** {@link #trend} as a chart, for drawing into a PDF. */
    public static JFreeChart trendChart(List<CoverageOf<LocalDate>> days, double targetPercent) {
        return linesChart(Map.of("coverage %", days), targetPercent);
    }

    public static JFreeChart linesChart(Map<String, List<CoverageOf<LocalDate>>> series, double targetPercent) {
        TimeSeriesCollection dataset = new TimeSeriesCollection();
        double lowest = targetPercent;
        for (var entry : series.entrySet()) {
            TimeSeries line = new TimeSeries(entry.getKey());
            for (CoverageOf<LocalDate> day : entry.getValue()) {
                OptionalDouble coverage = day.counts().coverage();
                if (coverage.isPresent()) {
                    line.addOrUpdate(new Day(day.subject().getDayOfMonth(), day.subject().getMonthValue(),
                            day.subject().getYear()), coverage.getAsDouble() * 100);
                    lowest = Math.min(lowest, coverage.getAsDouble() * 100);
                }
            }
            dataset.addSeries(line);
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, "coverage %", dataset, series.size() > 1,
                false, false);
        XYPlot plot = ChartStyle.timePlot(chart, ZoneId.systemDefault());
        for (int i = 0; i < series.size(); i++) {
            plot.getRenderer().setSeriesPaint(i, ChartStyle.SERIES.get(i % ChartStyle.SERIES.size()));
            plot.getRenderer().setSeriesStroke(i, new BasicStroke(1.8f));
        }
        plot.getRangeAxis().setRange(Math.max(0, Math.floor(lowest - 1)), 100.5);
        plot.addRangeMarker(new ValueMarker(targetPercent, ChartStyle.BAD, new BasicStroke(1.2f)));
        return chart;
    }

    /**
     * A 120×28 line of daily coverage for a table cell; the target dashed; days without
     * data skipped.
     */
    public static String sparkline(List<CoverageOf<LocalDate>> days, double targetPercent) {
        double low = Math.min(targetPercent - 2,
                days.stream()
                    .map(CoverageOf::counts)
                    .map(ConsentCounts::coverage)
                    .filter(OptionalDouble::isPresent)
                    .mapToDouble(c -> c.getAsDouble() * 100)
                    .min()
                    .orElse(targetPercent));
        double span = Math.max(0.5, 100 - low);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < days.size(); i++) {
            OptionalDouble coverage = days.get(i).counts().coverage();
            if (coverage.isPresent()) {
                double x = days.size() == 1 ? 60 : 2 + 116.0 * i / (days.size() - 1);
                double y = 2 + 24 * (100 - coverage.getAsDouble() * 100) / span;
                points.append("%.1f,%.1f ".formatted(x, y));
            }
        }
        double targetY = 2 + 24 * (100 - targetPercent) / span;
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 28\" width=\"120\" height=\"28\">"
                + "<line x1=\"0\" x2=\"120\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"0.8\" stroke-dasharray=\"3 2\"/>"
                + "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"1.5\" points=\"%s\"/></svg>")
            .formatted(targetY, targetY, ChartStyle.hex(ChartStyle.BAD), ChartStyle.hex(ChartStyle.PRIMARY),
                    points.toString().strip());
    }

}
