package io.plumbline.monitoring;

/** The verdict of a monitor's last scheduled check. */
public enum MonitorStatus {

    UP("Up", "ok"), DEGRADED("Degraded", "warn"), DOWN("Down", "error"),
    /**
     * The outbound guard refused the URL: a configuration problem, not an outage, so no
     * observation is recorded.
     */
    BLOCKED("Blocked URL", "error");

    private final String label;

    private final String tone;

    MonitorStatus(String label, String tone) {
        this.label = label;
        this.tone = tone;
    }

    public String label() {
        return label;
    }

    /** The badge tone in the UI ({@code ok}, {@code warn}, {@code error}). */
    public String tone() {
        return tone;
    }

    public static MonitorStatus of(CheckResult result) {
        if (result.failureClass() == FailureClass.BLOCKED_URL) {
            return BLOCKED;
        }
        return switch (result.outcome()) {
            case UP -> UP;
            case DEGRADED -> DEGRADED;
            case DOWN -> DOWN;
        };
    }

}
