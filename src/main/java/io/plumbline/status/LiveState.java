package io.plumbline.status;

/**
 * What a status page says of a component now, best to worst (maintenance aside). Each
 * state has words, an icon character and a tone, so that colour is never the only sign.
 */
public enum LiveState {

    OPERATIONAL("Operational", "✓", "ok", 0), DEGRADED("Degraded performance", "!", "warn", 2),
    PARTIAL_OUTAGE("Partial outage", "▲", "bad", 3), MAJOR_OUTAGE("Major outage", "✕", "bad", 4),
    MAINTENANCE("Under maintenance", "🔧", "info", 1), NO_DATA("No recent data", "–", "none", -1);

    private final String label;

    private final String icon;

    private final String tone;

    private final int severity;

    LiveState(String label, String icon, String tone, int severity) {
        this.label = label;
        this.icon = icon;
        this.tone = tone;
        this.severity = severity;
    }

    public String label() {
        return label;
    }

    /** A text symbol shown beside the words (never the only sign). */
    public String icon() {
        return icon;
    }

    /** ok, warn, bad, info or none: the CSS tone. */
    public String tone() {
        return tone;
    }

    /**
     * Order for the banner: major outage above partial above degraded above maintenance;
     * no data below everything.
     */
    public int severity() {
        return severity;
    }

    /** The states an agency may set by hand. */
    public boolean settable() {
        return this != NO_DATA;
    }

}
