package io.plumbline.survey.ui;

import io.plumbline.shared.ui.Ui;
import io.plumbline.shared.charts.ChartStyle;
import io.plumbline.shared.ui.SvgChart;
import io.plumbline.survey.Satisfaction;
import java.awt.BasicStroke;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * NPS and CSAT per period as lines; a period without answers leaves a gap instead of a
 * zero.
 */
final class SatisfactionCharts {

    private SatisfactionCharts() {
    }

    static SvgChart trend(String title, List<Satisfaction> periods) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Satisfaction s : periods) {
            String label = s.period().label();
            data.addValue(s.nps().isPresent() ? s.nps().getAsDouble() : null, "NPS", label);
            data.addValue(s.csat().isPresent() ? s.csat().getAsDouble() : null, "CSAT %", label);
        }
        JFreeChart chart = ChartFactory.createLineChart(null, null, "score", data, PlotOrientation.VERTICAL, true,
                false, false);
        CategoryPlot plot = ChartStyle.categoryPlot(chart);
        plot.getRangeAxis().setRange(-100, 100);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesPaint(0, ChartStyle.SERIES.get(0));
        renderer.setSeriesPaint(1, ChartStyle.SERIES.get(1));
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesStroke(1, new BasicStroke(2f));
        return new SvgChart(title, ChartStyle.svg(chart));
    }

    static String nps(Satisfaction s) {
        return s.nps().isPresent() ? "%+.0f (n=%d)".formatted(s.nps().getAsDouble(), s.npsAnswers()) : "— (n=0)";
    }

    static String csat(Satisfaction s) {
        return s.csat().isPresent()
                ? String.format(Ui.figures().locale(), "%.0f %% (n=%d)", s.csat().getAsDouble(), s.csatAnswers())
                : "— (n=0)";
    }

}
