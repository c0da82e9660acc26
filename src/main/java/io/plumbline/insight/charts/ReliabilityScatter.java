package io.plumbline.insight.charts;

import io.plumbline.insight.ClientInsight;
import io.plumbline.insight.Correlation;
import io.plumbline.insight.RankCorrelation;
import io.plumbline.shared.charts.ChartStyle;
import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Reliability (x, SLA compliance %) against NPS (y), one numbered point per client with
 * both, at-risk clients in red; the key under the plot names the numbers, since names at
 * the points of a cluster cover each other. A least-squares guide line is drawn only when
 * the rank correlation was measured (at least 8 clients, both varying).
 */
public final class ReliabilityScatter {

    private static final ItemLabelPosition ABOVE = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
            TextAnchor.BOTTOM_CENTER);

    private static final ItemLabelPosition BELOW = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6,
            TextAnchor.TOP_CENTER);

    private ReliabilityScatter() {
    }

    /** The clients that have both measures. */
    public static List<ClientInsight> plottable(List<ClientInsight> rows) {
        return rows.stream().filter(r -> r.slaAvailability().isPresent() && r.nps().isPresent()).toList();
    }

    public static JFreeChart chart(List<ClientInsight> rows, Correlation reliabilityAndNps) {
        List<ClientInsight> plotted = plottable(rows);
        XYSeries atRisk = new XYSeries("At risk", false);
        XYSeries other = new XYSeries("Other clients", false);
        List<ClientInsight> atRiskRows = plotted.stream().filter(r -> r.score().atRisk()).toList();
        List<ClientInsight> otherRows = plotted.stream().filter(r -> !r.score().atRisk()).toList();
        atRiskRows.forEach(r -> atRisk.add(x(r), y(r)));
        otherRows.forEach(r -> other.add(x(r), y(r)));
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(atRisk);
        data.addSeries(other);
        boolean line = reliabilityAndNps.result() instanceof RankCorrelation.Measured;
        if (line) {
            data.addSeries(trend(plotted));
        }
        JFreeChart chart = ChartFactory.createScatterPlot(null, "SLA compliance %", "NPS", data,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = ChartStyle.xyPlot(chart);
        NumberAxis reliability = (NumberAxis) plot.getDomainAxis();
        reliability.setAutoRangeIncludesZero(false);
        // room for the client names beside the outermost points
        reliability.setLowerMargin(0.12);
        reliability.setUpperMargin(0.12);
        // beyond ±100 so that the names under a point at -100 and over one at +100 stay
        // inside the plot
        plot.getRangeAxis().setRange(-118, 118);
        // whole-number ticks as many as fit the drawing's height (a fixed step of 20
        // crowded the labels of the short phone and key-topped drawings)
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        java.util.Map<ClientInsight, Integer> numbers = numbers(plotted);
        List<Boolean> namesAbove = namesAbove(atRiskRows, otherRows, numbers);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true) {
            @Override
            public ItemLabelPosition getPositiveItemLabelPosition(int series, int item) {
                if (series > 1) {
                    return super.getPositiveItemLabelPosition(series, item);
                }
                return namesAbove.get(series == 0 ? item : atRiskRows.size() + item) ? ABOVE : BELOW;
            }
        };
        renderer.setSeriesPaint(0, ChartStyle.BAD);
        renderer.setSeriesPaint(1, ChartStyle.PRIMARY);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        renderer.setSeriesShape(1, new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartStyle.FONT);
        renderer.setDefaultItemLabelPaint(ChartStyle.INK);
        renderer.setDefaultItemLabelGenerator(
                (dataset, series, item) -> series == 0 ? String.valueOf(numbers.get(atRiskRows.get(item)))
                        : series == 1 ? String.valueOf(numbers.get(otherRows.get(item))) : null);
        chart.addSubtitle(key(numbers));
        if (line) {
            renderer.setSeriesLinesVisible(2, true);
            renderer.setSeriesShapesVisible(2, false);
            renderer.setSeriesPaint(2, ChartStyle.INK);
            renderer.setSeriesStroke(2,
                    new BasicStroke(1f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] { 4f, 4f }, 0f));
            renderer.setSeriesItemLabelsVisible(2, false);
        }
        plot.setRenderer(renderer);
        return chart;
    }

    /** Clients numbered 1, 2, … in the order of their names. */
    private static java.util.Map<ClientInsight, Integer> numbers(List<ClientInsight> plotted) {
        java.util.Map<ClientInsight, Integer> numbers = new java.util.LinkedHashMap<>();
        plotted.stream()
            .sorted(java.util.Comparator.comparing(r -> r.client().name()))
            .forEach(r -> numbers.put(r, numbers.size() + 1));
        return numbers;
    }

    /** "1 Acme Retail · 2 Globex …" under the plot. */
    private static org.jfree.chart.title.TextTitle key(java.util.Map<ClientInsight, Integer> numbers) {
        String key = numbers.entrySet()
            .stream()
            .map(e -> e.getValue() + "\u00A0" + e.getKey().client().name().replace(' ', '\u00A0'))
            .collect(java.util.stream.Collectors.joining("  ·  "));
        org.jfree.chart.title.TextTitle title = new org.jfree.chart.title.TextTitle(key, ChartStyle.FONT);
        title.setPaint(ChartStyle.INK);
        title.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
        title.setPadding(new org.jfree.chart.ui.RectangleInsets(6, 4, 0, 4));
        return title;
    }

    /**
     * At-risk numbers above their points, the others below, so that a cluster stays
     * readable; a number that would cover another goes to the other side if that is free.
     * Sizes in data units for a chart about 500 points wide: a character is 1.3 % of the
     * compliance axis' span, a line 12 NPS points.
     */
    private static List<Boolean> namesAbove(List<ClientInsight> atRiskRows, List<ClientInsight> otherRows,
            Map<ClientInsight, Integer> numbers) {
        List<LabelSides.Point> points = Stream.concat(
                atRiskRows.stream().map(r -> new LabelSides.Point(x(r), y(r), String.valueOf(numbers.get(r)), true)),
                otherRows.stream().map(r -> new LabelSides.Point(x(r), y(r), String.valueOf(numbers.get(r)), false)))
            .toList();
        double low = points.stream().mapToDouble(LabelSides.Point::x).min().orElse(0);
        double high = points.stream().mapToDouble(LabelSides.Point::x).max().orElse(0);
        double span = Math.max(high - low, 1) * 1.24;
        return LabelSides.above(points, span * 0.013, 12);
    }

    private static XYSeries trend(List<ClientInsight> rows) {
        SimpleRegression regression = new SimpleRegression();
        rows.forEach(r -> regression.addData(x(r), y(r)));
        double low = rows.stream().mapToDouble(ReliabilityScatter::x).min().orElseThrow();
        double high = rows.stream().mapToDouble(ReliabilityScatter::x).max().orElseThrow();
        XYSeries line = new XYSeries("Least-squares guide", false);
        line.add(low, regression.predict(low));
        line.add(high, regression.predict(high));
        return line;
    }

    private static double x(ClientInsight row) {
        return row.slaAvailability().getAsDouble() * 100;
    }

    private static double y(ClientInsight row) {
        return row.nps().getAsDouble();
    }

}
