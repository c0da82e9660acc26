package io.plumbline.survey;

/**
 * How to read a file beyond its columns: dates and numbers of localised spreadsheets, and
 * which of the vendors' incomplete responses count.
 *
 * @param dates how dates without an offset are written (ISO dates are always understood)
 * @param decimals the decimal mark of numbers ("8.5" or "8,5")
 * @param includeUnfinished Qualtrics: also import responses with {@code Finished = 0}
 * (default: only finished responses count)
 * @param partialsByStageDate Typeform: import partial responses, dated by their
 * {@code Stage Date (UTC)} (default: skip them)
 */
public record ImportOptions(DateStyle dates, DecimalMark decimals, boolean includeUnfinished,
        boolean partialsByStageDate) {

    public static final ImportOptions DEFAULTS = new ImportOptions(DateStyle.ISO, DecimalMark.POINT, false, false);

    public ImportOptions {
        dates = dates == null ? DateStyle.ISO : dates;
        decimals = decimals == null ? DecimalMark.POINT : decimals;
    }

    /** How a spreadsheet writes dates. */
    public enum DateStyle {

        ISO("ISO: 2026-12-01 10:14"), DAY_FIRST("Day first: 01.12.2026 10:14, 01/12/2026"),
        MONTH_FIRST("Month first (US): 12/01/2026 10:14 AM");

        private final String label;

        DateStyle(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

    }

    /** The decimal mark of numbers. */
    public enum DecimalMark {

        POINT("Decimal point (8.5)"), COMMA("Decimal comma (8,5)");

        private final String label;

        DecimalMark(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

    }

}
