package io.plumbline.retention;

/** The length of a KPI period: a calendar month, quarter or year. */
public enum PeriodKind {

    MONTH("Month", 1), QUARTER("Quarter", 3), YEAR("Year", 12);

    private final String label;

    private final int months;

    PeriodKind(String label, int months) {
        this.label = label;
        this.months = months;
    }

    public String label() {
        return label;
    }

    public int months() {
        return months;
    }

}
