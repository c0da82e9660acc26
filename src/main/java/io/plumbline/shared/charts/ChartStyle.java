package io.plumbline.shared.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * The one look of every JFreeChart chart: the palette, the type, and the rendering to SVG
 * for {@link SvgChart} and to the size of a PDF page.
 *
 * <p>
 * Type is set for the size a chart is shown at, never scaled down below 11 px: a view
 * gets two drawings, one for wide containers and one for narrow ones (the stylesheet
 * shows the one that fits, by container query), and a PDF draws at the page's width.
 */
public final class ChartStyle {

    /*
     * The Okabe–Ito palette: eight colours that stay distinct with the common
     * colour-vision deficiencies. Every chart takes its colours from here.
     */
    public static final Color BLACK = new Color(0x000000);

    public static final Color ORANGE = new Color(0xE69F00);

    public static final Color SKY_BLUE = new Color(0x56B4E9);

    public static final Color BLUISH_GREEN = new Color(0x009E73);

    public static final Color YELLOW = new Color(0xF0E442);

    public static final Color BLUE = new Color(0x0072B2);

    public static final Color VERMILLION = new Color(0xD55E00);

    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);

    /** Neutral: guides, ideal lines, "other". */
    public static final Color GREY = new Color(0x8C8C8C);

    /**
     * Not yet known (e.g. incidents without a root cause): lighter than {@link #GREY}.
     */
    public static final Color LIGHT_GREY = new Color(0xCFCFCF);

    /** On target / good. */
    public static final Color GOOD = BLUISH_GREEN;

    /** Below target / bad, and target lines. */
    public static final Color BAD = VERMILLION;

    /** Lines and bars of one series. */
    public static final Color PRIMARY = BLUE;

    /** Several series in order; distinct in hue and lightness. */
    public static final List<Color> SERIES = List.of(BLUE, ORANGE, BLUISH_GREEN, REDDISH_PURPLE, SKY_BLUE, VERMILLION,
            BLACK, YELLOW);

    public static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    public static final Color GRID = new Color(0xE3E7ED);

    public static final Color INK = new Color(0x3B4351);

    /** Type size of a PDF chart, in points (about 12 px on screen at 100 %). */
    public static final float PDF_TYPE = 9f;

    /**
     * The wide drawing: shown in containers from {@link #NARROW_BELOW} px, where 15 units
     * are at least 11 px.
     */
    static final Drawing WIDE = new Drawing(640, 270, 15f, "pl-chart-wide");

    /** The narrow drawing, for phones: 12 units are 11 px down to a 300 px container. */
    static final Drawing NARROW = new Drawing(320, 280, 12f, "pl-chart-narrow");

    /** Containers narrower than this show {@link #NARROW} (plumbline.css). */
    static final int NARROW_BELOW = 480;

    record Drawing(int width, int height, float type, String cssClass) {

        Drawing taller(double factor) {
            return new Drawing(width, (int) Math.round(height * factor), type, cssClass);
        }
    }

    static {
        // Turned labels as SVG text (readable, selectable) instead of glyph outlines; the
        // outlines worked around a rendering bug of JDKs long gone.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartStyle() {
    }

    /** The colour as CSS hex, for hand-drawn SVG (sparklines). */
    public static String hex(Color colour) {
        return "#%06x".formatted(colour.getRGB() & 0xFFFFFF);
    }

    /** White, quiet grid; the time axis in the client's zone. */
    public static XYPlot timePlot(JFreeChart chart, ZoneId zone) {
        XYPlot plot = xyPlot(chart);
        ((DateAxis) plot.getDomainAxis()).setTimeZone(TimeZone.getTimeZone(zone));
        return plot;
    }

    /** White, quiet grid on both axes (time or number). */
    public static XYPlot xyPlot(JFreeChart chart) {
        frame(chart);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        for (var axis : List.of(plot.getDomainAxis(), plot.getRangeAxis())) {
            axis.setTickLabelPaint(INK);
            axis.setLabelPaint(INK);
        }
        typeSize(chart, FONT.getSize2D());
        return plot;
    }

    public static CategoryPlot categoryPlot(JFreeChart chart) {
        frame(chart);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        for (Axis axis : List.<Axis>of(plot.getDomainAxis(), plot.getRangeAxis())) {
            axis.setTickLabelPaint(INK);
            axis.setLabelPaint(INK);
        }
        typeSize(chart, FONT.getSize2D());
        return plot;
    }

    /**
     * The chart as SVG for a view: a wide and a narrow drawing, each with type that reads
     * at least 11 px at the sizes its container shows it.
     */
    public static String svg(JFreeChart chart) {
        return svg(chart, 1);
    }

    /**
     * As {@link #svg(JFreeChart)}, {@code taller} times as high (a scatter with its key
     * under the plot needs the room).
     */
    public static String svg(JFreeChart chart, double taller) {
        return drawing(chart, WIDE.taller(taller)) + drawing(chart, NARROW.taller(taller));
    }

    private static String drawing(JFreeChart chart, Drawing drawing) {
        fit(chart, drawing.width(), drawing.height(), drawing.type());
        SVGGraphics2D graphics = new SVGGraphics2D(drawing.width(), drawing.height());
        chart.draw(graphics, new Rectangle(drawing.width(), drawing.height()));
        return graphics.getSVGElement(null, false, new ViewBox(0, 0, drawing.width(), drawing.height()), null, null)
            .replaceFirst("<svg ", "<svg class=\"" + drawing.cssClass() + "\" ");
    }

    /**
     * Sets the type size and lays category labels out for a chart drawn {@code width} ×
     * {@code height} units: names wrap over as many lines (up to three) as a category's
     * room allows, and labels that would not fit side by side are turned 45° instead of
     * being cut short.
     */
    public static void fit(JFreeChart chart, double width, double height, float type) {
        typeSize(chart, type);
        if (chart.getPlot() instanceof CategoryPlot plot) {
            CategoryAxis axis = plot.getDomainAxis();
            List<?> categories = plot.getCategories() == null ? List.of() : plot.getCategories();
            if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
                // The plot takes about 70 % of the height; a line of type needs 1.2 em.
                int lines = (int) (height * 0.7 / Math.max(1, categories.size()) / (type * 1.2));
                axis.setMaximumCategoryLabelLines(Math.clamp(lines, 1, 3));
                axis.setMaximumCategoryLabelWidthRatio(lines >= 2 ? 0.42f : 0.5f);
                return;
            }
            axis.setMaximumCategoryLabelLines(3);
            int longest = categories.stream().mapToInt(c -> String.valueOf(c).length()).max().orElse(0);
            // An average character is about 0.6 em wide; the plot takes about 80 % of the
            // chart's width.
            boolean crowded = categories.size() * (longest + 1) * type * 0.6 > width * 0.8;
            axis.setCategoryLabelPositions(crowded ? CategoryLabelPositions.UP_45 : CategoryLabelPositions.STANDARD);
        }
    }

    /**
     * Every text of the chart (axes, legend, subtitles, item and marker labels) at one
     * size.
     */
    static void typeSize(JFreeChart chart, float size) {
        Font font = FONT.deriveFont(size);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(font);
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle title) {
                title.setFont(font);
            }
        }
        Plot plot = chart.getPlot();
        plot.setNoDataMessageFont(font.deriveFont(size * 1.2f));
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axisType(xy.getDomainAxis(i), font);
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axisType(xy.getRangeAxis(i), font);
            }
            for (int i = 0; i < xy.getRendererCount(); i++) {
                if (xy.getRenderer(i) != null) {
                    xy.getRenderer(i).setDefaultItemLabelFont(font);
                }
            }
            markerType(xy.getRangeMarkers(Layer.FOREGROUND), font);
            markerType(xy.getRangeMarkers(Layer.BACKGROUND), font);
        }
        else if (plot instanceof CategoryPlot category) {
            for (int i = 0; i < category.getDomainAxisCount(); i++) {
                axisType(category.getDomainAxis(i), font);
            }
            for (int i = 0; i < category.getRangeAxisCount(); i++) {
                axisType(category.getRangeAxis(i), font);
            }
            for (int i = 0; i < category.getRendererCount(); i++) {
                if (category.getRenderer(i) != null) {
                    category.getRenderer(i).setDefaultItemLabelFont(font);
                }
            }
            markerType(category.getRangeMarkers(Layer.FOREGROUND), font);
            markerType(category.getRangeMarkers(Layer.BACKGROUND), font);
        }
    }

    private static void axisType(Axis axis, Font font) {
        if (axis != null) {
            axis.setTickLabelFont(font);
            axis.setLabelFont(font);
        }
    }

    private static void markerType(Collection<?> markers, Font font) {
        if (markers != null) {
            markers.forEach(marker -> ((Marker) marker).setLabelFont(font));
        }
    }

    private static void frame(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(4, 4, 4, 12));
        if (chart.getLegend() != null) {
            chart.getLegend().setFrame(BlockBorder.NONE);
        }
    }

}
