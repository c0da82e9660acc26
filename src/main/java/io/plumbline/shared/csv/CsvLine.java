package io.plumbline.shared.csv;

import java.util.List;

/**
 * One record of a CSV file read by {@link CsvLineReader}, with the physical line it
 * starts on: a quoted value may span lines, so the record's position in the file is not
 * the line a user finds in an editor.
 */
public record CsvLine(int line, List<String> cells) {

    public CsvLine {
        cells = List.copyOf(cells);
    }

    /**
     * The cell without surrounding white space; empty where the record has no such
     * column.
     */
    public String cell(int column) {
        return column < 0 || column >= cells.size() ? "" : cells.get(column).strip();
    }

    public boolean blank() {
        return cells.stream().allMatch(String::isBlank);
    }

}
