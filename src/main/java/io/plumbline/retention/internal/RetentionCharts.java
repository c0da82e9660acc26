package io.plumbline.retention.internal;

import io.plumbline.retention.MonthlyRetention;
import io.plumbline.shared.charts.ChartStyle;
import java.awt.BasicStroke;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Retention charts as SVG in the shared style: MRR per currency by month, churned logos
 * by month.
 */
public final class RetentionCharts {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.ENGLISH);

    private RetentionCharts() {
    }

    /**
     * One line per currency (amounts in different currencies share the axis but are never
     * summed).
     */
    public static String mrr(List<MonthlyRetention> months) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<Currency> currencies = months.stream()
            .flatMap(m -> m.closingMrr().currencies().stream())
            .distinct()
            .sorted(Comparator.comparing(Currency::getCurrencyCode))
            .toList();
        for (MonthlyRetention month : months) {
            for (Currency currency : currencies) {
                dataset.addValue(month.closingMrr().get(currency), currency.getCurrencyCode(),
                        MONTH.format(month.month()));
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(null, null, "MRR at month end", dataset,
                PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = ChartStyle.categoryPlot(chart);
        for (int i = 0; i < currencies.size(); i++) {
            plot.getRenderer().setSeriesPaint(i, ChartStyle.SERIES.get(i % ChartStyle.SERIES.size()));
            plot.getRenderer().setSeriesStroke(i, new BasicStroke(2f));
        }
        return ChartStyle.svg(chart);
    }

    public static String churnedLogos(List<MonthlyRetention> months) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        months.forEach(m -> dataset.addValue(m.logosChurned(), "churned clients", MONTH.format(m.month())));
        JFreeChart chart = ChartFactory.createBarChart(null, null, "clients churned", dataset, PlotOrientation.VERTICAL,
                false, false, false);
        CategoryPlot plot = ChartStyle.categoryPlot(chart);
        plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot.getRangeAxis()
            .setUpperBound(Math.max(3, months.stream().mapToInt(MonthlyRetention::logosChurned).max().orElse(0) + 1));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ChartStyle.BAD);
        return ChartStyle.svg(chart);
    }

}
