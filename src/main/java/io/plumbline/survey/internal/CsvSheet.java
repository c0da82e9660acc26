package io.plumbline.survey.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as rows of cells, each row with the physical line it starts on (a quoted
 * comment may span lines, so the record number is not the line a user finds in an
 * editor). The first row is the header; {@code headerRows} more rows (Qualtrics' question
 * texts and ImportId JSON) are kept apart from the data.
 */
public record CsvSheet(List<String> headers, List<List<String>> extraHeaderRows, List<Row> rows) {

    public record Row(int line, List<String> cells) {
        public String cell(int column) {
            return column < 0 || column >= cells.size() ? "" : cells.get(column).strip();
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** Thrown when the bytes are not a CSV file at all; the message names the line. */
    public static class UnreadableFile extends RuntimeException {

        public UnreadableFile(String message) {
            super(message);
        }

    }

    /**
     * @param progress told the number of rows read so far, every few hundred rows
     */
    public static CsvSheet read(byte[] bytes, int extraHeaderRows, IntConsumer progress) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(detectDelimiter(bytes)).get();
        try (Reader reader = utf8(bytes); CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> headers = null;
            List<List<String>> extra = new ArrayList<>();
            List<Row> rows = new ArrayList<>();
            long linesBefore = 0;
            for (CSVRecord record : parser) {
                int line = (int) linesBefore + 1;
                linesBefore = parser.getCurrentLineNumber();
                List<String> cells = record.toList();
                if (headers == null) {
                    headers = cells.stream().map(CsvSheet::cleanHeader).toList();
                }
                else if (extra.size() < extraHeaderRows) {
                    extra.add(cells);
                }
                else {
                    Row row = new Row(line, cells);
                    if (!row.blank()) {
                        rows.add(row);
                    }
                    if (rows.size() % 500 == 0) {
                        progress.accept(rows.size());
                    }
                }
            }
            if (headers == null) {
                throw new UnreadableFile("The file is empty: line 1 should hold the column names.");
            }
            if (extra.size() < extraHeaderRows) {
                throw new UnreadableFile("Expected %d header rows after the column names, found %d."
                    .formatted(extraHeaderRows, extra.size()));
            }
            progress.accept(rows.size());
            return new CsvSheet(headers, extra, rows);
        }
        catch (UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFile("Line %s: %s".formatted(lineOf(e), e.getMessage()));
        }
        catch (IOException e) {
            throw new UnreadableFile("The file could not be read: " + e.getMessage());
        }
    }

    public int column(String header) {
        if (header == null) {
            return -1;
        }
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).equalsIgnoreCase(header.strip())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The cell of one of the extra header rows under this column (Qualtrics: 0 = question
     * text, 1 = ImportId).
     */
    public String extraHeader(int row, int column) {
        if (row >= extraHeaderRows.size() || column < 0 || column >= extraHeaderRows.get(row).size()) {
            return "";
        }
        return extraHeaderRows.get(row).get(column).strip();
    }

    private static Reader utf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            decoder.decode(ByteBuffer.wrap(bytes));
        }
        catch (CharacterCodingException e) {
            throw new UnreadableFile("The file is not UTF-8 text; export it as CSV (UTF-8).");
        }
        return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    }

    /** Spreadsheets in many locales save with semicolons; the header line tells which. */
    private static char detectDelimiter(byte[] bytes) {
        int end = 0;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        String first = new String(bytes, 0, end, StandardCharsets.UTF_8);
        return first.chars().filter(c -> c == ';').count() > first.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    private static String cleanHeader(String header) {
        return header.replace("\uFEFF", "").strip();
    }

    private static String lineOf(RuntimeException e) {
        var matcher = Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
        return matcher.find() ? matcher.group(1) : "?";
    }
}
