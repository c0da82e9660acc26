package io.plumbline.survey;

/**
 * Why one line of an import file cannot be stored.
 *
 * @param line the physical line in the file (1 = the column names); 0 for the file as a
 * whole
 * @param column the column's name, or null
 */
public record LineError(int line, String column, String message) {

    @Override
    public String toString() {
        return (line > 0 ? "Line " + line : "File") + (column == null ? "" : " (" + column + ")") + ": " + message;
    }
}
