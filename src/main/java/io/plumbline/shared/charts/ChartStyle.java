package io.plumbline.shared.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.time.ZoneId;
import java.util.List;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The one look of every JFreeChart chart, and its rendering to SVG for the views'
 * {@code SvgChart}.
 */
public final class ChartStyle {

    public static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    public static final Color GRID = new Color(0xE3E7ED);

    public static final Color INK = new Color(0x4A5568);

    private static final int WIDTH = 640;

    private static final int HEIGHT = 260;

    private ChartStyle() {
    }

    /** White, quiet grid, small type; the time axis in the client's zone. */
    public static XYPlot timePlot(JFreeChart chart, ZoneId zone) {
        XYPlot plot = xyPlot(chart);
        ((DateAxis) plot.getDomainAxis()).setTimeZone(TimeZone.getTimeZone(zone));
        return plot;
    }

    /** White, quiet grid, small type on both axes (time or number). */
    public static XYPlot xyPlot(JFreeChart chart) {
        frame(chart);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        for (var axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
            axis.setTickLabelFont(FONT);
            axis.setTickLabelPaint(INK);
            axis.setLabelFont(FONT);
            axis.setLabelPaint(INK);
        }
        return plot;
    }

    public static CategoryPlot categoryPlot(JFreeChart chart) {
        frame(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.getDomainAxis().setTickLabelFont(FONT);
        plot.getRangeAxis().setTickLabelFont(FONT);
        plot.getRangeAxis().setLabelFont(FONT);
        return plot;
    }

    public static String svg(JFreeChart chart) {
        SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT);
        chart.draw(graphics, new Rectangle(WIDTH, HEIGHT));
        return graphics.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }

    private static void frame(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 12));
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(FONT);
            chart.getLegend().setFrame(BlockBorder.NONE);
        }
    }

}
