package io.plumbline.reporting.internal;

import io.plumbline.reporting.ReportPeriod;
import io.plumbline.shared.charts.ChartStyle;
import io.plumbline.tenancy.Branding;
import io.plumbline.tenancy.Logo;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The building blocks of Plumbline's PDF documents in one look: Helvetica type, the brand
 * colour on headings, quiet tables, and JFreeChart charts drawn as vectors through
 * OpenPDF's Graphics2D (sharp at any zoom, small files).
 */
final class PdfKit {

    static final float MARGIN = 48;
    static final Color INK = new Color(0x212529);
    static final Color MUTED = new Color(0x6C757D);
    static final Color RULE = new Color(0xDEE2E6);
    static final Color SHADE = new Color(0xF1F3F5);
    static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL, INK);
    static final Font SMALL = new Font(Font.HELVETICA, 8.5f, Font.NORMAL, MUTED);
    static final Font CELL = new Font(Font.HELVETICA, 9, Font.NORMAL, INK);
    static final Font CELL_HEAD = new Font(Font.HELVETICA, 8.5f, Font.BOLD, MUTED);

    /**
     * Charts are laid out at the size the views use, then scaled to the page: same
     * proportions, same type.
     */
    private static final float CHART_WIDTH = 640;

    /** Columns that hold figures: their headings sit over the right-aligned numbers. */
    private static final Set<String> NUMERIC_HEADERS = Set.of("Calls", "Availability", "p95", "Errors", "Budget used",
            "Records", "Complete", "Coverage", "NPS", "CSAT", "Answers", "Score", "Incidents", "Monthly value",
            "This period", "Previous period", "SLAs met", "Burn", "Consent", "MRR at opening", "Revenue lost",
            "Net retention", "MRR at close", "Renewals due", "Revenue at risk");

    private static final float CHART_HEIGHT = 260;

    /**
     * Room a section heading needs below it: the heading and about four lines or rows.
     */
    static final float SECTION_ROOM = 130;

    /** Room a subheading needs: itself and about three lines. */
    static final float SUBSECTION_ROOM = 80;

    private final PdfWriter writer;

    private final Color brand;

    PdfKit(PdfWriter writer, Color brand) {
        this.writer = writer;
        this.brand = brand;
    }

    Color brand() {
        return brand;
    }

    /**
     * Starts a section: its heading goes to the next page when fewer than
     * {@link #SECTION_ROOM} points are left, so that no heading ends a page without its
     * first lines (every section opens with text or a table, never with a chart).
     */
    void heading(Document document, String text) throws DocumentException {
        keepWithNext(document, SECTION_ROOM);
        Paragraph heading = new Paragraph(text, new Font(Font.HELVETICA, 16, Font.BOLD, brand));
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        document.add(heading);
    }

    /** A subheading, kept with the lines after it as {@link #heading} is. */
    void subheading(Document document, String text) throws DocumentException {
        keepWithNext(document, SUBSECTION_ROOM);
        Paragraph heading = new Paragraph(PdfText.safe(text), new Font(Font.HELVETICA, 11, Font.BOLD, INK));
        heading.setSpacingBefore(8);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private void keepWithNext(Document document, float room) {
        if (writer.getVerticalPosition(false) - document.bottom() < room) {
            document.newPage();
        }
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
            PdfPCell cell = cell(new Phrase(header.toUpperCase(Locale.ROOT), CELL_HEAD));
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

    /**
     * Two charts side by side, each laid out narrower so its type stays readable at half
     * the width.
     */
    PdfPTable pair(String leftTitle, JFreeChart left, String rightTitle, JFreeChart right, float width) {
        PdfPTable pair = new PdfPTable(2);
        pair.setWidthPercentage(100);
        pair.setKeepTogether(true);
        float half = width / 2 - 8;
        for (Paragraph chart : List.of(chart(leftTitle, left, half, 400, 260),
                chart(rightTitle, right, half, 400, 260))) {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setPaddingRight(8);
            cell.addElement(chart);
            pair.addCell(cell);
        }
        return pair;
    }

    /**
     * A chart with the proportions of {@code nativeWidth} × {@code nativeHeight}, drawn
     * at {@code width} points with {@link ChartStyle#PDF_TYPE} type: laid out at the size
     * it is printed, so its labels are never scaled below that size.
     */
    Paragraph chart(String title, JFreeChart chart, float width, float nativeWidth, float nativeHeight) {
        float height = width * nativeHeight / nativeWidth;
        ChartStyle.fit(chart, width, height, ChartStyle.PDF_TYPE);
        PdfTemplate template = PdfTemplate.createTemplate(writer, width, height);
        Graphics2D graphics = template.createGraphicsShapes(width, height);
        chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        graphics.dispose();
        try {
            Image image = Image.getInstance(template);
            Paragraph block = new Paragraph(PdfText.safe(title), new Font(Font.HELVETICA, 9.5f, Font.BOLD, INK));
            block.setSpacingBefore(6);
            block.add(new Phrase("\n"));
            block.add(new org.openpdf.text.Chunk(image, 0, 0, true));
            block.setKeepTogether(true);
            block.setSpacingAfter(6);
            return block;
        }
        catch (org.openpdf.text.BadElementException e) {
            throw new IllegalStateException("chart " + title, e);
        }
    }

    /** What a report draws into its open document, given the kit and the text width. */
    @FunctionalInterface
    interface Pages {

        void draw(PdfWriter writer, Document document, PdfKit kit, float width) throws DocumentException, IOException;

    }

    /**
     * A report as a PDF: A4 with the reports' margins (a little more at the top for the
     * brand rule), the running {@code footer} on every page after the cover, the title
     * and author in the document's properties.
     */
    static byte[] render(String title, String author, String footer, Color brand, Pages pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN + 8, MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new RunningFooter(footer, brand));
            document.addTitle(title);
            document.addAuthor(author);
            document.addCreator("Plumbline");
            document.open();
            pages.draw(writer, document, new PdfKit(writer, brand), document.right() - document.left());
            document.close();
        }
        catch (DocumentException | IOException e) {
            throw new IllegalStateException("The report could not be drawn: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * The cover's brand band over the top 40 % of the page: the agency's logo and name,
     * the report's title, whom it is for, the period and its time zone, and on the right
     * the subject's logo if it has one.
     * @return the height under the band where the cover's content starts
     */
    float coverBand(PdfContentByte canvas, Document document, Branding agency, String title, String subject,
            ReportPeriod period, Logo subjectLogo) throws DocumentException, IOException {
        float pageWidth = document.getPageSize().getWidth();
        float pageHeight = document.getPageSize().getHeight();
        float bottom = pageHeight - pageHeight * 0.40f;
        canvas.saveState();
        canvas.setColorFill(brand);
        canvas.rectangle(0, bottom, pageWidth, pageHeight - bottom);
        canvas.fill();
        canvas.restoreState();
        if (agency.logoIfAny().isPresent()) {
            placeLogo(canvas, agency.logoIfAny().get(), MARGIN, pageHeight - 118);
        }
        write(canvas, agency.displayName().toUpperCase(Locale.ROOT),
                new Font(Font.HELVETICA, 10, Font.BOLD, Color.WHITE), MARGIN, bottom + 150);
        write(canvas, title, new Font(Font.HELVETICA, 30, Font.BOLD, Color.WHITE), MARGIN, bottom + 104);
        write(canvas, subject, new Font(Font.HELVETICA, 20, Font.NORMAL, Color.WHITE), MARGIN, bottom + 72);
        write(canvas, PdfText.days(period.start(), period.end()) + "  ·  " + PdfText.zone(period.zone(), period.from()),
                new Font(Font.HELVETICA, 11, Font.NORMAL, Color.WHITE), MARGIN, bottom + 44);
        if (subjectLogo != null) {
            placeLogo(canvas, subjectLogo, pageWidth - MARGIN - 140, bottom + 40);
        }
        return bottom;
    }

    /** "At a glance" and the headline figures, just under the cover's band. */
    void coverFigures(PdfContentByte canvas, Document document, String[][] figures, float bandBottom) {
        write(canvas, "At a glance", new Font(Font.HELVETICA, 11, Font.BOLD, brand), MARGIN, bandBottom - 40);
        PdfPTable table = figures(figures);
        table.setTotalWidth(document.getPageSize().getWidth() - 2 * MARGIN);
        table.writeSelectedRows(0, -1, MARGIN, bandBottom - 50, canvas);
    }

    /** The table of contents on the cover, from {@code top} down. */
    void contents(PdfContentByte canvas, List<String> sections, float top) {
        write(canvas, "Contents", new Font(Font.HELVETICA, 11, Font.BOLD, brand), MARGIN, top);
        float y = top - 22;
        for (String section : sections) {
            write(canvas, section, BODY, MARGIN, y);
            y -= 17;
        }
    }

    static void write(PdfContentByte canvas, String text, Font font, float x, float y) {
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(PdfText.safe(text), font), x, y, 0);
    }

    /**
     * A logo on a white card: a logo drawn for white paper stays legible on any brand
     * colour.
     */
    private static void placeLogo(PdfContentByte canvas, Logo logo, float x, float y)
            throws DocumentException, IOException {
        Image image = Image.getInstance(logo.bytes());
        image.scaleToFit(140, 48);
        canvas.saveState();
        canvas.setColorFill(Color.WHITE);
        canvas.roundRectangle(x - 8, y - 8, image.getScaledWidth() + 16, image.getScaledHeight() + 16, 6);
        canvas.fill();
        canvas.restoreState();
        image.setAbsolutePosition(x, y);
        canvas.addImage(image);
    }

    /**
     * A thin brand rule on top, and {@code text} and the page number at the foot of every
     * page after the cover.
     */
    static final class RunningFooter extends PdfPageEventHelper {

        private final String text;

        private final Color brand;

        RunningFooter(String text, Color brand) {
            this.text = text;
            this.brand = brand;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            if (writer.getPageNumber() == 1) {
                return;
            }
            PdfContentByte canvas = writer.getDirectContent();
            canvas.saveState();
            canvas.setColorFill(brand);
            canvas.rectangle(0, document.getPageSize().getHeight() - 6, document.getPageSize().getWidth(), 6);
            canvas.fill();
            canvas.restoreState();
            write(canvas, text, SMALL, MARGIN, MARGIN - 22);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase("Page " + writer.getPageNumber(), SMALL),
                    document.right(), MARGIN - 22, 0);
        }

    }

    static Color colour(String hex) {
        try {
            return Color.decode(hex);
        }
        catch (RuntimeException notAColour) {
            return Color.decode(Branding.DEFAULT_COLOUR);
        }
    }

}
