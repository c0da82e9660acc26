package io.plumbline.survey.internal;

import io.plumbline.shared.csv.CsvLine;
import io.plumbline.shared.csv.CsvLineReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * A CSV file as rows of cells, each row with the physical line it starts on (read by the
 * shared {@link CsvLineReader}). The first row is the header; {@code headerRows} more
 * rows (Qualtrics' question texts and ImportId JSON) are kept apart from the data. A
 * sheet grouped from a long layout ({@link LongLayout}) knows the line of each cell.
 */
public record CsvSheet(List<String> headers, List<List<String>> extraHeaderRows, List<CsvLine> rows,
        Map<CsvLine, int[]> cellLines) {

    public CsvSheet(List<String> headers, List<List<String>> extraHeaderRows, List<CsvLine> rows) {
        this(headers, extraHeaderRows, rows, Map.of());
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
        String text = utf8(bytes);
        List<List<String>> headers = new ArrayList<>();
        List<CsvLine> rows = new ArrayList<>();
        try {
            CsvLineReader.read(text, CsvLineReader.delimiterOf(text), line -> {
                if (headers.size() <= extraHeaderRows) {
                    headers.add(line.cells());
                    return;
                }
                if (!line.blank()) {
                    rows.add(line);
                }
                if (rows.size() % 500 == 0) {
                    progress.accept(rows.size());
                }
            });
        }
        catch (CsvLineReader.MalformedCsv e) {
            throw new UnreadableFile("Line %d: %s".formatted(e.line(), e.getMessage()));
        }
        if (headers.isEmpty()) {
            throw new UnreadableFile("The file is empty: line 1 should hold the column names.");
        }
        if (headers.size() - 1 < extraHeaderRows) {
            throw new UnreadableFile("Expected %d header rows after the column names, found %d."
                .formatted(extraHeaderRows, headers.size() - 1));
        }
        progress.accept(rows.size());
        return new CsvSheet(headers.getFirst().stream().map(String::strip).toList(),
                List.copyOf(headers.subList(1, headers.size())), rows);
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
     * The physical line of one cell: the row's line, or, for a row grouped from several
     * lines (one answer per line), the line the cell came from.
     */
    public int line(CsvLine row, int column) {
        int[] lines = cellLines.get(row);
        return lines == null || column < 0 || column >= lines.length || lines[column] == 0 ? row.line() : lines[column];
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

    private static String utf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        }
        catch (CharacterCodingException e) {
            throw new UnreadableFile("The file is not UTF-8 text; export it as CSV (UTF-8).");
        }
    }

}
