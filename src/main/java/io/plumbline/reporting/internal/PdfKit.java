package io.plumbline.reporting.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The building blocks of Plumbline's PDF documents in one look: Helvetica type, the brand colour on headings, quiet
 * tables, and JFreeChart charts drawn as vectors through OpenPDF's Graphics2D (sharp at any zoom, small files).
 */
final class PdfKit {

    static final Color INK = new Color(0x212529);
    static final Color MUTED = new Color(0x6C757D);
    static final Color RULE = new Color(0xDEE2E6);
    static final Color SHADE = new Color(0xF1F3F5);
    static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL, INK);
    static final Font SMALL = new Font(Font.HELVETICA, 8.5f, Font.NORMAL, MUTED);
    static final Font CELL = new Font(Font.HELVETICA, 9, Font.NORMAL, INK);
    static final Font CELL_HEAD = new Font(Font.HELVETICA, 8.5f, Font.BOLD, MUTED);
    /** Charts are laid out at the size the views use, then scaled to the page: same proportions, same type. */
    private static final float CHART_WIDTH = 640;
    /** Columns that hold figures: their headings sit over the right-aligned numbers. */
    private static final java.util.Set<String> NUMERIC_HEADERS = java.util.Set.of("Calls", "Availability", "p95",
            "Errors", "Budget used", "Records", "Complete", "Coverage", "NPS", "CSAT", "Answers");
    private static final float CHART_HEIGHT = 260;

    private final PdfWriter writer;
    private final Color brand;

    PdfKit(PdfWriter writer, Color brand) {
        this.writer = writer;
        this.brand = brand;
    }

    Color brand() {
        return brand;
    }

    Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, new Font(Font.HELVETICA, 16, Font.BOLD, brand));
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        return heading;
    }

    Paragraph subheading(String text) {
        Paragraph heading = new Paragraph(text, new Font(Font.HELVETICA, 11, Font.BOLD, INK));
        heading.setSpacingBefore(8);
        heading.setSpacingAfter(4);
        return heading;
    }

    static Paragraph text(String text) {
        Paragraph paragraph = new Paragraph(PdfText.safe(text), BODY);
        paragraph.setLeading(14);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    static Paragraph note(String text) {
        Paragraph paragraph = new Paragraph(PdfText.safe(text), SMALL);
        paragraph.setSpacingAfter(4);
        return paragraph;
    }

    /** A table with a shaded header row; the widths are relative. */
    static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = cell(new Phrase(header.toUpperCase(java.util.Locale.ROOT), CELL_HEAD));
            cell.setBackgroundColor(SHADE);
            if (header != headers[0] && NUMERIC_HEADERS.contains(header)) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            table.addCell(cell);
        }
        return table;
    }

    static void row(PdfPTable table, String... values) {
        for (int i = 0; i < values.length; i++) {
            PdfPCell cell = cell(new Phrase(PdfText.safe(values[i]), CELL));
            if (i > 0 && PdfText.numeric(values[i])) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            table.addCell(cell);
        }
    }

    private static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPaddingTop(4);
        cell.setPaddingBottom(5);
        cell.setPaddingLeft(3);
        cell.setPaddingRight(3);
        return cell;
    }

    /** Key figures side by side: a big number over a small label. */
    PdfPTable figures(String[][] figures) {
        PdfPTable table = new PdfPTable(figures.length);
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        table.setSpacingAfter(10);
        for (String[] figure : figures) {
            Paragraph content = new Paragraph(PdfText.safe(figure[0]), new Font(Font.HELVETICA, 17, Font.BOLD, brand));
            content.add(new Phrase("\n" + PdfText.safe(figure[1]), SMALL));
            PdfPCell cell = new PdfPCell();
            cell.addElement(content);
            cell.setBorder(Rectangle.LEFT);
            cell.setBorderWidthLeft(2.5f);
            cell.setBorderColorLeft(brand);
            cell.setPaddingLeft(8);
            cell.setPaddingBottom(6);
            table.addCell(cell);
        }
        return table;
    }

    /** A chart as a vector drawing, with a title above, scaled to the text width. */
    Paragraph chart(String title, JFreeChart chart, float width) {
        return chart(title, chart, width, CHART_WIDTH, CHART_HEIGHT);
    }

    /** Two charts side by side, each laid out narrower so its type stays readable at half the width. */
    PdfPTable pair(String leftTitle, JFreeChart left, String rightTitle, JFreeChart right, float width) {
        PdfPTable pair = new PdfPTable(2);
        pair.setWidthPercentage(100);
        pair.setKeepTogether(true);
        float half = width / 2 - 8;
        for (Paragraph chart : java.util.List.of(chart(leftTitle, left, half, 400, 260), chart(rightTitle, right, half, 400, 260))) {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setPaddingRight(8);
            cell.addElement(chart);
            pair.addCell(cell);
        }
        return pair;
    }

    /** A chart laid out at {@code nativeWidth} × {@code nativeHeight} points, then scaled to {@code width}. */
    Paragraph chart(String title, JFreeChart chart, float width, float nativeWidth, float nativeHeight) {
        PdfTemplate template = PdfTemplate.createTemplate(writer, nativeWidth, nativeHeight);
        Graphics2D graphics = template.createGraphicsShapes(nativeWidth, nativeHeight);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, nativeWidth, nativeHeight));
        graphics.dispose();
        try {
            Image image = Image.getInstance(template);
            image.scaleToFit(width, width * nativeHeight / nativeWidth);
            Paragraph block = new Paragraph(PdfText.safe(title), new Font(Font.HELVETICA, 9.5f, Font.BOLD, INK));
            block.setSpacingBefore(6);
            block.add(new Phrase("\n"));
            block.add(new org.openpdf.text.Chunk(image, 0, 0, true));
            block.setKeepTogether(true);
            block.setSpacingAfter(6);
            return block;
        } catch (org.openpdf.text.BadElementException e) {
            throw new IllegalStateException("chart " + title, e);
        }
    }

    static Color colour(String hex) {
        try {
            return Color.decode(hex);
        } catch (RuntimeException notAColour) {
            return Color.decode(io.plumbline.tenancy.Branding.DEFAULT_COLOUR);
        }
    }
}
