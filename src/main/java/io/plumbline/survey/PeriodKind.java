package io.plumbline.survey;

/**
 * How satisfaction is grouped in time, and how often the portal offers the pulse survey.
 */
public enum PeriodKind {

    MONTH("Monthly"), QUARTER("Quarterly");

    private final String label;

    PeriodKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

}
