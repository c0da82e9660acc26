package io.plumbline.health.charts;

import io.plumbline.metrics.FailureClass;
import io.plumbline.metrics.Granularity;
import io.plumbline.metrics.HealthPoint;
import io.plumbline.metrics.HealthSummary;
import io.plumbline.shared.charts.ChartStyle;
import java.awt.BasicStroke;
import java.awt.Color;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.FixedMillisecond;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.time.TimeTableXYDataset;

/**
 * JFreeChart charts of health in one consistent style: SVG for the views, the chart
 * itself for PDF reports.
 */
public final class HealthCharts {

    /**
     * One colour per failure class, each distinct (Okabe–Ito plus grey), the same in the
     * stacked chart and in the breakdown.
     */
    private static final Map<FailureClass, Color> FAILURE_COLOURS = Map.of(FailureClass.TIMEOUT, ChartStyle.ORANGE,
            FailureClass.CONNECTION, ChartStyle.GREY, FailureClass.TLS, ChartStyle.BLACK, FailureClass.SERVER_ERROR,
            ChartStyle.VERMILLION, FailureClass.AUTH, ChartStyle.REDDISH_PURPLE, FailureClass.THROTTLED,
            ChartStyle.SKY_BLUE, FailureClass.CLIENT_ERROR, ChartStyle.BLUE, FailureClass.ASSERTION_FAILED,
            ChartStyle.BLUISH_GREEN, FailureClass.SCHEMA_VIOLATION, ChartStyle.YELLOW);

    private HealthCharts() {
    }

    public static String availability(List<HealthPoint> points, ZoneId zone) {
        return ChartStyle.svg(availabilityChart(points, zone));
    }

    public static JFreeChart availabilityChart(List<HealthPoint> points, ZoneId zone) {
        TimeSeries series = new TimeSeries("Availability");
        for (HealthPoint point : points) {
            if (point.total() > 0) {
                series.addOrUpdate(at(point), 100.0 * point.good() / point.total());
            }
        }
        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, "%", new TimeSeriesCollection(series), false,
                false, false);
        XYPlot plot = ChartStyle.timePlot(chart, zone);
        plot.getRenderer().setSeriesPaint(0, ChartStyle.GOOD);
        plot.getRenderer().setSeriesStroke(0, new BasicStroke(1.8f));
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        double lowest = series.isEmpty() ? 90 : Math.min(99, series.getMinY());
        range.setRange(Math.max(0, Math.floor(lowest) - 1), 100.5);
        return chart;
    }

    public static String latency(List<HealthPoint> points, ZoneId zone) {
        return ChartStyle.svg(latencyChart(points, zone));
    }

    public static JFreeChart latencyChart(List<HealthPoint> points, ZoneId zone) {
        TimeSeries p50 = new TimeSeries("p50");
        TimeSeries p95 = new TimeSeries("p95");
        TimeSeries p99 = new TimeSeries("p99");
        for (HealthPoint point : points) {
            point.p50().ifPresent(v -> p50.addOrUpdate(at(point), v));
            point.p95().ifPresent(v -> p95.addOrUpdate(at(point), v));
            point.p99().ifPresent(v -> p99.addOrUpdate(at(point), v));
        }
        TimeSeriesCollection dataset = new TimeSeriesCollection();
        dataset.addSeries(p50);
        dataset.addSeries(p95);
        dataset.addSeries(p99);
        JFreeChart chart = ChartFactory.createTimeSeriesChart(null, null, "ms", dataset, true, false, false);
        XYPlot plot = ChartStyle.timePlot(chart, zone);
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        Color[] colours = { ChartStyle.SKY_BLUE, ChartStyle.BLUE, ChartStyle.BLACK };
        for (int i = 0; i < colours.length; i++) {
            renderer.setSeriesPaint(i, colours[i]);
            renderer.setSeriesStroke(i, new BasicStroke(i == 1 ? 2f : 1.3f));
        }
        return chart;
    }

    public static String failures(List<HealthPoint> points, Granularity granularity, ZoneId zone) {
        TimeTableXYDataset dataset = new TimeTableXYDataset(TimeZone.getTimeZone(zone));
        List<FailureClass> present = points.stream()
            .flatMap(p -> p.failures().keySet().stream())
            .distinct()
            .sorted()
            .toList();
        for (HealthPoint point : points) {
            for (FailureClass failureClass : present) {
                dataset.add(period(point, granularity), point.failures().getOrDefault(failureClass, 0L),
                        failureClass.label());
            }
        }
        JFreeChart chart = ChartFactory.createXYBarChart(null, null, true, "failed calls", dataset,
                PlotOrientation.VERTICAL, !present.isEmpty(), false, false);
        XYPlot plot = ChartStyle.timePlot(chart, zone);
        StackedXYBarRenderer renderer = new StackedXYBarRenderer(0.1);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < present.size(); i++) {
            renderer.setSeriesPaint(i, FAILURE_COLOURS.get(present.get(i)));
        }
        plot.setRenderer(renderer);
        return ChartStyle.svg(chart);
    }

    /**
     * Requests per bucket; with a quota, the number the quota allows in one bucket as a
     * line.
     */
    public static String volume(List<HealthPoint> points, Granularity granularity, ZoneId zone,
            Double allowedPerBucket) {
        TimeTableXYDataset dataset = new TimeTableXYDataset(TimeZone.getTimeZone(zone));
        for (HealthPoint point : points) {
            dataset.add(period(point, granularity), point.total(), "Requests");
        }
        JFreeChart chart = ChartFactory.createXYBarChart(null, null, true, "requests per " + granularity.code(),
                dataset, PlotOrientation.VERTICAL, false, false, false);
        XYPlot plot = ChartStyle.timePlot(chart, zone);
        StackedXYBarRenderer renderer = new StackedXYBarRenderer(0.1);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ChartStyle.PRIMARY);
        plot.setRenderer(renderer);
        if (allowedPerBucket != null) {
            ValueMarker quota = new ValueMarker(allowedPerBucket, ChartStyle.BAD, new BasicStroke(1.5f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 6f, 4f }, 0f));
            quota.setLabel("rate-limit quota");
            quota.setLabelFont(ChartStyle.FONT);
            quota.setLabelPaint(ChartStyle.BAD);
            quota.setLabelOffset(new RectangleInsets(8, 60, 0, 0));
            plot.addRangeMarker(quota);
            NumberAxis range = (NumberAxis) plot.getRangeAxis();
            double highest = points.stream().mapToLong(HealthPoint::total).max().orElse(0);
            range.setRange(0, Math.max(highest, allowedPerBucket) * 1.1 + 1);
        }
        return ChartStyle.svg(chart);
    }

    public static String breakdown(HealthSummary summary) {
        return ChartStyle.svg(breakdownChart(summary));
    }

    public static JFreeChart breakdownChart(HealthSummary summary) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (FailureClass failureClass : FailureClass.values()) {
            dataset.addValue(summary.failures(failureClass), "failed calls", failureClass.label());
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, "failed calls", dataset, PlotOrientation.HORIZONTAL,
                false, false, false);
        CategoryPlot plot = ChartStyle.categoryPlot(chart);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        FailureClass[] classes = FailureClass.values();
        BarRenderer renderer = new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int series, int column) {
                return FAILURE_COLOURS.get(classes[column]);
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        plot.setRenderer(renderer);
        return chart;
    }

    private static FixedMillisecond at(HealthPoint point) {
        return new FixedMillisecond(point.bucketStart().toEpochMilli());
    }

    private static org.jfree.data.time.TimePeriod period(HealthPoint point, Granularity granularity) {
        return new org.jfree.data.time.SimpleTimePeriod(Date.from(point.bucketStart()),
                Date.from(point.bucketStart().plus(granularity.size())));
    }

}
