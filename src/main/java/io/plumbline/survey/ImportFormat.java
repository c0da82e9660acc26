package io.plumbline.survey;

/**
 * The CSV exports the import understands (docs/surveys.md lists their columns). Each
 * names its response-id and date columns; question columns are recognised by their text
 * and can be re-mapped in the preview.
 */
public enum ImportFormat {

    TYPEFORM("Typeform CSV export", ResponseSource.TYPEFORM, 0, "#", "Submit Date (UTC)"),
    QUALTRICS("Qualtrics CSV export (3 header rows)", ResponseSource.QUALTRICS, 2, "ResponseId", "RecordedDate"),
    ZIGPOLL("Zigpoll CSV export", ResponseSource.ZIGPOLL, 0, "Response ID", "Date"),
    GENERIC("Other CSV (map the columns)", ResponseSource.CSV, 0, "response_id", "submitted_at");

    private final String label;

    private final ResponseSource source;

    private final int extraHeaderRows;

    private final String responseIdColumn;

    private final String submittedAtColumn;

    ImportFormat(String label, ResponseSource source, int extraHeaderRows, String responseIdColumn,
            String submittedAtColumn) {
        this.label = label;
        this.source = source;
        this.extraHeaderRows = extraHeaderRows;
        this.responseIdColumn = responseIdColumn;
        this.submittedAtColumn = submittedAtColumn;
    }

    public String label() {
        return label;
    }

    public ResponseSource source() {
        return source;
    }

    /**
     * Rows between the column names and the data: Qualtrics adds the question texts and
     * the ImportId JSON.
     */
    public int extraHeaderRows() {
        return extraHeaderRows;
    }

    public String responseIdColumn() {
        return responseIdColumn;
    }

    public String submittedAtColumn() {
        return submittedAtColumn;
    }

}
