package io.plumbline.sla.charts;

import io.plumbline.shared.charts.ChartStyle;
import io.plumbline.sla.BudgetPoint;
import io.plumbline.sla.MonthlyAvailability;
import io.plumbline.sla.SlaEvaluation;
import java.awt.BasicStroke;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.FixedMillisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * SLA charts in the shared chart style: SVG for the views, the chart itself for PDF
 * reports (vector drawing).
 */
public final class SlaCharts {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

    private SlaCharts() {
    }

    /**
     * Failed events the budget still allows, hour by hour, against an even spend over the
     * window.
     */
    public static String burnDown(SlaEvaluation evaluation, ZoneId zone) {
        return ChartStyle.svg(burnDownChart(evaluation, zone));
    }

    public static JFreeChart burnDownChart(SlaEvaluation evaluation, ZoneId zone) {
        TimeSeries left = new TimeSeries("budget left");
        for (BudgetPoint point : evaluation.burnDown()) {
            left.addOrUpdate(new FixedMillisecond(point.at().toEpochMilli()), point.left());
        }
        TimeSeries even = new TimeSeries("even spend");
        even.add(new FixedMillisecond(evaluation.window().start().toEpochMilli()), evaluation.budget().total());
        even.add(new FixedMillisecond(evaluation.window().end().toEpochMilli()), 0);
        TimeSeriesCollection dataset = new TimeSeriesCollection(left);
        dataset.addSeries(even);
        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, "failed events left", dataset, true, false,
                false);
        XYPlot plot = ChartStyle.timePlot(chart, zone);
        plot.getRenderer().setSeriesPaint(0, ChartStyle.PRIMARY);
        plot.getRenderer().setSeriesStroke(0, new BasicStroke(1.8f));
        plot.getRenderer().setSeriesPaint(1, ChartStyle.GREY);
        plot.getRenderer()
            .setSeriesStroke(1,
                    new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 5f, 4f }, 0f));
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.BAD, new BasicStroke(1f)));
        return chart;
    }

    /**
     * Availability per month, oldest first, as points joined by a line, with the
     * objective as a red line. Points, not bars: the axis is zoomed to the values, and
     * bars on a zoomed axis would make a small gap look large.
     */
    public static String history(List<MonthlyAvailability> months, double objectivePercent) {
        return ChartStyle.svg(historyChart(months, objectivePercent));
    }

    public static JFreeChart historyChart(List<MonthlyAvailability> months, double objectivePercent) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        double lowest = objectivePercent;
        for (MonthlyAvailability month : months.reversed()) {
            double value = month.availability().orElse(Double.NaN) * 100;
            dataset.addValue(Double.isNaN(value) ? null : value, "availability", MONTH.format(month.month()));
            lowest = Double.isNaN(value) ? lowest : Math.min(lowest, value);
        }
        JFreeChart chart = ChartFactory.createLineChart(null, null, "availability %", dataset, PlotOrientation.VERTICAL,
                false, false, false);
        CategoryPlot plot = ChartStyle.categoryPlot(chart);
        plot.getRangeAxis().setRange(Math.max(0, Math.floor(lowest - 0.5)), 100);
        plot.addRangeMarker(new ValueMarker(objectivePercent, ChartStyle.BAD, new BasicStroke(1.5f)));
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setSeriesPaint(0, ChartStyle.PRIMARY);
        renderer.setSeriesStroke(0, new BasicStroke(1.8f));
        return chart;
    }

}
