package io.plumbline.retention;

/**
 * What is wrong on one physical line of a CSV file (1 = the header), and in which column,
 * if one.
 */
public record ImportProblem(int line, String column, String message) {

    @Override
    public String toString() {
        return "Line %d%s: %s".formatted(line, column == null ? "" : " (" + column + ")", message);
    }
}
