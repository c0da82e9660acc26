package io.plumbline.dashboard.charts;

import io.plumbline.dashboard.ClientRow;
import io.plumbline.dashboard.Portfolio;
import io.plumbline.incident.RootCause;
import io.plumbline.shared.charts.ChartStyle;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Rectangle;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The portfolio's charts in the shared chart style: SVG on the dashboard, vectors in the
 * executive report.
 */
public final class DashboardCharts {

    public static final int CLIENTS_SHOWN = 12;

    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /**
     * One distinct palette colour per root cause; causes that match a failure class
     * (authentication, rate limiting, schema) share its colour in the health charts.
     */
    private static final Map<RootCause, Color> CAUSE_COLOURS = Map.of(RootCause.SCHEMA_MISMATCH, ChartStyle.YELLOW,
            RootCause.AUTHENTICATION, ChartStyle.REDDISH_PURPLE, RootCause.RATE_LIMITING, ChartStyle.SKY_BLUE,
            RootCause.ERROR_HANDLING, ChartStyle.BLUE, RootCause.COMMUNICATION_GAP, ChartStyle.BLUISH_GREEN,
            RootCause.CONSENT_METADATA, ChartStyle.ORANGE, RootCause.PROVIDER_OUTAGE, ChartStyle.VERMILLION,
            RootCause.OTHER, ChartStyle.BLACK);

    private static final Color UNDIAGNOSED = ChartStyle.LIGHT_GREY;

    private DashboardCharts() {
    }

    /**
     * The clients furthest below (or least above) their strictest objective, as dots
     * (green on target, red below) with the objective as a black tick. Dots, not bars:
     * the axis is zoomed to the values, where bars would make a small gap look large.
     */
    public static JFreeChart availabilityAgainstObjectives(List<ClientRow> rows) {
        List<ClientRow> shown = rows.stream()
            .filter(r -> r.availability().isPresent() && r.objectivePercent().isPresent())
            .sorted(Comparator.comparingDouble(DashboardCharts::margin))
            .limit(CLIENTS_SHOWN)
            .toList();
        DefaultCategoryDataset bars = new DefaultCategoryDataset();
        DefaultCategoryDataset objectives = new DefaultCategoryDataset();
        for (ClientRow row : shown) {
            bars.addValue(row.availability().getAsDouble() * 100, "Availability", row.name());
            objectives.addValue(row.objectivePercent().getAsDouble(), "Objective", row.name());
        }
        JFreeChart chart = ChartFactory.createLineChart(null, null, "%", bars, PlotOrientation.HORIZONTAL, false, false,
                false);
        CategoryPlot plot = ChartStyle.categoryPlot(chart);
        noData(plot);
        LineAndShapeRenderer dots = new LineAndShapeRenderer(false, true) {
            @Override
            public Paint getItemPaint(int series, int column) {
                return margin(shown.get(column)) < 0 ? ChartStyle.BAD : ChartStyle.GOOD;
            }
        };
        dots.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-5, -5, 10, 10));
        plot.setRenderer(dots);
        LineAndShapeRenderer ticks = new LineAndShapeRenderer(false, true);
        ticks.setSeriesPaint(0, ChartStyle.BLACK);
        ticks.setSeriesShape(0, new Rectangle(-1, -7, 3, 14));
        plot.setDataset(1, objectives);
        plot.setRenderer(1, ticks);
        double lowest = shown.stream()
            .mapToDouble(r -> Math.min(r.availability().getAsDouble() * 100, r.objectivePercent().getAsDouble()))
            .min()
            .orElse(99);
        ((NumberAxis) plot.getRangeAxis()).setRange(Math.max(0, Math.floor(lowest) - 0.5), 100.05);
        return chart;
    }

    private static void noData(org.jfree.chart.plot.Plot plot) {
        plot.setNoDataMessage("No data in this period");
        plot.setNoDataMessageFont(ChartStyle.FONT.deriveFont(14f));
        plot.setNoDataMessagePaint(ChartStyle.INK);
    }

    /** Availability minus objective, in points: negative is below target. */
    private static double margin(ClientRow row) {
        return row.availability().getAsDouble() * 100 - row.objectivePercent().getAsDouble();
    }

    /** Incidents detected per week, stacked by root cause (grey: not diagnosed yet). */
    public static JFreeChart incidentsPerWeek(Map<LocalDate, Map<RootCause, Integer>> weeks) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<RootCause> causes = Arrays.stream(RootCause.values())
            .filter(c -> weeks.values().stream().anyMatch(w -> w.containsKey(c)))
            .toList();
        boolean undiagnosed = weeks.values().stream().anyMatch(w -> w.containsKey(null));
        for (var week : weeks.entrySet()) {
            String label = WEEK.format(week.getKey());
            for (RootCause cause : causes) {
                dataset.addValue(week.getValue().getOrDefault(cause, 0), cause.label(), label);
            }
            if (undiagnosed || causes.isEmpty()) {
                dataset.addValue(week.getValue().getOrDefault(null, 0), "Not diagnosed yet", label);
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(null, null, "incidents", dataset,
                PlotOrientation.VERTICAL, !causes.isEmpty() || undiagnosed, false, false);
        CategoryPlot plot = ChartStyle.categoryPlot(chart);
        noData(plot);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.08);
        for (int i = 0; i < causes.size(); i++) {
            renderer.setSeriesPaint(i, CAUSE_COLOURS.get(causes.get(i)));
        }
        renderer.setSeriesPaint(causes.size(), UNDIAGNOSED);
        return chart;
    }

    /** The portfolio's daily consent coverage in %, days without records left out. */
    public static JFreeChart consentTrend(List<Portfolio.DailyCoverage> days) {
        TimeSeries series = new TimeSeries("Consent coverage");
        days.stream()
            .filter(d -> d.coverage().isPresent())
            .forEach(d -> series.addOrUpdate(
                    new Day(d.day().getDayOfMonth(), d.day().getMonthValue(), d.day().getYear()),
                    d.coverage().getAsDouble() * 100));
        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, "%", new TimeSeriesCollection(series), false,
                false, false);
        XYPlot plot = ChartStyle.timePlot(chart, ZoneOffset.UTC);
        noData(plot);
        plot.getRenderer().setSeriesPaint(0, ChartStyle.PRIMARY);
        plot.getRenderer().setSeriesStroke(0, new BasicStroke(2f));
        double lowest = series.isEmpty() ? 90 : series.getMinY();
        ((NumberAxis) plot.getRangeAxis()).setRange(Math.max(0, Math.floor(lowest) - 1), 100.5);
        return chart;
    }

}
