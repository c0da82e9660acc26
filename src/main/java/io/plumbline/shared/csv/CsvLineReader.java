package io.plumbline.shared.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The one CSV reader for the files users upload: RFC 4180 records, each with the physical
 * line it starts on, so that every error can name the line a user finds in an editor. A
 * leading byte order mark is dropped, empty lines are skipped (and still counted), LF and
 * CRLF line ends are both read. The first record is the header; what its names mean is up
 * to the caller.
 */
public final class CsvLineReader {

    private static final Pattern LINE_IN_PARSER_MESSAGE = Pattern.compile("line:? (\\d+)");

    private CsvLineReader() {
    }

    /** Thrown where the text is not CSV (e.g. a quote never closed); names the line. */
    public static final class MalformedCsv extends RuntimeException {

        private final int line;

        MalformedCsv(int line, String message) {
            super(message);
            this.line = line;
        }

        /** The physical line the broken record starts on (or where reading stopped). */
        public int line() {
            return line;
        }

    }

    public static List<CsvLine> readAll(String text, char delimiter) {
        List<CsvLine> lines = new ArrayList<>();
        read(text, delimiter, lines::add);
        return lines;
    }

    /**
     * Hands each record to {@code each} as soon as it is read, so that a caller can
     * report progress through a large file.
     */
    public static void read(String text, char delimiter, Consumer<CsvLine> each) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        int[] lineStarts = lineStarts(body);
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (hasNext(records, parser)) {
                CSVRecord record = records.next();
                int start = firstCharacterOf(body, record.getCharacterPosition());
                each.accept(new CsvLine(lineOf(lineStarts, start), record.toList()));
            }
        }
        catch (IOException e) {
            // A StringReader does no I/O; closing it cannot fail.
            throw new UncheckedIOException(e);
        }
    }

    /** Spreadsheets in many locales save with semicolons; the header line tells which. */
    public static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    /** The parser reads ahead on hasNext; that is where malformed text is found. */
    private static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser) {
        try {
            return records.hasNext();
        }
        catch (UncheckedIOException | IllegalStateException e) {
            throw new MalformedCsv(lineNamedIn(e.getMessage(), parser), e.getMessage());
        }
    }

    private static int lineNamedIn(String message, CSVParser parser) {
        Matcher matcher = LINE_IN_PARSER_MESSAGE.matcher(String.valueOf(message));
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : (int) parser.getCurrentLineNumber() + 1;
    }

    private static int[] lineStarts(String body) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * A record after skipped empty lines reports the position of the first of them; skip
     * to its own text.
     */
    private static int firstCharacterOf(String body, long position) {
        int at = (int) position;
        while (at < body.length() && (body.charAt(at) == '\n' || body.charAt(at) == '\r')) {
            at++;
        }
        return at;
    }

    private static int lineOf(int[] lineStarts, int position) {
        int index = Arrays.binarySearch(lineStarts, position);
        return (index >= 0 ? index : -index - 2) + 1;
    }

}
