package io.plumbline.survey;

/** What a CSV column holds, as the import understands it. */
public enum ColumnRole {

    RESPONSE_ID("Response id"), SUBMITTED_AT("Submitted at"), CLIENT("Client"), AUDIENCE("Audience"),
    NPS("NPS score (0–10)"), CSAT("CSAT score (1–5)"), COMMENT("Comment"), RESPONDENT("Respondent (hashed)");

    private final String label;

    ColumnRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}
