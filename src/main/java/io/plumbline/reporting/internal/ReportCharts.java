package io.plumbline.reporting.internal;

import io.plumbline.reporting.internal.ClientReportData.IntegrationHealth;
import io.plumbline.shared.charts.ChartStyle;
import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The report's own chart, side by side comparison of integrations, which no view draws.
 */
final class ReportCharts {

    private ReportCharts() {
    }

    /**
     * Availability per integration over the period, worst first, as dots with the best
     * SLA objective as a line. Dots, not bars: the axis is zoomed to the values, where
     * bars would make a small gap look large.
     */
    static JFreeChart availabilityByIntegration(List<IntegrationHealth> integrations, Double objective) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        double lowest = objective == null ? 99 : objective;
        List<IntegrationHealth> sorted = integrations.stream()
            .filter(i -> i.health().availability().isPresent())
            .sorted(Comparator.comparingDouble(i -> i.health().availability().getAsDouble()))
            .toList();
        Set<String> seen = new HashSet<>();
        for (IntegrationHealth integration : sorted) {
            double percent = integration.health().availability().getAsDouble() * 100;
            String name = integration.integration().name();
            // Two integrations may share a name; the key tells them apart instead of
            // merging their bars.
            dataset.addValue(percent, "availability",
                    seen.add(name) ? name : name + " (" + integration.integration().key() + ")");
            lowest = Math.min(lowest, percent);
        }
        JFreeChart chart = ChartFactory.createLineChart(null, null, "availability %", dataset,
                PlotOrientation.HORIZONTAL, false, false, false);
        CategoryPlot plot = ChartStyle.categoryPlot(chart);
        plot.getRangeAxis().setRange(Math.max(0, Math.floor(lowest - 0.5)), 100);
        if (objective != null) {
            plot.addRangeMarker(new ValueMarker(objective, ChartStyle.BAD, new BasicStroke(1.5f)));
        }
        LineAndShapeRenderer dots = new LineAndShapeRenderer(false, true);
        dots.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        dots.setSeriesPaint(0, ChartStyle.PRIMARY);
        plot.setRenderer(dots);
        return chart;
    }

}
